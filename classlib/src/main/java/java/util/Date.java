package java.util;

/**
 * An instant in milliseconds since 1970-01-01T00:00Z. toString uses the default time zone (UTC in
 * a Kiln image) as the JDK does. Not provided: the deprecated field constructors and accessors
 * (getYear, getMonth ...), parse, toInstant/from.
 */
public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private long time;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        time = date;
    }

    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public boolean before(Date when) {
        return time < when.time;
    }

    public boolean after(Date when) {
        return time > when.time;
    }

    public boolean equals(Object obj) {
        return obj instanceof Date d && d.time == time;
    }

    public int compareTo(Date anotherDate) {
        return Long.compare(time, anotherDate.time);
    }

    public int hashCode() {
        return (int) time ^ (int) (time >> 32);
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** "EEE MMM dd HH:mm:ss zzz yyyy" in the default time zone. */
    public String toString() {
        TimeZone zone = TimeZone.getDefaultRef();
        long local = time + zone.getOffset(time);
        long day = Math.floorDiv(local, CalendarDays.MILLIS_PER_DAY);
        long ms = Math.floorMod(local, CalendarDays.MILLIS_PER_DAY);
        long[] ymd = CalendarDays.date(day);
        StringBuilder sb = new StringBuilder(28);
        sb.append(DAYS[CalendarDays.dayOfWeek(day) - 1]).append(' ').append(MONTHS[(int) ymd[1]]).append(' ');
        two(sb, ymd[2]).append(' ');
        two(sb, ms / 3_600_000).append(':');
        two(sb, ms / 60_000 % 60).append(':');
        two(sb, ms / 1000 % 60).append(' ');
        sb.append(zone.getDisplayName(false, TimeZone.SHORT)).append(' ');
        return sb.append(ymd[0] > 0 ? ymd[0] : 1 - ymd[0]).toString();
    }

    private static StringBuilder two(StringBuilder sb, long v) {
        return sb.append(v < 10 ? "0" : "").append(v);
    }
}
