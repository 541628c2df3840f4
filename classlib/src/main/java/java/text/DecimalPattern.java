package java.text;

/**
 * A DecimalFormat pattern taken apart: prefix, number part, suffix, optional ';' negative
 * subpattern (of which only the affixes count). Affixes are kept in pattern form: a quote followed
 * by one of - % \u2030 \u00a4 (or \u00a4\u00a4) stands for that symbol, "''" for a literal quote,
 * any other character for itself. The digit counts follow the JDK's reading of a pattern (e.g.
 * "#.##" has one minimum integer digit, ".##" one minimum fraction digit) and malformed patterns
 * are refused with the JDK's messages.
 */
final class DecimalPattern {
    String posPrefix = "";
    String posSuffix = "";
    String negPrefix;
    String negSuffix;
    int minInt;
    int maxInt = Integer.MAX_VALUE;
    int minFrac;
    int maxFrac;
    boolean groupingUsed;
    int groupingSize;
    int multiplier = 1;
    boolean decimalAlwaysShown;
    boolean useExponent;
    int minExponentDigits;
    boolean currency;
    /** The empty pattern, which leaves grouping and the multiplier as they were. */
    boolean empty;

    static final char QUOTE = '\'';

    /** Where the scan of the positive subpattern stopped: the index after its ';', or -1 without one. */
    private int next;

    static DecimalPattern parse(String pattern) {
        DecimalPattern p = new DecimalPattern();
        if (pattern.isEmpty()) {
            p.maxFrac = 340;
            p.empty = true;
            p.negPrefix = "'-";
            p.negSuffix = "";
            return p;
        }
        StringBuilder[] affixes = p.subpattern(pattern, 0, true);
        p.posPrefix = affixes[0].toString();
        p.posSuffix = affixes[1].toString();
        // Without ';' the JDK reads the whole pattern a second time as the negative subpattern
        // (skipping digits and 'E'); that only matters when the suffix holds such characters.
        boolean gotNegative = p.next < pattern.length();
        if (gotNegative) {
            affixes = p.subpattern(pattern, Math.max(p.next, 0), false);
            p.negPrefix = affixes[0].toString();
            p.negSuffix = affixes[1].toString();
        }
        if (!gotNegative || (p.negPrefix.equals(p.posPrefix) && p.negSuffix.equals(p.posSuffix))) {
            p.negPrefix = "'-" + p.posPrefix;
            p.negSuffix = p.posSuffix;
        }
        return p;
    }

    private static IllegalArgumentException malformed(String what, String pattern) {
        return new IllegalArgumentException(what + " in pattern \"" + pattern + '"');
    }

    /**
     * Scans one subpattern from start; the positive one sets the digit counts. Returns {prefix,
     * suffix} in pattern form.
     */
    private StringBuilder[] subpattern(String pattern, int start, boolean positive) {
        StringBuilder prefix = new StringBuilder();
        StringBuilder suffix = new StringBuilder();
        StringBuilder affix = prefix;
        boolean inQuote = false;
        int phase = 0; // 0 prefix, 1 number, 2 suffix
        int digitLeft = 0, zeros = 0, digitRight = 0, decimalPos = -1, groupingCount = -1;
        int mult = 1;
        next = -1;
        for (int pos = start; pos < pattern.length(); pos++) {
            char ch = pattern.charAt(pos);
            if (phase == 1) {
                if (!positive) {
                    // The negative subpattern's number part is skipped.
                    if ("#0,.".indexOf(ch) >= 0 || ch == 'E') {
                        continue;
                    }
                    phase = 2;
                    affix = suffix;
                    pos--;
                    continue;
                }
                if (ch == '#') {
                    if (zeros > 0) {
                        digitRight++;
                    } else {
                        digitLeft++;
                    }
                    if (groupingCount >= 0 && decimalPos < 0) {
                        groupingCount++;
                    }
                } else if (ch == '0') {
                    if (digitRight > 0) {
                        throw malformed("Unexpected '0'", pattern);
                    }
                    zeros++;
                    if (groupingCount >= 0 && decimalPos < 0) {
                        groupingCount++;
                    }
                } else if (ch == ',') {
                    groupingCount = 0;
                } else if (ch == '.') {
                    if (decimalPos >= 0) {
                        throw malformed("Multiple decimal separators", pattern);
                    }
                    decimalPos = digitLeft + zeros + digitRight;
                } else if (ch == 'E') {
                    if (useExponent) {
                        throw malformed("Multiple exponential symbols", pattern);
                    }
                    useExponent = true;
                    minExponentDigits = 0;
                    while (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '0') {
                        minExponentDigits++;
                        pos++;
                    }
                    if (digitLeft + zeros < 1 || minExponentDigits < 1) {
                        throw new IllegalArgumentException("Malformed exponential pattern \"" + pattern + '"');
                    }
                    phase = 2;
                    affix = suffix;
                } else {
                    phase = 2;
                    affix = suffix;
                    pos--;
                }
                continue;
            }
            if (inQuote) {
                if (ch == QUOTE) {
                    if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                        pos++;
                        affix.append("''");
                    } else {
                        inQuote = false;
                    }
                    continue;
                }
                affix.append(ch);
                continue;
            }
            switch (ch) {
                case '#', '0', ',', '.' -> {
                    // As in the JDK, a digit character in the suffix resumes the number part
                    // (the suffix collected so far stays).
                    phase = 1;
                    pos--;
                }
                case '\u00a4' -> {
                    boolean doubled = pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\u00a4';
                    if (doubled) {
                        pos++;
                    }
                    currency = true;
                    affix.append(doubled ? "'\u00a4\u00a4" : "'\u00a4");
                }
                case QUOTE -> {
                    if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                        pos++;
                        affix.append("''");
                    } else {
                        inQuote = true;
                    }
                }
                case ';' -> {
                    if (phase == 0 || !positive) {
                        throw malformed("Unquoted special character ';'", pattern);
                    }
                    next = pos + 1;
                    pos = pattern.length();
                }
                case '%', '\u2030' -> {
                    if (mult != 1) {
                        throw malformed("Too many percent/per mille characters", pattern);
                    }
                    mult = ch == '%' ? 100 : 1000;
                    affix.append(QUOTE).append(ch);
                }
                case '-' -> affix.append("'-");
                default -> affix.append(ch);
            }
        }
        // "###.##" and ".##" count as if the digit before or after the point were '0'.
        if (zeros == 0 && digitLeft > 0 && decimalPos >= 0) {
            int n = decimalPos == 0 ? 1 : decimalPos;
            digitRight = digitLeft - n;
            digitLeft = n - 1;
            zeros = 1;
        }
        if ((decimalPos < 0 && digitRight > 0)
                || (decimalPos >= 0 && (decimalPos < digitLeft || decimalPos > digitLeft + zeros))
                || groupingCount == 0 || inQuote) {
            throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
        }
        if (positive) {
            int total = digitLeft + zeros + digitRight;
            int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : total;
            minInt = effectiveDecimalPos - digitLeft;
            maxInt = useExponent ? digitLeft + minInt : Integer.MAX_VALUE;
            maxFrac = decimalPos >= 0 ? total - decimalPos : 0;
            minFrac = decimalPos >= 0 ? digitLeft + zeros - decimalPos : 0;
            groupingUsed = groupingCount > 0;
            groupingSize = groupingCount > 0 ? groupingCount : 0;
            multiplier = mult;
            decimalAlwaysShown = decimalPos == 0 || decimalPos == total;
        }
        return new StringBuilder[] {prefix, suffix};
    }
}
