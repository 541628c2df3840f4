package java.util;

/**
 * The Gregorian calendar with the JDK's default cutover: dates before 1582-10-15 are Julian.
 * Lenient by default (out-of-range fields roll over); non-lenient computation rejects a field
 * outside its range with IllegalArgumentException naming it. Time zones have fixed offsets (see
 * TimeZone), so DST_OFFSET is always 0. Not provided: roll (UnsupportedOperationException),
 * setting DAY_OF_WEEK / WEEK_OF_* / DAY_OF_WEEK_IN_MONTH / ZONE_OFFSET / DST_OFFSET (same),
 * setGregorianChange, week-date methods.
 */
public class GregorianCalendar extends Calendar {
    public static final int BC = 0;
    public static final int AD = 1;

    private static final int[] MIN = {0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, -13 * 3_600_000, 0};
    private static final int[] LEAST_MAX = {1, 292269054, 11, 52, 4, 28, 365, 7, 4, 1, 11, 23, 59, 59, 999, 14 * 3_600_000, 20 * 60_000};
    private static final int[] MAX = {1, 292278994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23, 59, 59, 999, 14 * 3_600_000, 2 * 3_600_000};

    public GregorianCalendar() {
        this(TimeZone.getDefaultRef(), Locale.getDefault());
    }

    public GregorianCalendar(TimeZone zone) {
        this(zone, Locale.getDefault());
    }

    public GregorianCalendar(Locale aLocale) {
        this(TimeZone.getDefaultRef(), aLocale);
    }

    public GregorianCalendar(TimeZone zone, Locale aLocale) {
        super(zone, aLocale);
        setTimeInMillis(System.currentTimeMillis());
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {
        super(TimeZone.getDefaultRef(), Locale.getDefault());
        clear();
        set(year, month, dayOfMonth, hourOfDay, minute, second);
    }

    public boolean isLeapYear(int year) {
        return CalendarDays.isLeapYear(year);
    }

    /** Proleptic year (1 BC = 0) from ERA and YEAR. */
    private long prolepticYear() {
        long year = stamp[YEAR] != 0 ? fields[YEAR] : 1970;
        return stamp[ERA] != 0 && fields[ERA] == BC ? 1 - year : year;
    }

    protected void computeTime() {
        if (!isLenient()) {
            validate();
            int[] given = fields.clone();
            int[] stamps = stamp.clone();
            computeTimeLeniently();
            // The fields the time gives back must be the ones set ("MONTH: 1 -> 2" for February 30).
            computeFields();
            for (int f = 0; f < FIELD_COUNT; f++) {
                if (stamps[f] >= 2 && fields[f] != given[f]) {
                    String message = FIELD_NAMES[f] + ": " + given[f] + " -> " + fields[f];
                    System.arraycopy(given, 0, fields, 0, FIELD_COUNT);
                    throw new IllegalArgumentException(message);
                }
            }
            System.arraycopy(given, 0, fields, 0, FIELD_COUNT);
            return;
        }
        computeTimeLeniently();
    }

    private void computeTimeLeniently() {
        long year = prolepticYear();
        long day;
        if (stamp[DAY_OF_YEAR] > stamp[DAY_OF_MONTH] && stamp[DAY_OF_YEAR] > stamp[MONTH]) {
            day = CalendarDays.epochDay(year, 0, 1) + fields[DAY_OF_YEAR] - 1;
        } else {
            long month = stamp[MONTH] != 0 ? fields[MONTH] : 0;
            long dom = stamp[DAY_OF_MONTH] != 0 ? fields[DAY_OF_MONTH] : 1;
            day = CalendarDays.epochDay(year, month, 1) + dom - 1;
        }
        long hour;
        if (stamp[HOUR_OF_DAY] != 0 && stamp[HOUR_OF_DAY] >= Math.max(stamp[HOUR], stamp[AM_PM])) {
            hour = fields[HOUR_OF_DAY];
        } else {
            hour = (stamp[AM_PM] != 0 ? fields[AM_PM] * 12L : 0) + (stamp[HOUR] != 0 ? fields[HOUR] : 0);
        }
        long millis = ((hour * 60 + value(MINUTE)) * 60 + value(SECOND)) * 1000 + value(MILLISECOND);
        long local = day * CalendarDays.MILLIS_PER_DAY + millis;
        time = local - getTimeZone().getRawOffset();
    }

    private long value(int field) {
        return stamp[field] != 0 ? fields[field] : 0;
    }

    /** Non-lenient: every field the user set must be within the field's overall range. */
    private void validate() {
        for (int f = 0; f < FIELD_COUNT; f++) {
            if (stamp[f] >= 2 && (fields[f] < MIN[f] || fields[f] > MAX[f])) {
                throw new IllegalArgumentException(FIELD_NAMES[f]);
            }
        }
    }

    protected void computeFields() {
        int offset = getTimeZone().getOffset(time);
        long local = time + offset;
        long day = Math.floorDiv(local, CalendarDays.MILLIS_PER_DAY);
        int ms = (int) Math.floorMod(local, CalendarDays.MILLIS_PER_DAY);
        long[] ymd = CalendarDays.date(day);
        long year = ymd[0];
        int month = (int) ymd[1];
        int dom = (int) ymd[2];
        fields[ERA] = year > 0 ? AD : BC;
        fields[YEAR] = (int) (year > 0 ? year : 1 - year);
        fields[MONTH] = month;
        fields[DAY_OF_MONTH] = dom;
        fields[DAY_OF_YEAR] = (int) (day - CalendarDays.epochDay(year, 0, 1) + 1);
        int dow = CalendarDays.dayOfWeek(day);
        fields[DAY_OF_WEEK] = dow;
        // Counted in days since the first of the month (October 1582 lacks ten day numbers).
        long firstOfMonth = CalendarDays.epochDay(year, month, 1);
        fields[DAY_OF_WEEK_IN_MONTH] = (int) (day - firstOfMonth) / 7 + 1;
        fields[WEEK_OF_YEAR] = weekOfYear(day, year);
        fields[WEEK_OF_MONTH] = weekNumber(firstOfMonth, day);
        int hour = ms / 3_600_000;
        fields[HOUR_OF_DAY] = hour;
        fields[AM_PM] = hour / 12;
        fields[HOUR] = hour % 12;
        fields[MINUTE] = ms / 60_000 % 60;
        fields[SECOND] = ms / 1000 % 60;
        fields[MILLISECOND] = ms % 1000;
        fields[ZONE_OFFSET] = getTimeZone().getRawOffset();
        fields[DST_OFFSET] = offset - getTimeZone().getRawOffset();
    }

    /** Week of day in a period starting at firstDay: week 1 is the first with minimalDaysInFirstWeek days (0 = before it). */
    private int weekNumber(long firstDay, long day) {
        int offset = Math.floorMod(CalendarDays.dayOfWeek(firstDay) - getFirstDayOfWeek(), 7);
        int week = (int) ((day - firstDay + offset) / 7);
        return 7 - offset >= getMinimalDaysInFirstWeek() ? week + 1 : week;
    }

    /** WEEK_OF_YEAR: days before week 1 belong to the previous year's last week, late December may be week 1. */
    private int weekOfYear(long day, long year) {
        long nextJan1 = CalendarDays.epochDay(year + 1, 0, 1);
        int nextOffset = Math.floorMod(CalendarDays.dayOfWeek(nextJan1) - getFirstDayOfWeek(), 7);
        long nextWeek1 = 7 - nextOffset >= getMinimalDaysInFirstWeek() ? nextJan1 - nextOffset : nextJan1 + 7 - nextOffset;
        if (day >= nextWeek1) {
            return 1;
        }
        int week = weekNumber(CalendarDays.epochDay(year, 0, 1), day);
        return week > 0 ? week : weekOfYear(CalendarDays.epochDay(year, 0, 1) - 1, year - 1);
    }

    public void add(int field, int amount) {
        if (amount == 0) {
            return;
        }
        complete();
        long dayMillis = Math.floorMod(time + getTimeZone().getOffset(time), CalendarDays.MILLIS_PER_DAY);
        switch (field) {
            case YEAR, MONTH -> {
                long year = fields[ERA] == AD ? fields[YEAR] : 1 - fields[YEAR];
                long months = year * 12 + fields[MONTH] + (field == YEAR ? amount * 12L : amount);
                long newYear = Math.floorDiv(months, 12);
                int newMonth = (int) Math.floorMod(months, 12);
                int dom = Math.min(fields[DAY_OF_MONTH], CalendarDays.monthLength(newYear, newMonth));
                long day = CalendarDays.epochDay(newYear, newMonth, dom);
                setTimeInMillis(day * CalendarDays.MILLIS_PER_DAY + dayMillis - getTimeZone().getRawOffset());
            }
            case DAY_OF_MONTH, DAY_OF_YEAR, DAY_OF_WEEK -> setTimeInMillis(time + amount * CalendarDays.MILLIS_PER_DAY);
            case WEEK_OF_YEAR, WEEK_OF_MONTH, DAY_OF_WEEK_IN_MONTH -> setTimeInMillis(time + amount * 7 * CalendarDays.MILLIS_PER_DAY);
            case AM_PM -> setTimeInMillis(time + amount * 12 * 3_600_000L);
            case HOUR, HOUR_OF_DAY -> setTimeInMillis(time + amount * 3_600_000L);
            case MINUTE -> setTimeInMillis(time + amount * 60_000L);
            case SECOND -> setTimeInMillis(time + amount * 1000L);
            case MILLISECOND -> setTimeInMillis(time + amount);
            default -> throw new UnsupportedOperationException("Calendar.add to " + FIELD_NAMES[field] + " is not supported by Kiln");
        }
    }

    public void roll(int field, boolean up) {
        throw new UnsupportedOperationException("Calendar.roll is not supported by Kiln");
    }

    public void roll(int field, int amount) {
        throw new UnsupportedOperationException("Calendar.roll is not supported by Kiln");
    }

    public int getMinimum(int field) {
        return MIN[field];
    }

    public int getMaximum(int field) {
        return MAX[field];
    }

    public int getGreatestMinimum(int field) {
        return MIN[field];
    }

    public int getLeastMaximum(int field) {
        return LEAST_MAX[field];
    }

    public int getActualMaximum(int field) {
        complete();
        long year = fields[ERA] == AD ? fields[YEAR] : 1 - fields[YEAR];
        return switch (field) {
            case DAY_OF_MONTH -> (int) CalendarDays.date(CalendarDays.epochDay(year, fields[MONTH] + 1, 1) - 1)[2];
            case DAY_OF_YEAR -> (int) (CalendarDays.epochDay(year + 1, 0, 1) - CalendarDays.epochDay(year, 0, 1));
            default -> super.getActualMaximum(field);
        };
    }

    public boolean equals(Object obj) {
        return obj instanceof GregorianCalendar && super.equals(obj);
    }

    public int hashCode() {
        return super.hashCode() ^ (int) -12219292800000L; // the cutover instant, as the JDK mixes it in
    }
}
