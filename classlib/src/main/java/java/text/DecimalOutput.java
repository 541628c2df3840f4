package java.text;

/** Writes DecimalDigits in a DecimalFormat's layout (plain or exponential), and rebuilds its pattern. */
final class DecimalOutput {
    private DecimalOutput() {}

    static StringBuffer write(DecimalFormat f, DecimalDigits d, boolean negative, boolean isInteger,
            StringBuffer out, FieldPosition pos) {
        DecimalFormatSymbols sy = f.symbols();
        out.append(f.affix(negative, true));
        char decimal = f.isCurrencyFormat() ? sy.getMonetaryDecimalSeparator() : sy.getDecimalSeparator();
        int intStart = out.length();
        // {end of the integer part, start and end of the fraction}
        int[] ends = f.useExponent() ? exponential(f, d, decimal, out) : plain(f, d, isInteger, decimal, out);
        if (pos.field == NumberFormat.INTEGER_FIELD) {
            pos.setBeginIndex(intStart);
            pos.setEndIndex(ends[0]);
        } else if (pos.field == NumberFormat.FRACTION_FIELD) {
            pos.setBeginIndex(ends[1]);
            pos.setEndIndex(ends[2]);
        }
        out.append(f.affix(negative, false));
        return out;
    }

    /** Integer part (minimum and maximum digits, grouping), point, fraction. Returns {intEnd, fracStart, fracEnd}. */
    private static int[] plain(DecimalFormat f, DecimalDigits d, boolean isInteger, char decimal, StringBuffer out) {
        DecimalFormatSymbols sy = f.symbols();
        char zero = sy.getZeroDigit();
        String digits = d.digits;
        int len = digits.length();
        int count = f.getMinimumIntegerDigits();
        int index = 0;
        if (d.decimalAt > 0 && count < d.decimalAt) {
            count = d.decimalAt;
        }
        if (count > f.getMaximumIntegerDigits()) {
            // Too many integer digits: the high-order ones are dropped.
            count = f.getMaximumIntegerDigits();
            index = d.decimalAt - count;
        }
        int start = out.length();
        int group = f.getGroupingSize();
        for (int i = count - 1; i >= 0; i--) {
            if (i < d.decimalAt && index < len) {
                out.append((char) (digits.charAt(index++) - '0' + zero));
            } else {
                out.append(zero);
            }
            if (f.isGroupingUsed() && i > 0 && group != 0 && i % group == 0) {
                out.append(sy.getGroupingSeparator());
            }
        }
        boolean fractionPresent = f.getMinimumFractionDigits() > 0 || (!isInteger && index < len);
        if (!fractionPresent && out.length() == start) {
            out.append(zero);
        }
        int intEnd = out.length();
        if (f.isDecimalSeparatorAlwaysShown() || fractionPresent) {
            out.append(decimal);
        }
        int fracStart = out.length();
        int maxFrac = f.getMaximumFractionDigits();
        for (int i = 0; i < maxFrac; i++) {
            if (i >= f.getMinimumFractionDigits() && (isInteger || index >= len)) {
                break;
            }
            if (-1 - i > d.decimalAt - 1) {
                out.append(zero); // zeros between the point and the first digit
            } else if (!isInteger && index < len) {
                out.append((char) (digits.charAt(index++) - '0' + zero));
            } else {
                out.append(zero);
            }
        }
        return new int[] {intEnd, fracStart, out.length()};
    }

    /**
     * Mantissa and exponent. Minimum integer digits shift the exponent; a maximum greater than
     * the minimum (and than 1) makes the exponent a multiple of it (engineering notation).
     */
    private static int[] exponential(DecimalFormat f, DecimalDigits d, char decimal, StringBuffer out) {
        DecimalFormatSymbols sy = f.symbols();
        char zero = sy.getZeroDigit();
        int minInt = f.getMinimumIntegerDigits();
        int maxInt = f.getMaximumIntegerDigits();
        int exponent = d.decimalAt;
        int minimumIntegerDigits = minInt;
        if (maxInt > 1 && maxInt > minInt) {
            exponent = exponent >= 1 ? ((exponent - 1) / maxInt) * maxInt : ((exponent - maxInt) / maxInt) * maxInt;
            minimumIntegerDigits = 1;
        } else {
            exponent -= minimumIntegerDigits;
        }
        int minimumDigits = minInt + f.getMinimumFractionDigits();
        if (minimumDigits < 0) {
            minimumDigits = Integer.MAX_VALUE;
        }
        int integerDigits = d.isZero() ? minimumIntegerDigits : d.decimalAt - exponent;
        if (minimumDigits < integerDigits) {
            minimumDigits = integerDigits;
        }
        int len = d.digits.length();
        int totalDigits = Math.max(len, minimumDigits);
        int intEnd = -1;
        int fracStart = -1;
        for (int i = 0; i < totalDigits; i++) {
            if (i == integerDigits) {
                intEnd = out.length();
                out.append(decimal);
                fracStart = out.length();
            }
            out.append(i < len ? (char) (d.digits.charAt(i) - '0' + zero) : zero);
        }
        if (f.isDecimalSeparatorAlwaysShown() && totalDigits == integerDigits) {
            intEnd = out.length();
            out.append(decimal);
            fracStart = out.length();
        }
        if (intEnd < 0) {
            intEnd = out.length();
        }
        if (fracStart < 0) {
            fracStart = out.length();
        }
        int fracEnd = out.length();
        out.append(sy.getExponentSeparator());
        if (d.isZero()) {
            exponent = 0;
        }
        if (exponent < 0) {
            out.append(sy.getMinusSign());
        }
        String e = Long.toString(Math.abs((long) exponent));
        for (int i = e.length(); i < f.minExponentDigits(); i++) {
            out.append(zero);
        }
        for (int i = 0; i < e.length(); i++) {
            out.append((char) (e.charAt(i) - '0' + zero));
        }
        return new int[] {intEnd, fracStart, fracEnd};
    }

    // ---- toPattern ----

    static String toPattern(DecimalFormat f, String posPrefixPattern, String posPrefix, String posSuffixPattern,
            String posSuffix, String negPrefixPattern, String negPrefix, String negSuffixPattern, String negSuffix) {
        StringBuilder sb = new StringBuilder();
        appendAffix(sb, posPrefixPattern, posPrefix);
        appendNumber(sb, f);
        appendAffix(sb, posSuffixPattern, posSuffix);
        boolean defaultNegative = negSuffix.equals(posSuffix) && negPrefix.equals(f.symbols().getMinusSign() + posPrefix);
        if (!defaultNegative) {
            sb.append(';');
            appendAffix(sb, negPrefixPattern, negPrefix);
            appendNumber(sb, f);
            appendAffix(sb, negSuffixPattern, negSuffix);
        }
        return sb.toString();
    }

    private static void appendNumber(StringBuilder sb, DecimalFormat f) {
        int minInt = f.getMinimumIntegerDigits();
        int group = f.isGroupingUsed() ? f.getGroupingSize() : 0;
        int digitCount = f.useExponent() ? f.getMaximumIntegerDigits() : Math.max(group, minInt) + 1;
        for (int i = digitCount; i > 0; i--) {
            sb.append(i <= minInt ? '0' : '#');
            if (group > 0 && i > 1 && (i - 1) % group == 0) {
                sb.append(',');
            }
        }
        int maxFrac = f.getMaximumFractionDigits();
        if (maxFrac > 0 || f.isDecimalSeparatorAlwaysShown()) {
            sb.append('.');
        }
        for (int i = 0; i < maxFrac; i++) {
            sb.append(i < f.getMinimumFractionDigits() ? '0' : '#');
        }
        if (f.useExponent()) {
            sb.append('E');
            for (int i = 0; i < f.minExponentDigits(); i++) {
                sb.append('0');
            }
        }
    }

    /**
     * An affix in pattern syntax: symbols as their pattern characters; each run of literal text
     * between them is quoted as a whole if it holds a pattern character (as the JDK writes it).
     */
    private static void appendAffix(StringBuilder sb, String affixPattern, String literal) {
        if (affixPattern == null) {
            appendLiteral(sb, literal);
            return;
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < affixPattern.length(); i++) {
            char c = affixPattern.charAt(i);
            if (c != '\'') {
                run.append(c);
                continue;
            }
            char n = affixPattern.charAt(++i);
            if (n == '\'') {
                run.append('\'');
                continue;
            }
            appendLiteral(sb, run.toString());
            run.setLength(0);
            sb.append(n);
            if (n == '\u00a4' && i + 1 < affixPattern.length() && affixPattern.charAt(i + 1) == '\u00a4') {
                sb.append(affixPattern.charAt(++i));
            }
        }
        appendLiteral(sb, run.toString());
    }

    private static void appendLiteral(StringBuilder sb, String text) {
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            quote |= "0,.%\u2030#;-\u00a4".indexOf(text.charAt(i)) >= 0;
        }
        if (quote) {
            sb.append('\'');
        }
        sb.append(text.replace("'", "''"));
        if (quote) {
            sb.append('\'');
        }
    }
}
