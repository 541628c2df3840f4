package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Patterned decimal formatting as the JDK does it: 0 # , . E % \u2030 \u00a4 ; and quoted text
 * (DecimalPattern reads patterns, DecimalDigits rounds, DecimalParse parses). Doubles round from
 * their exact binary value (HALF_EVEN unless setRoundingMode), BigDecimal and BigInteger exactly.
 * Not provided: localized patterns, Currency, strict parsing, attributed formatting, the
 * Format.Field forms of FieldPosition.
 */
public class DecimalFormat extends NumberFormat {
    private DecimalFormatSymbols symbols;
    private DecimalPattern pattern;
    /** Expanded affixes. */
    private String posPrefix, posSuffix, negPrefix, negSuffix;
    /** Affix patterns (DecimalPattern form), null once set literally. */
    private String posPrefixPattern, posSuffixPattern, negPrefixPattern, negSuffixPattern;
    private int multiplier = 1;
    private int groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown;
    private boolean parseBigDecimal;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    public DecimalFormat() {
        this("#,##0.###", DecimalFormatSymbols.getInstance(Locale.getDefault()));
    }

    public DecimalFormat(String pattern) {
        this(pattern, DecimalFormatSymbols.getInstance(Locale.getDefault()));
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern);
    }

    public void applyPattern(String pattern) {
        DecimalPattern p = DecimalPattern.parse(pattern);
        this.pattern = p;
        posPrefixPattern = p.posPrefix;
        posSuffixPattern = p.posSuffix;
        negPrefixPattern = p.negPrefix;
        negSuffixPattern = p.negSuffix;
        decimalSeparatorAlwaysShown = p.decimalAlwaysShown;
        if (!p.empty) {
            multiplier = p.multiplier;
            groupingSize = p.groupingSize;
            setGroupingUsed(p.groupingUsed);
        }
        minIntDigits = p.minInt;
        maxIntDigits = p.maxInt;
        minFracDigits = p.minFrac;
        maxFracDigits = p.maxFrac;
        expandAffixes();
    }

    public void applyLocalizedPattern(String pattern) {
        // With the supported (English and root) symbols the localized pattern characters are the standard ones.
        applyPattern(pattern);
    }

    private void expandAffixes() {
        if (posPrefixPattern != null) posPrefix = expand(posPrefixPattern);
        if (posSuffixPattern != null) posSuffix = expand(posSuffixPattern);
        if (negPrefixPattern != null) negPrefix = expand(negPrefixPattern);
        if (negSuffixPattern != null) negSuffix = expand(negSuffixPattern);
    }

    /** An affix in pattern form with the symbols substituted. */
    private String expand(String affix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < affix.length(); i++) {
            char c = affix.charAt(i);
            if (c != DecimalPattern.QUOTE) {
                sb.append(c);
                continue;
            }
            c = affix.charAt(++i);
            switch (c) {
                case '\u00a4' -> {
                    if (i + 1 < affix.length() && affix.charAt(i + 1) == '\u00a4') {
                        i++;
                        sb.append(symbols.getInternationalCurrencySymbol());
                    } else {
                        sb.append(symbols.getCurrencySymbol());
                    }
                }
                case '%' -> sb.append(symbols.getPercent());
                case '\u2030' -> sb.append(symbols.getPerMill());
                case '-' -> sb.append(symbols.getMinusSign());
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- formatting ----

    public final StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number instanceof BigDecimal bd) {
            return format(bd, toAppendTo, pos);
        } else if (number instanceof BigInteger bi && bi.bitLength() >= 64) {
            return formatExact(new BigDecimal(bi), true, toAppendTo, pos);
        }
        return super.format(number, toAppendTo, pos);
    }

    public StringBuffer format(double number, StringBuffer result, FieldPosition pos) {
        pos.setBeginIndex(0);
        pos.setEndIndex(0);
        if (Double.isNaN(number)) {
            int start = result.length();
            result.append(symbols.getNaN());
            if (pos.field == INTEGER_FIELD) {
                pos.setBeginIndex(start);
                pos.setEndIndex(result.length());
            }
            return result;
        }
        boolean negative = (number < 0.0 || (number == 0.0 && 1 / number < 0.0)) ^ (multiplier < 0);
        if (multiplier != 1) {
            number *= multiplier;
        }
        if (Double.isInfinite(number)) {
            result.append(negative ? negPrefix : posPrefix);
            int start = result.length();
            result.append(symbols.getInfinity());
            if (pos.field == INTEGER_FIELD) {
                pos.setBeginIndex(start);
                pos.setEndIndex(result.length());
            }
            return result.append(negative ? negSuffix : posSuffix);
        }
        double magnitude = Math.abs(number);
        int maxFrac = Math.min(maxFracDigits, 340);
        DecimalDigits digits = pattern.useExponent
                ? DecimalDigits.ofDouble(magnitude, maxIntDigits + maxFrac, false, mode(negative))
                : DecimalDigits.ofDouble(magnitude, maxFrac, true, mode(negative));
        return DecimalOutput.write(this, digits, negative, false, result, pos);
    }

    public StringBuffer format(long number, StringBuffer result, FieldPosition pos) {
        BigDecimal value = BigDecimal.valueOf(number);
        if (multiplier != 1) {
            value = value.multiply(BigDecimal.valueOf(multiplier));
        }
        return formatExact(value, true, result, pos);
    }

    private StringBuffer format(BigDecimal number, StringBuffer result, FieldPosition pos) {
        if (multiplier != 1) {
            number = number.multiply(BigDecimal.valueOf(multiplier));
        }
        return formatExact(number, false, result, pos);
    }

    private StringBuffer formatExact(BigDecimal value, boolean integer, StringBuffer result, FieldPosition pos) {
        pos.setBeginIndex(0);
        pos.setEndIndex(0);
        BigDecimal magnitude = value.abs();
        boolean negative = value.signum() < 0;
        DecimalDigits digits;
        if (integer) {
            digits = DecimalDigits.ofInteger(magnitude, pattern.useExponent ? maxIntDigits + maxFracDigits : 0, mode(negative));
        } else {
            digits = pattern.useExponent
                    ? DecimalDigits.ofBigDecimal(magnitude, maxIntDigits + maxFracDigits, false, mode(negative))
                    : DecimalDigits.ofBigDecimal(magnitude, maxFracDigits, true, mode(negative));
        }
        return DecimalOutput.write(this, digits, negative, integer, result, pos);
    }

    /** The rounding mode for the magnitude of a number of this sign (CEILING and FLOOR swap for negatives). */
    private RoundingMode mode(boolean negative) {
        if (negative && roundingMode == RoundingMode.CEILING) {
            return RoundingMode.FLOOR;
        } else if (negative && roundingMode == RoundingMode.FLOOR) {
            return RoundingMode.CEILING;
        }
        return roundingMode;
    }

    // ---- parsing ----

    public Number parse(String text, ParsePosition pos) {
        return DecimalParse.parse(this, text, pos);
    }

    // ---- state used by DecimalOutput and DecimalParse ----

    DecimalFormatSymbols symbols() {
        return symbols;
    }

    boolean useExponent() {
        return pattern.useExponent;
    }

    int minExponentDigits() {
        return pattern.minExponentDigits;
    }

    boolean isCurrencyFormat() {
        return pattern.currency;
    }

    String affix(boolean negative, boolean prefix) {
        return negative ? (prefix ? negPrefix : negSuffix) : (prefix ? posPrefix : posSuffix);
    }

    // ---- properties ----

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
        expandAffixes();
    }

    public String getPositivePrefix() { return posPrefix; }
    public void setPositivePrefix(String newValue) { posPrefix = newValue; posPrefixPattern = null; }
    public String getNegativePrefix() { return negPrefix; }
    public void setNegativePrefix(String newValue) { negPrefix = newValue; negPrefixPattern = null; }
    public String getPositiveSuffix() { return posSuffix; }
    public void setPositiveSuffix(String newValue) { posSuffix = newValue; posSuffixPattern = null; }
    public String getNegativeSuffix() { return negSuffix; }
    public void setNegativeSuffix(String newValue) { negSuffix = newValue; negSuffixPattern = null; }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    /** Grouping sizes outside 0..127 are refused as the JDK does. */
    public void setGroupingSize(int newValue) {
        if (newValue < 0 || newValue > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("newValue is out of valid range. value: " + newValue);
        }
        groupingSize = newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        this.roundingMode = roundingMode;
    }

    public String toPattern() {
        return DecimalOutput.toPattern(this, posPrefixPattern, posPrefix, posSuffixPattern, posSuffix,
                negPrefixPattern, negPrefix, negSuffixPattern, negSuffix);
    }

    public String toLocalizedPattern() {
        return toPattern();
    }

    public Object clone() {
        DecimalFormat copy = (DecimalFormat) super.clone();
        copy.symbols = (DecimalFormatSymbols) symbols.clone();
        return copy;
    }

    public boolean equals(Object obj) {
        return obj instanceof DecimalFormat o && super.equals(o) && posPrefix.equals(o.posPrefix)
                && posSuffix.equals(o.posSuffix) && negPrefix.equals(o.negPrefix) && negSuffix.equals(o.negSuffix)
                && multiplier == o.multiplier && groupingSize == o.groupingSize
                && decimalSeparatorAlwaysShown == o.decimalSeparatorAlwaysShown && parseBigDecimal == o.parseBigDecimal
                && pattern.useExponent == o.pattern.useExponent && pattern.minExponentDigits == o.pattern.minExponentDigits
                && roundingMode == o.roundingMode && symbols.equals(o.symbols);
    }

    public int hashCode() {
        return super.hashCode() * 37 + posPrefix.hashCode();
    }
}
