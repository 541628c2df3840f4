package java.text;

import java.util.Locale;

/**
 * The names SimpleDateFormat prints and parses, as the JDK's CLDR data has them for English
 * (en, en_US) and for the root locale (which uses abbreviations for the long forms too, and the
 * eras BCE/CE).
 */
final class DateText {
    final String[] months;
    final String[] shortMonths;
    final String[] weekdays; // index 1 = Sunday
    final String[] shortWeekdays;
    final String[] eras;
    final String[] ampm = {"AM", "PM"};

    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] SHORT_DAYS = {"", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

    private DateText(boolean english) {
        shortMonths = SHORT_MONTHS;
        shortWeekdays = SHORT_DAYS;
        if (english) {
            months = new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"};
            weekdays = new String[] {"", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
            eras = new String[] {"BC", "AD"};
        } else {
            months = SHORT_MONTHS;
            weekdays = SHORT_DAYS;
            eras = new String[] {"BCE", "CE"};
        }
    }

    static DateText of(Locale locale) {
        return new DateText(!TextLocales.check(locale).getLanguage().isEmpty());
    }

    /** DateFormat's patterns: [style] for dates and times, as CLDR gives them (U+202F before AM/PM in English). */
    static String datePattern(int style, Locale locale) {
        boolean english = !TextLocales.check(locale).getLanguage().isEmpty();
        String[] en = {"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy"};
        String[] root = {"y MMMM d, EEEE", "y MMMM d", "y MMM d", "y-MM-dd"};
        return (english ? en : root)[style];
    }

    static String timePattern(int style, Locale locale) {
        boolean english = !TextLocales.check(locale).getLanguage().isEmpty();
        String[] en = {"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"};
        String[] root = {"HH:mm:ss zzzz", "HH:mm:ss z", "HH:mm:ss", "HH:mm"};
        return (english ? en : root)[style];
    }

    static String dateTimeSeparator(Locale locale) {
        return TextLocales.check(locale).getLanguage().isEmpty() ? " " : ", ";
    }
}
