package java.util;

/**
 * One parsed format specifier of {@link Formatter}:
 * {@code %[index$][flags][width][.precision][t]conversion}, with the parse-time checks of the
 * java.util.Formatter javadoc (unknown conversions, duplicate or illegal flags, missing width,
 * precision or flags a conversion does not take). The checks run in the order HotSpot runs them,
 * since that decides which exception a specifier with several faults throws.
 */
final class FormatterSpec {
    // Flags, in the order Formatter prints them in exception messages.
    static final int LEFT = 1;      // '-'
    static final int ALT = 2;       // '#'
    static final int PLUS = 4;      // '+'
    static final int SPACE = 8;     // ' '
    static final int ZERO = 16;     // '0'
    static final int GROUP = 32;    // ','
    static final int PAREN = 64;    // '('
    static final int PREVIOUS = 128; // '<'
    private static final String FLAG_CHARS = "-#+ 0,(<";

    // Conversion categories.
    static final int GENERAL = 0;
    static final int CHAR = 1;
    static final int INTEGRAL = 2;
    static final int FLOAT = 3;
    static final int DATE = 4;
    static final int PERCENT = 5;
    static final int NEWLINE = 6;

    private static final String DATE_CONVERSIONS = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";

    /** Argument index: &gt; 0 explicit, 0 ordinary, -1 relative ('<'), -2 none (%n, %%). */
    int index;
    int flags;
    int width = -1;
    int precision = -1;
    /** The conversion in lower case (for %t/%T: the date/time suffix character as written). */
    char conv;
    boolean upper;
    boolean dateTime;
    int category;
    /** Position just past the specifier in the format string. */
    int end;

    /** Parses the specifier whose '%' is at s.charAt(start - 1). */
    static FormatterSpec parse(String s, int start) {
        int max = s.length();
        int i = start;
        String indexText = null;
        int j = skipDigits(s, i);
        if (j > i && j < max && s.charAt(j) == '$') {
            indexText = s.substring(i, j);
            i = j + 1;
        }
        int flagStart = i;
        while (i < max && FLAG_CHARS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int flagEnd = i;
        int widthStart = i;
        i = skipDigits(s, i);
        int widthEnd = i;
        int precStart = -1;
        int precEnd = -1;
        if (i < max && s.charAt(i) == '.') {
            precStart = i + 1;
            precEnd = skipDigits(s, precStart);
            if (precEnd == precStart) {
                throw unknown(s, start);
            }
            i = precEnd;
        }
        boolean dt = false;
        char t = 0;
        if (i < max && (s.charAt(i) == 't' || s.charAt(i) == 'T')
                && i + 1 < max && isConversionChar(s.charAt(i + 1))) {
            dt = true;
            t = s.charAt(i);
            i++;
        }
        if (i >= max || !isConversionChar(s.charAt(i))) {
            throw unknown(s, start);
        }
        char c = s.charAt(i);

        FormatterSpec fs = new FormatterSpec();
        fs.end = i + 1;
        if (indexText != null) {
            int idx = parseNonNegative(indexText);
            if (idx <= 0) {
                throw new IllegalFormatArgumentIndexException(idx == 0 ? 0 : Integer.MIN_VALUE);
            }
            fs.index = idx;
        }
        for (int k = flagStart; k < flagEnd; k++) {
            int bit = 1 << FLAG_CHARS.indexOf(s.charAt(k));
            if ((fs.flags & bit) != 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(k)));
            }
            fs.flags |= bit;
        }
        if ((fs.flags & PREVIOUS) != 0) {
            fs.index = -1;
        }
        if (widthEnd > widthStart) {
            fs.width = parseNonNegative(s.substring(widthStart, widthEnd));
            if (fs.width < 0) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
        }
        if (precStart >= 0) {
            fs.precision = parseNonNegative(s.substring(precStart, precEnd));
            if (fs.precision < 0) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
        }
        if (dt) {
            if (DATE_CONVERSIONS.indexOf(c) < 0) {
                throw new UnknownFormatConversionException("t" + c);
            }
            fs.dateTime = true;
            fs.upper = t == 'T';
            fs.conv = c;
            fs.category = DATE;
        } else {
            fs.setConversion(c);
        }
        fs.check();
        return fs;
    }

    private static UnknownFormatConversionException unknown(String s, int start) {
        return new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
    }

    private static boolean isConversionChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The value of a digit string, or -1 when it does not fit in an int. */
    private static int parseNonNegative(String digits) {
        long v = 0;
        for (int k = 0; k < digits.length(); k++) {
            v = v * 10 + (digits.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) v;
    }

    private void setConversion(char c) {
        switch (c) {
            case 'b', 'B', 'h', 'H', 's', 'S' -> category = GENERAL;
            case 'c', 'C' -> category = CHAR;
            case 'd', 'o', 'x', 'X' -> category = INTEGRAL;
            case 'e', 'E', 'f', 'g', 'G', 'a', 'A' -> category = FLOAT;
            case '%' -> category = PERCENT;
            case 'n' -> category = NEWLINE;
            default -> throw new UnknownFormatConversionException(String.valueOf(c));
        }
        upper = c >= 'A' && c <= 'Z';
        conv = upper ? (char) (c + ('a' - 'A')) : c;
        if (category == PERCENT || category == NEWLINE) {
            index = -2;
        }
    }

    private void check() {
        switch (category) {
            case GENERAL -> {
                if ((conv == 'b' || conv == 'h') && (flags & ALT) != 0) {
                    throw mismatch(ALT);
                }
                requireWidthFor(LEFT);
                badFlags(PLUS | SPACE | ZERO | GROUP | PAREN);
            }
            case CHAR, DATE -> {
                noPrecision();
                badFlags(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                requireWidthFor(LEFT);
            }
            case INTEGRAL -> {
                checkNumeric();
                noPrecision();
                badFlags(conv == 'd' ? ALT : GROUP);
            }
            case FLOAT -> {
                checkNumeric();
                if (conv == 'e') {
                    badFlags(GROUP);
                } else if (conv == 'g') {
                    badFlags(ALT);
                } else if (conv == 'a') {
                    badFlags(PAREN | GROUP);
                }
            }
            case PERCENT -> {
                noPrecision();
                if ((flags & ~LEFT) != 0) {
                    throw new IllegalFormatFlagsException(flagString(flags));
                }
                requireWidthFor(LEFT);
            }
            default -> { // NEWLINE
                noPrecision();
                if (width != -1) {
                    throw new IllegalFormatWidthException(width);
                }
                if (flags != 0) {
                    throw new IllegalFormatFlagsException(flagString(flags));
                }
            }
        }
    }

    private void checkNumeric() {
        requireWidthFor(LEFT | ZERO);
        if ((flags & (PLUS | SPACE)) == (PLUS | SPACE) || (flags & (LEFT | ZERO)) == (LEFT | ZERO)) {
            // HotSpot's message lists its internal upper-case flag too, as '^' after '-'.
            String f = flagString(flags);
            if (upper) {
                int at = (flags & LEFT) != 0 ? 1 : 0;
                f = f.substring(0, at) + "^" + f.substring(at);
            }
            throw new IllegalFormatFlagsException(f);
        }
    }

    private void noPrecision() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
    }

    private void requireWidthFor(int f) {
        if (width == -1 && (flags & f) != 0) {
            throw new MissingFormatWidthException(toString());
        }
    }

    /** Throws FormatFlagsConversionMismatchException naming those of the given flags that are set. */
    void badFlags(int bad) {
        if ((flags & bad) != 0) {
            throw mismatch(flags & bad);
        }
    }

    FormatFlagsConversionMismatchException mismatch(int f) {
        return new FormatFlagsConversionMismatchException(flagString(f), conv);
    }

    boolean has(int f) {
        return (flags & f) != 0;
    }

    /** The conversion character as written (upper case for %S, %X, ...; the suffix for %t). */
    char conversionChar() {
        return upper && !dateTime ? (char) (conv - ('a' - 'A')) : conv;
    }

    static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) {
            if ((f & (1 << k)) != 0) {
                sb.append(FLAG_CHARS.charAt(k));
            }
        }
        return sb.toString();
    }

    /** The specifier as Formatter prints it in exception messages. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagString(flags));
        if (index > 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        if (dateTime) {
            sb.append(upper ? 'T' : 't');
        }
        sb.append(conversionChar());
        return sb.toString();
    }
}
