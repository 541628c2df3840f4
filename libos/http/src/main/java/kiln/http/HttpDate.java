package kiln.http;

/**
 * Formats the Date header as IMF-fixdate (RFC 9110 §5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT",
 * from milliseconds since 1970-01-01T00:00Z, without java.time.
 */
public final class HttpDate {
    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    private HttpDate() {
    }

    public static String format(long epochMillis) {
        long secs = Math.floorDiv(epochMillis, 1000L);
        long days = Math.floorDiv(secs, 86400L);
        int secOfDay = (int) (secs - days * 86400L);
        String dayName = DAYS[(int) Math.floorMod(days, 7L)]; // 1970-01-01 was a Thursday
        // Civil date from a day count: shift the epoch to 0000-03-01 so that leap days fall at the end
        // of a year, then split into 400-year eras (146097 days) of the proleptic Gregorian calendar.
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;                                     // day of era [0, 146096]
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // year of era [0, 399]
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              // day of year, from March 1
        long mp = (5 * doy + 2) / 153;                                   // month, March = 0
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);                   // 1..12
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder sb = new StringBuilder(29);
        sb.append(dayName).append(", ");
        two(sb, day);
        sb.append(' ').append(MONTHS[month - 1]).append(' ').append(year).append(' ');
        two(sb, secOfDay / 3600);
        sb.append(':');
        two(sb, secOfDay / 60 % 60);
        sb.append(':');
        two(sb, secOfDay % 60);
        return sb.append(" GMT").toString();
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
