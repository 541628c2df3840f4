package java.text;

import java.math.BigDecimal;

/**
 * DecimalFormat.parse, lenient as the JDK's default: NaN, a prefix (the longer of the positive and
 * negative ones that match), infinity or digits with grouping separators anywhere before the point
 * and an optional exponent, then the matching suffix. The result is a Long when the value is an
 * integer that fits (not -0), else a Double (or a BigDecimal with setParseBigDecimal).
 */
final class DecimalParse {
    private DecimalParse() {}

    /** Digits of the number read: value = 0.digits x 10^decimalAt. */
    private static final class Digits {
        final StringBuilder digits = new StringBuilder();
        int decimalAt;
        boolean infinite;
        boolean positive;
        /** Index of the decimal separator (where integer-only parsing ends), or -1. */
        int intIndex = -1;

        boolean isZero() {
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != '0') {
                    return false;
                }
            }
            return true;
        }

        /** Does the value fit a long (as the JDK decides: integral, at most 19 digits, in range)? */
        boolean fitsIntoLong(boolean ignoreNegativeZero) {
            int count = digits.length();
            while (count > 0 && digits.charAt(count - 1) == '0') {
                count--;
            }
            if (count == 0) {
                return positive || ignoreNegativeZero;
            }
            if (decimalAt < count || decimalAt > 19) {
                return false;
            }
            if (decimalAt < 19) {
                return true;
            }
            String limit = "9223372036854775808";
            for (int i = 0; i < count; i++) {
                char dig = digits.charAt(i);
                char max = limit.charAt(i);
                if (dig != max) {
                    return dig < max;
                }
            }
            return count < decimalAt || !positive;
        }

        long getLong() {
            if (digits.length() == 0) {
                return 0;
            }
            StringBuilder sb = new StringBuilder(digits);
            while (sb.length() < decimalAt) {
                sb.append('0');
            }
            // Long.MIN_VALUE's magnitude parses through the negative form.
            return -Long.parseLong("-" + sb.substring(0, decimalAt));
        }

        double getDouble() {
            return digits.length() == 0 ? 0.0 : Double.parseDouble("." + digits + "E" + decimalAt);
        }

        BigDecimal getBigDecimal() {
            return digits.length() == 0 ? BigDecimal.ZERO
                    : new BigDecimal(digits.toString()).scaleByPowerOfTen(decimalAt - digits.length());
        }
    }

    static Number parse(DecimalFormat f, String text, ParsePosition pos) {
        DecimalFormatSymbols sy = f.symbols();
        if (text.startsWith(sy.getNaN(), pos.index)) {
            pos.index += sy.getNaN().length();
            return Double.NaN;
        }
        Digits d = new Digits();
        if (!subparse(f, text, pos, f.affix(false, true), f.affix(true, true), d, false)) {
            return null;
        }
        int multiplier = f.getMultiplier();
        if (d.infinite) {
            return d.positive == (multiplier >= 0) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (multiplier == 0) {
            return d.isZero() ? Double.NaN : d.positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (f.isParseBigDecimal()) {
            BigDecimal result = d.getBigDecimal();
            if (multiplier != 1) {
                BigDecimal m = BigDecimal.valueOf(multiplier);
                try {
                    result = result.divide(m);
                } catch (ArithmeticException nonTerminating) {
                    result = result.divide(m, f.getRoundingMode());
                }
            }
            return d.positive ? result : result.negate();
        }
        boolean gotDouble = true;
        boolean gotLongMinimum = false;
        double doubleResult = 0.0;
        long longResult = 0;
        if (d.fitsIntoLong(f.isParseIntegerOnly())) {
            gotDouble = false;
            longResult = d.getLong();
            gotLongMinimum = longResult < 0;
        } else {
            doubleResult = d.getDouble();
        }
        if (multiplier != 1) {
            if (gotDouble) {
                doubleResult /= multiplier;
            } else if (longResult % multiplier == 0) {
                longResult /= multiplier;
            } else {
                doubleResult = ((double) longResult) / multiplier;
                gotDouble = true;
            }
        }
        if (!d.positive && !gotLongMinimum) {
            doubleResult = -doubleResult;
            longResult = -longResult;
        }
        if (multiplier != 1 && gotDouble) {
            // A quotient that is integral comes back as a Long (but -0.0 stays a Double).
            longResult = (long) doubleResult;
            gotDouble = (doubleResult != (double) longResult || (doubleResult == 0.0 && 1 / doubleResult < 0.0))
                    && !f.isParseIntegerOnly();
        }
        return gotDouble ? (Number) doubleResult : (Number) longResult;
    }

    /** Prefix, number, suffix (no suffix for an exponent). Sets pos.index, or pos.errorIndex on failure. */
    private static boolean subparse(DecimalFormat f, String text, ParsePosition pos, String posPrefix,
            String negPrefix, Digits d, boolean isExponent) {
        int position = pos.index;
        int oldStart = pos.index;
        boolean gotPositive = text.startsWith(posPrefix, position);
        boolean gotNegative = text.startsWith(negPrefix, position);
        if (gotPositive && gotNegative) {
            if (posPrefix.length() > negPrefix.length()) {
                gotNegative = false;
            } else if (posPrefix.length() < negPrefix.length()) {
                gotPositive = false;
            }
        }
        if (gotPositive) {
            position += posPrefix.length();
        } else if (gotNegative) {
            position += negPrefix.length();
        } else {
            pos.errorIndex = position;
            return false;
        }
        position = number(f, text, position, d, isExponent);
        if (position == -1) {
            pos.index = oldStart;
            pos.errorIndex = oldStart;
            return false;
        }
        if (!isExponent) {
            String posSuffix = f.affix(false, false);
            String negSuffix = f.affix(true, false);
            gotPositive = gotPositive && text.startsWith(posSuffix, position);
            gotNegative = gotNegative && text.startsWith(negSuffix, position);
            if (gotPositive && gotNegative) {
                if (posSuffix.length() > negSuffix.length()) {
                    gotNegative = false;
                } else if (posSuffix.length() < negSuffix.length()) {
                    gotPositive = false;
                }
            }
            if (gotPositive == gotNegative) {
                pos.errorIndex = position;
                return false;
            }
            if (f.isParseIntegerOnly() && d.intIndex != -1) {
                pos.index = d.intIndex;
            } else {
                pos.index = position + (gotPositive ? posSuffix.length() : negSuffix.length());
            }
        } else {
            pos.index = position;
        }
        d.positive = gotPositive;
        if (pos.index == oldStart) {
            pos.errorIndex = position;
            return false;
        }
        return true;
    }

    /** Reads infinity or digits from position into d; returns the index after them, or -1 if there were none. */
    private static int number(DecimalFormat f, String text, int position, Digits d, boolean isExponent) {
        DecimalFormatSymbols sy = f.symbols();
        if (!isExponent && text.startsWith(sy.getInfinity(), position)) {
            d.infinite = true;
            return position + sy.getInfinity().length();
        }
        char zero = sy.getZeroDigit();
        char decimal = f.isCurrencyFormat() ? sy.getMonetaryDecimalSeparator() : sy.getDecimalSeparator();
        char grouping = sy.getGroupingSeparator();
        String exponentString = sy.getExponentSeparator();
        boolean integerOnly = f.isParseIntegerOnly();
        boolean sawDecimal = false;
        boolean sawDigit = false;
        long exponent = 0;
        int digitCount = 0;
        int startPos = position;
        int backup = -1; // a grouping separator not (yet) followed by a digit is not part of the number
        for (; position < text.length(); position++) {
            char ch = text.charAt(position);
            int digit = ch - zero;
            if (digit < 0 || digit > 9) {
                digit = Character.digit(ch, 10);
            }
            if (digit == 0) {
                backup = -1;
                sawDigit = true;
                if (d.digits.length() == 0) {
                    // Leading zeros only move the point.
                    if (sawDecimal) {
                        d.decimalAt--;
                    }
                    continue;
                }
                digitCount++;
                if (!sawDecimal || !integerOnly) {
                    d.digits.append('0');
                }
            } else if (digit > 0 && digit <= 9) {
                sawDigit = true;
                digitCount++;
                if (!sawDecimal || !integerOnly) {
                    d.digits.append((char) ('0' + digit));
                }
                backup = -1;
            } else if (!isExponent && ch == decimal) {
                if (integerOnly && startPos == position) {
                    return -1;
                }
                if (sawDecimal) {
                    break;
                }
                d.intIndex = position;
                d.decimalAt = digitCount;
                sawDecimal = true;
            } else if (!isExponent && ch == grouping && f.isGroupingUsed()) {
                if (sawDecimal) {
                    break;
                }
                backup = position;
            } else if (!isExponent && text.startsWith(exponentString, position)) {
                ParsePosition ep = new ParsePosition(position + exponentString.length());
                Digits e = new Digits();
                if (subparse(f, text, ep, "", String.valueOf(sy.getMinusSign()), e, true)) {
                    if (e.fitsIntoLong(true)) {
                        exponent = e.getLong();
                        if (!e.positive) {
                            exponent = -exponent;
                        }
                    } else {
                        exponent = e.positive ? Long.MAX_VALUE : Long.MIN_VALUE;
                    }
                    position = ep.index;
                }
                break;
            } else {
                break;
            }
        }
        if (backup != -1) {
            position = backup;
        }
        if (!sawDecimal) {
            d.decimalAt = digitCount;
        }
        if (!sawDecimal || !integerOnly) {
            long shifted = d.decimalAt + Math.max(-(1L << 40), Math.min(1L << 40, exponent));
            d.decimalAt = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, shifted));
        }
        if (!sawDigit && digitCount == 0) {
            return -1;
        }
        return position;
    }
}
