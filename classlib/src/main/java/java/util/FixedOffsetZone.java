package java.util;

/** A TimeZone with one offset and no daylight saving time (what TimeZone.getTimeZone returns). */
final class FixedOffsetZone extends TimeZone {
    private int offset;

    FixedOffsetZone(String id, int offset) {
        setID(id);
        this.offset = offset;
    }

    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds) {
        return offset;
    }

    public void setRawOffset(int offsetMillis) {
        offset = offsetMillis;
    }

    public int getRawOffset() {
        return offset;
    }

    public boolean useDaylightTime() {
        return false;
    }

    public boolean inDaylightTime(Date date) {
        return false;
    }

    public boolean equals(Object o) {
        return o instanceof FixedOffsetZone z && z.offset == offset && z.getID().equals(getID());
    }

    public int hashCode() {
        return getID().hashCode() ^ offset;
    }

    /** The JDK's form (its zones are sun.util.calendar.ZoneInfo objects). */
    public String toString() {
        return "sun.util.calendar.ZoneInfo[id=\"" + getID() + "\",offset=" + offset
                + ",dstSavings=0,useDaylight=false,transitions=0,lastRule=null]";
    }
}
