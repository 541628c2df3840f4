package java.util;

/**
 * Calendar fields over an instant, for GregorianCalendar (the only kind provided; see there for
 * what is supported). Fields are computed from the time on demand; set() marks the time stale and
 * the next get/getTime recomputes it from the fields (YEAR, MONTH, DAY_OF_MONTH or DAY_OF_YEAR,
 * whichever was set last, HOUR_OF_DAY or AM_PM+HOUR, MINUTE, SECOND, MILLISECOND, ERA).
 * Not provided: Calendar.Builder, getDisplayName(s), getAvailableCalendarTypes, toInstant.
 */
public abstract class Calendar implements java.io.Serializable, Cloneable, Comparable<Calendar> {
    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;

    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;

    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int UNDECIMBER = 12;

    public static final int AM = 0;
    public static final int PM = 1;

    static final String[] FIELD_NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH", "DAY_OF_MONTH",
        "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND",
        "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};

    protected int[] fields = new int[FIELD_COUNT];
    protected boolean[] isSet = new boolean[FIELD_COUNT];
    protected long time;
    protected boolean isTimeSet;
    protected boolean areFieldsSet;

    /** When each field was set: 0 never, 1 computed from the time, more = set by the user (later is larger). */
    int[] stamp = new int[FIELD_COUNT];
    int nextStamp = 2;
    private boolean lenient = true;
    private TimeZone zone;
    private int firstDayOfWeek;
    private int minimalDaysInFirstWeek = 1;

    protected Calendar() {
        this(TimeZone.getDefaultRef(), Locale.getDefault());
    }

    protected Calendar(TimeZone zone, Locale aLocale) {
        this.zone = zone;
        String lang = aLocale.getLanguage();
        String country = aLocale.getCountry();
        if (!((lang.isEmpty() && country.isEmpty()) || (lang.equals("en") && (country.isEmpty() || country.equals("US"))))) {
            throw new UnsupportedOperationException("Locale " + aLocale
                    + " is not supported by Kiln's Calendar (only the root locale, en and en_US)");
        }
        // The JDK starts weeks on Sunday for the root locale, en and en_US alike.
        firstDayOfWeek = SUNDAY;
    }

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    public static Calendar getInstance(Locale aLocale) {
        return new GregorianCalendar(aLocale);
    }

    public static Calendar getInstance(TimeZone zone, Locale aLocale) {
        return new GregorianCalendar(zone, aLocale);
    }

    protected abstract void computeTime();

    protected abstract void computeFields();

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        if (!isTimeSet) {
            updateTime();
        }
        return time;
    }

    public void setTimeInMillis(long millis) {
        time = millis;
        isTimeSet = true;
        computeFields();
        Arrays.fill(stamp, 1);
        Arrays.fill(isSet, true);
        areFieldsSet = true;
    }

    private void updateTime() {
        computeTime();
        isTimeSet = true;
    }

    protected void complete() {
        if (!isTimeSet) {
            updateTime();
        }
        if (!areFieldsSet) {
            setTimeInMillis(time);
        }
    }

    public int get(int field) {
        complete();
        return internalGet(field);
    }

    protected final int internalGet(int field) {
        return fields[field];
    }

    /** Fields that can be set: the ones computeTime reads. */
    public void set(int field, int value) {
        switch (field) {
            case ERA, YEAR, MONTH, DAY_OF_MONTH, DAY_OF_YEAR, AM_PM, HOUR, HOUR_OF_DAY, MINUTE, SECOND, MILLISECOND -> {
            }
            default -> throw new UnsupportedOperationException("Calendar.set of " + FIELD_NAMES[field]
                    + " is not supported by Kiln");
        }
        if (isTimeSet && !areFieldsSet) {
            setTimeInMillis(time);
        }
        fields[field] = value;
        isSet[field] = true;
        stamp[field] = nextStamp++;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }

    public final void clear() {
        Arrays.fill(fields, 0);
        Arrays.fill(isSet, false);
        Arrays.fill(stamp, 0);
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final void clear(int field) {
        if (isTimeSet && !areFieldsSet) {
            setTimeInMillis(time);
        }
        fields[field] = 0;
        isSet[field] = false;
        stamp[field] = 0;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final boolean isSet(int field) {
        return stamp[field] != 0;
    }

    public abstract void add(int field, int amount);

    public abstract void roll(int field, boolean up);

    public void roll(int field, int amount) {
        while (amount > 0) {
            roll(field, true);
            amount--;
        }
        while (amount < 0) {
            roll(field, false);
            amount++;
        }
    }

    /** The time stays; fields are recomputed in the new zone (pending fields are read in it). */
    public void setTimeZone(TimeZone value) {
        zone = value;
        if (isTimeSet) {
            areFieldsSet = false;
        }
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    public void setFirstDayOfWeek(int value) {
        complete();
        firstDayOfWeek = value;
        areFieldsSet = false;
    }

    public int getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public void setMinimalDaysInFirstWeek(int value) {
        complete();
        minimalDaysInFirstWeek = value;
        areFieldsSet = false;
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDaysInFirstWeek;
    }

    public abstract int getMinimum(int field);

    public abstract int getMaximum(int field);

    public abstract int getGreatestMinimum(int field);

    public abstract int getLeastMaximum(int field);

    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    public int getActualMaximum(int field) {
        return getMaximum(field);
    }

    public boolean before(Object when) {
        return when instanceof Calendar c && compareTo(c) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar c && compareTo(c) > 0;
    }

    public int compareTo(Calendar anotherCalendar) {
        return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis());
    }

    public boolean equals(Object obj) {
        return obj instanceof Calendar c && getClass() == c.getClass() && getTimeInMillis() == c.getTimeInMillis()
                && lenient == c.lenient && firstDayOfWeek == c.firstDayOfWeek
                && minimalDaysInFirstWeek == c.minimalDaysInFirstWeek && zone.equals(c.zone);
    }

    public int hashCode() {
        int otheritems = (lenient ? 1 : 0) | (firstDayOfWeek << 1) | (minimalDaysInFirstWeek << 4) | (zone.hashCode() << 7);
        long t = getTimeInMillis();
        return (int) t ^ (int) (t >> 32) ^ otheritems;
    }

    public Object clone() {
        try {
            Calendar other = (Calendar) super.clone();
            other.fields = fields.clone();
            other.isSet = isSet.clone();
            other.stamp = stamp.clone();
            other.zone = (TimeZone) zone.clone();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /**
     * The JDK's form when fields and time agree (any get or getTime brings a calendar there);
     * with changes pending it would show the JDK's internal state, which Kiln does not keep.
     */
    public String toString() {
        if (!isTimeSet || !areFieldsSet) {
            throw new UnsupportedOperationException("Calendar.toString with unset fields pending is not supported by Kiln");
        }
        StringBuilder sb = new StringBuilder(getClass().getName()).append("[time=").append(time)
                .append(",areFieldsSet=true,areAllFieldsSet=true,lenient=").append(lenient).append(",zone=").append(zone)
                .append(",firstDayOfWeek=").append(firstDayOfWeek).append(",minimalDaysInFirstWeek=")
                .append(minimalDaysInFirstWeek);
        for (int i = 0; i < FIELD_COUNT; i++) {
            sb.append(',').append(FIELD_NAMES[i]).append('=').append(fields[i]);
        }
        return sb.append(']').toString();
    }
}
