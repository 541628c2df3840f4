package java.text;

import java.util.Calendar;
import java.util.Date;

/**
 * SimpleDateFormat.parse: fields are read into a cleared copy of the format's calendar (so
 * missing ones default to 1970-01-01 00:00:00.000) whose lenience decides whether out-of-range
 * values roll over or fail. A numeric field directly followed by another numeric field reads
 * exactly its pattern width ("yyyyMMdd"); otherwise it reads all the digits there. Texts match
 * case-insensitively, the longest name first. As in the JDK, spaces and tabs before a field are
 * skipped and a number may carry a '-' (out-of-range values are the calendar's business).
 */
final class DateParse {
    private DateParse() {}

    static Date parse(SimpleDateFormat f, String text, ParsePosition pos, Date centuryStart) {
        int start = pos.index;
        int p = start;
        Calendar cal = (Calendar) f.getCalendar().clone();
        cal.clear();
        Integer zoneOffset = null;
        boolean dayOfMonthLater = false;
        for (int k = 0; k < f.items(); k++) {
            char letter = f.letter(k);
            if (letter == 0) {
                String lit = f.literal(k);
                if (!text.startsWith(lit, p)) {
                    return fail(pos, start, p);
                }
                p += lit.length();
                continue;
            }
            // As in the JDK, spaces and tabs before a field are skipped.
            int fieldStart = p;
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            if (p >= text.length()) {
                return fail(pos, start, fieldStart);
            }
            int count = f.count(k);
            boolean abutting = k + 1 < f.items() && isNumeric(f.letter(k + 1), f.count(k + 1));
            int width = abutting && isNumeric(letter, count) ? count : Integer.MAX_VALUE;
            DateText t = f.text;
            int end;
            switch (letter) {
                case 'G' -> end = match(text, p, t.eras, cal, Calendar.ERA, 0);
                case 'M', 'L' -> {
                    if (count >= 3) {
                        end = match(text, p, t.months, cal, Calendar.MONTH, 0);
                        if (end < 0) {
                            end = match(text, p, t.shortMonths, cal, Calendar.MONTH, 0);
                        }
                    } else {
                        end = number(text, p, width);
                        if (end > p) {
                            cal.set(Calendar.MONTH, value(text, p, end) - 1);
                        }
                    }
                }
                case 'E' -> {
                    if (!dayOfMonthFollows(f, k)) {
                        throw new UnsupportedOperationException(
                                "SimpleDateFormat.parse of a day of the week not followed by the day of the month is not supported by Kiln");
                    }
                    // Read and dropped: the day of month that follows decides the date, as in the JDK.
                    Calendar scratch = (Calendar) cal.clone();
                    end = match(text, p, t.weekdays, scratch, Calendar.MONTH, 0);
                    if (end < 0) {
                        end = match(text, p, t.shortWeekdays, scratch, Calendar.MONTH, 0);
                    }
                }
                case 'a' -> end = match(text, p, t.ampm, cal, Calendar.AM_PM, 0);
                case 'z', 'Z', 'X' -> {
                    int[] zone = zone(text, p, letter);
                    end = zone == null ? -1 : zone[0];
                    if (zone != null) {
                        zoneOffset = zone[1];
                    }
                }
                case 'y', 'd', 'D', 'H', 'k', 'K', 'h', 'm', 's', 'S' -> {
                    end = number(text, p, width);
                    if (end > p) {
                        // Only two plain digits make a two-digit year ("-5" does not).
                        int digitCount = text.charAt(p) == '-' ? 0 : end - p;
                        setNumber(cal, letter, count, value(text, p, end), digitCount, centuryStart);
                    }
                }
                default -> throw new UnsupportedOperationException("SimpleDateFormat.parse of pattern letter '" + letter
                        + "' is not supported by Kiln");
            }
            if (end <= p) {
                return fail(pos, start, p);
            }
            p = end;
        }
        long time;
        try {
            time = cal.getTimeInMillis();
        } catch (IllegalArgumentException outOfRange) {
            return fail(pos, start, p);
        }
        if (zoneOffset != null) {
            // The text's offset replaces the calendar zone's.
            time += cal.getTimeZone().getRawOffset() - zoneOffset;
        }
        pos.index = p;
        return new Date(time);
    }

    private static Date fail(ParsePosition pos, int start, int at) {
        pos.index = start;
        pos.errorIndex = at;
        return null;
    }

    private static boolean isNumeric(char letter, int count) {
        return switch (letter) {
            case 'y', 'Y', 'd', 'D', 'F', 'w', 'W', 'u', 'H', 'k', 'K', 'h', 'm', 's', 'S' -> true;
            case 'M', 'L' -> count <= 2;
            default -> false;
        };
    }

    private static boolean dayOfMonthFollows(SimpleDateFormat f, int k) {
        for (int i = k + 1; i < f.items(); i++) {
            if (f.letter(i) == 'd') {
                return true;
            }
        }
        return false;
    }

    /** End of an optional '-' and digits at p (at most width characters), or p if there are no digits. */
    private static int number(String text, int p, int width) {
        int q = p < text.length() && text.charAt(p) == '-' ? p + 1 : p;
        int end = digits(text, q, width - (q - p));
        return end > q ? end : p;
    }

    /**
     * The value of the number text[p, end) as the JDK's integer parse gives it to the calendar:
     * a long cut to int, or a double (too many digits for a long) saturated to int.
     */
    private static int value(String text, int p, int end) {
        String s = text.substring(p, end);
        try {
            return (int) Long.parseLong(s);
        } catch (NumberFormatException tooLong) {
            return (int) Double.parseDouble(s);
        }
    }

    /** End of the run of at most width ASCII digits at p. */
    private static int digits(String text, int p, int width) {
        int end = p;
        while (end < text.length() && end - p < width && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    private static void setNumber(Calendar cal, char letter, int count, int value, int digitCount, Date centuryStart) {
        switch (letter) {
            case 'y' -> {
                if (count <= 2 && digitCount == 2) {
                    // Two digits: the year within 100 years from the century start.
                    Calendar c = (Calendar) cal.clone();
                    c.setTime(centuryStart);
                    int startYear = c.get(Calendar.YEAR);
                    int base = startYear / 100 * 100;
                    value += base + (value < startYear % 100 ? 100 : 0);
                }
                cal.set(Calendar.YEAR, value);
            }
            case 'd' -> cal.set(Calendar.DAY_OF_MONTH, value);
            case 'D' -> cal.set(Calendar.DAY_OF_YEAR, value);
            case 'H' -> cal.set(Calendar.HOUR_OF_DAY, value);
            case 'k' -> cal.set(Calendar.HOUR_OF_DAY, value == 24 ? 0 : value);
            case 'K' -> cal.set(Calendar.HOUR, value);
            case 'h' -> cal.set(Calendar.HOUR, value == 12 ? 0 : value);
            case 'm' -> cal.set(Calendar.MINUTE, value);
            case 's' -> cal.set(Calendar.SECOND, value);
            case 'S' -> cal.set(Calendar.MILLISECOND, value);
            default -> throw new IllegalStateException();
        }
    }

    /** Matches the longest of names (case-insensitively) at p and sets field to its index + base; returns the end or -1. */
    private static int match(String text, int p, String[] names, Calendar cal, int field, int base) {
        int best = -1;
        int bestLength = 0;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.length() > bestLength && text.regionMatches(true, p, name, 0, name.length())) {
                best = i;
                bestLength = name.length();
            }
        }
        if (best < 0) {
            return -1;
        }
        cal.set(field, best + base);
        return p + bestLength;
    }

    /** {end, offset in milliseconds} of a zone at p, or null. */
    private static int[] zone(String text, int p, char letter) {
        if (letter == 'X' && p < text.length() && text.charAt(p) == 'Z') {
            return new int[] {p + 1, 0};
        }
        if (letter == 'z') {
            String[] names = {"Coordinated Universal Time", "Greenwich Mean Time", "UTC"};
            for (String name : names) {
                if (text.regionMatches(true, p, name, 0, name.length())) {
                    return new int[] {p + name.length(), 0};
                }
            }
        }
        if (letter != 'X' && text.startsWith("GMT", p)) {
            int[] off = signedOffset(text, p + 3, true);
            return off != null ? off : new int[] {p + 3, 0};
        }
        return signedOffset(text, p, letter != 'z');
    }

    /** ±hh[[:]mm] (±hhmm) at p: {end, millis}, or null. */
    private static int[] signedOffset(String text, int p, boolean allowColon) {
        if (p >= text.length() || (text.charAt(p) != '+' && text.charAt(p) != '-')) {
            return null;
        }
        int sign = text.charAt(p) == '-' ? -1 : 1;
        int q = p + 1;
        int hEnd = digits(text, q, 2);
        if (hEnd - q == 0) {
            return null;
        }
        int hours = Integer.parseInt(text.substring(q, hEnd));
        int minutes = 0;
        int end = hEnd;
        int m = hEnd < text.length() && text.charAt(hEnd) == ':' && allowColon ? hEnd + 1 : hEnd;
        if (digits(text, m, 2) - m == 2) {
            minutes = Integer.parseInt(text.substring(m, m + 2));
            end = m + 2;
        }
        if (hours > 23 || minutes > 59) {
            return null;
        }
        return new int[] {end, sign * (hours * 60 + minutes) * 60_000};
    }

}
