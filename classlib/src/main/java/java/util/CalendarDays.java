package java.util;

/**
 * Day arithmetic of java.util's GregorianCalendar: days since 1970-01-01 ("epoch days") to and from
 * year/month/day, in the Gregorian calendar from 1582-10-15 on and the Julian calendar before (as
 * the JDK's default cutover). Years are proleptic (0 = 1 BC). Months are 0-based.
 */
final class CalendarDays {
    private CalendarDays() {}

    /** Epoch day of the Gregorian cutover, 1582-10-15. */
    static final long CUTOVER_DAY = -141427;

    static final long MILLIS_PER_DAY = 86_400_000L;

    /** Epoch day of year/month/day, Gregorian from the cutover on, else Julian. */
    static long epochDay(long year, long month, long day) {
        year += Math.floorDiv(month, 12);
        month = Math.floorMod(month, 12);
        long g = gregorianDay(year, (int) month, 1) + day - 1;
        return g >= CUTOVER_DAY ? g : julianDay(year, (int) month, 1) + day - 1;
    }

    static long gregorianDay(long y, int month, int day) {
        long m = month + 1;
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static long julianDay(long y, int month, int day) {
        long m = month + 1;
        long a = (14 - m) / 12;
        long yy = y + 4800 - a;
        long mm = m + 12 * a - 3;
        long jdn = day + (153 * mm + 2) / 5 + 365 * yy + Math.floorDiv(yy, 4) - 32083;
        return jdn - 2440588;
    }

    /** {year, month (0-based), day} of an epoch day. */
    static long[] date(long epochDay) {
        return epochDay >= CUTOVER_DAY ? gregorianDate(epochDay) : julianDate(epochDay);
    }

    private static long[] gregorianDate(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return new long[] {y, m - 1, d};
    }

    private static long[] julianDate(long epochDay) {
        long c = epochDay + 2440588 + 32082;
        long d = Math.floorDiv(4 * c + 3, 1461);
        long e = c - Math.floorDiv(1461 * d, 4);
        long m = (5 * e + 2) / 153;
        long day = e - (153 * m + 2) / 5 + 1;
        long month = m + 3 - 12 * (m / 10);
        long year = d - 4800 + m / 10;
        return new long[] {year, month - 1, day};
    }

    /** Calendar.SUNDAY (1) .. SATURDAY (7). */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 4, 7) + 1;
    }

    static boolean isLeapYear(long year) {
        if (year >= 1583) {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        }
        return Math.floorMod(year, 4) == 0; // Julian (1582 itself is not a leap year either way)
    }

    /** Days in month (0-based) of year; October 1582 has its 10 skipped days counted out. */
    static int monthLength(long year, int month) {
        long first = epochDay(year, month, 1);
        long next = epochDay(year, month + 1, 1);
        return (int) (next - first);
    }
}
