package java.text;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Date patterns as the JDK reads them: letters G y Y M L w W D d F E u a H k K h m s S z Z X
 * (repeated for width or text length) and quoted text, in English (en, en_US) or the root locale,
 * with the Julian calendar before 1582-10-15 as GregorianCalendar. Formatting covers every
 * letter; parsing (DateParse) every letter except Y w W F u, and E only before the day of month.
 * Time zone names parsed: UTC, GMT, their long names, GMT+hh:mm and numeric offsets.
 * Not provided: localized patterns, DateFormatSymbols, attributed formatting.
 */
public class SimpleDateFormat extends DateFormat {
    private String pattern;
    /** Compiled pattern: for each item, a letter with its count, or literal text (letter 0). */
    private char[] letters;
    private int[] counts;
    private String[] literals;
    final DateText text;
    private final Locale locale;
    private Date defaultCenturyStart;

    public SimpleDateFormat() {
        this(DateText.datePattern(SHORT, Locale.getDefault()) + DateText.dateTimeSeparator(Locale.getDefault())
                + DateText.timePattern(SHORT, Locale.getDefault()), Locale.getDefault());
    }

    public SimpleDateFormat(String pattern) {
        this(pattern, Locale.getDefault());
    }

    public SimpleDateFormat(String pattern, Locale locale) {
        this.locale = locale;
        text = DateText.of(locale);
        calendar = new GregorianCalendar(TimeZone.getDefault(), locale);
        DecimalFormat nf = new DecimalFormat("#0", DecimalFormatSymbols.getInstance(locale));
        nf.setGroupingUsed(false);
        nf.setParseIntegerOnly(true);
        numberFormat = nf;
        applyPattern(pattern);
        // Two-digit years are read within 80 years before and 20 after the creation time.
        Calendar c = (Calendar) calendar.clone();
        c.setTimeInMillis(System.currentTimeMillis());
        c.add(Calendar.YEAR, -80);
        defaultCenturyStart = c.getTime();
    }

    public void applyPattern(String pattern) {
        java.util.ArrayList<Object[]> items = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw new IllegalArgumentException("Unterminated quote");
                    }
                    if (pattern.charAt(j) == '\'') {
                        if (j + 1 < n && pattern.charAt(j + 1) == '\'') {
                            literal.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(pattern.charAt(j++));
                }
                i = j + 1;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if ("GyYMLwWDdFEuaHkKhmsSzZX".indexOf(c) < 0) {
                    throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
                }
                int j = i;
                while (j < n && pattern.charAt(j) == c) {
                    j++;
                }
                if (c == 'X' && j - i > 3) {
                    throw new IllegalArgumentException("invalid ISO 8601 format: length=" + (j - i));
                }
                if (literal.length() > 0) {
                    items.add(new Object[] {literal.toString()});
                    literal.setLength(0);
                }
                items.add(new Object[] {c, j - i});
                i = j;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            items.add(new Object[] {literal.toString()});
        }
        letters = new char[items.size()];
        counts = new int[items.size()];
        literals = new String[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Object[] item = items.get(k);
            if (item.length == 1) {
                literals[k] = (String) item[0];
            } else {
                letters[k] = (Character) item[0];
                counts[k] = (Integer) item[1];
            }
        }
        this.pattern = pattern;
    }

    public String toPattern() {
        return pattern;
    }

    public String toLocalizedPattern() {
        return pattern;
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern);
    }

    public void set2DigitYearStart(Date startDate) {
        defaultCenturyStart = new Date(startDate.getTime());
    }

    public Date get2DigitYearStart() {
        return (Date) defaultCenturyStart.clone();
    }

    int items() {
        return letters.length;
    }

    char letter(int item) {
        return letters[item];
    }

    int count(int item) {
        return counts[item];
    }

    String literal(int item) {
        return literals[item];
    }

    public StringBuffer format(Date date, StringBuffer out, FieldPosition pos) {
        calendar.setTime(date);
        for (int k = 0; k < letters.length; k++) {
            if (letters[k] == 0) {
                out.append(literals[k]);
            } else {
                formatField(letters[k], counts[k], out);
            }
        }
        return out;
    }

    private void formatField(char letter, int count, StringBuffer out) {
        Calendar c = calendar;
        switch (letter) {
            case 'G' -> out.append(text.eras[c.get(Calendar.ERA)]);
            case 'y', 'Y' -> {
                int year = c.get(Calendar.YEAR);
                if (letter == 'Y') {
                    year = weekYear(c);
                }
                if (count == 2) {
                    number(out, year % 100, 2);
                } else {
                    number(out, year, count);
                }
            }
            case 'M', 'L' -> {
                int month = c.get(Calendar.MONTH);
                if (count >= 4) {
                    out.append(text.months[month]);
                } else if (count == 3) {
                    out.append(text.shortMonths[month]);
                } else {
                    number(out, month + 1, count);
                }
            }
            case 'E' -> {
                int dow = c.get(Calendar.DAY_OF_WEEK);
                out.append(count >= 4 ? text.weekdays[dow] : text.shortWeekdays[dow]);
            }
            case 'a' -> out.append(text.ampm[c.get(Calendar.AM_PM)]);
            case 'd' -> number(out, c.get(Calendar.DAY_OF_MONTH), count);
            case 'D' -> number(out, c.get(Calendar.DAY_OF_YEAR), count);
            case 'F' -> number(out, c.get(Calendar.DAY_OF_WEEK_IN_MONTH), count);
            case 'w' -> number(out, c.get(Calendar.WEEK_OF_YEAR), count);
            case 'W' -> number(out, c.get(Calendar.WEEK_OF_MONTH), count);
            case 'u' -> {
                int dow = c.get(Calendar.DAY_OF_WEEK);
                number(out, dow == Calendar.SUNDAY ? 7 : dow - 1, count);
            }
            case 'H' -> number(out, c.get(Calendar.HOUR_OF_DAY), count);
            case 'k' -> {
                int h = c.get(Calendar.HOUR_OF_DAY);
                number(out, h == 0 ? 24 : h, count);
            }
            case 'K' -> number(out, c.get(Calendar.HOUR), count);
            case 'h' -> {
                int h = c.get(Calendar.HOUR);
                number(out, h == 0 ? 12 : h, count);
            }
            case 'm' -> number(out, c.get(Calendar.MINUTE), count);
            case 's' -> number(out, c.get(Calendar.SECOND), count);
            case 'S' -> number(out, c.get(Calendar.MILLISECOND), count);
            case 'z' -> out.append(c.getTimeZone().getDisplayName(false, count >= 4 ? TimeZone.LONG : TimeZone.SHORT, locale));
            case 'Z' -> offset(out, c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET), true, false);
            case 'X' -> {
                int offset = c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET);
                if (offset == 0) {
                    out.append('Z');
                } else {
                    offset(out, offset, count >= 2, count == 3);
                }
            }
            default -> throw new IllegalStateException("pattern letter " + letter);
        }
    }

    /** The year of the week (WEEK_OF_YEAR 1 in late December belongs to the next year, and back). */
    private static int weekYear(Calendar c) {
        int year = c.get(Calendar.ERA) == GregorianCalendar.AD ? c.get(Calendar.YEAR) : 1 - c.get(Calendar.YEAR);
        int week = c.get(Calendar.WEEK_OF_YEAR);
        int month = c.get(Calendar.MONTH);
        if (week == 1 && month == Calendar.DECEMBER) {
            year++;
        } else if (week >= 52 && month == Calendar.JANUARY) {
            year--;
        }
        return year > 0 ? year : 1 - year;
    }

    private static void number(StringBuffer out, int value, int minDigits) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < minDigits; i++) {
            out.append('0');
        }
        out.append(s);
    }

    /** ±hh, ±hhmm or ±hh:mm. */
    private static void offset(StringBuffer out, int millis, boolean withMinutes, boolean colon) {
        int minutes = millis / 60_000;
        out.append(minutes < 0 ? '-' : '+');
        minutes = Math.abs(minutes);
        number(out, minutes / 60, 2);
        if (withMinutes) {
            if (colon) {
                out.append(':');
            }
            number(out, minutes % 60, 2);
        }
    }

    public Date parse(String source, ParsePosition pos) {
        return DateParse.parse(this, source, pos, defaultCenturyStart);
    }

    public Object clone() {
        return super.clone();
    }

    public int hashCode() {
        return pattern.hashCode();
    }

    public boolean equals(Object obj) {
        return obj instanceof SimpleDateFormat other && super.equals(obj) && pattern.equals(other.pattern)
                && locale.equals(other.locale);
    }
}
