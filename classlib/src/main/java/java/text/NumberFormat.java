package java.text;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The base of number formats, with the JDK's factory methods for the root locale, en and en_US
 * (other locales: UnsupportedOperationException). Every instance is a DecimalFormat. Not
 * provided: compact number formats, Currency, attributed formatting, available-locale queries.
 */
public abstract class NumberFormat extends Format {
    public static final int INTEGER_FIELD = 0;
    public static final int FRACTION_FIELD = 1;

    private boolean groupingUsed = true;
    private boolean parseIntegerOnly;
    int maxIntDigits = Integer.MAX_VALUE;
    int minIntDigits = 1;
    int maxFracDigits = 3;
    int minFracDigits;

    protected NumberFormat() {
    }

    public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte
                || (number instanceof BigInteger b && b.bitLength() < 64)) {
            return format(((Number) number).longValue(), toAppendTo, pos);
        } else if (number instanceof Number n) {
            return format(n.doubleValue(), toAppendTo, pos);
        }
        throw new IllegalArgumentException("Cannot format given Object as a Number");
    }

    public final Object parseObject(String source, ParsePosition pos) {
        return parse(source, pos);
    }

    public final String format(double number) {
        return format(number, new StringBuffer(), new FieldPosition(0)).toString();
    }

    public final String format(long number) {
        return format(number, new StringBuffer(), new FieldPosition(0)).toString();
    }

    public abstract StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos);

    public abstract StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos);

    public abstract Number parse(String source, ParsePosition parsePosition);

    public Number parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Number result = parse(source, pos);
        if (pos.index == 0) {
            throw new ParseException("Unparseable number: \"" + source + "\"", pos.errorIndex);
        }
        return result;
    }

    public boolean isParseIntegerOnly() {
        return parseIntegerOnly;
    }

    public void setParseIntegerOnly(boolean value) {
        parseIntegerOnly = value;
    }

    public static final NumberFormat getInstance() {
        return getNumberInstance(Locale.getDefault());
    }

    public static NumberFormat getInstance(Locale inLocale) {
        return getNumberInstance(inLocale);
    }

    public static final NumberFormat getNumberInstance() {
        return getNumberInstance(Locale.getDefault());
    }

    public static NumberFormat getNumberInstance(Locale inLocale) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(inLocale));
    }

    /** "#,##0", rounding half-even to an integer, parsing stops at the decimal separator. */
    public static final NumberFormat getIntegerInstance() {
        return getIntegerInstance(Locale.getDefault());
    }

    public static NumberFormat getIntegerInstance(Locale inLocale) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(inLocale));
        f.setParseIntegerOnly(true);
        return f;
    }

    public static final NumberFormat getCurrencyInstance() {
        return getCurrencyInstance(Locale.getDefault());
    }

    /** "¤#,##0.00" (en, en_US) or "¤\u00a0#,##0.00" (root), as CLDR gives them to the JDK. */
    public static NumberFormat getCurrencyInstance(Locale inLocale) {
        String pattern = TextLocales.check(inLocale).getLanguage().isEmpty() ? "\u00a4\u00a0#,##0.00" : "\u00a4#,##0.00";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(inLocale));
    }

    public static final NumberFormat getPercentInstance() {
        return getPercentInstance(Locale.getDefault());
    }

    public static NumberFormat getPercentInstance(Locale inLocale) {
        return new DecimalFormat("#,##0%", DecimalFormatSymbols.getInstance(inLocale));
    }

    public int hashCode() {
        return maxIntDigits * 37 + maxFracDigits;
    }

    public boolean equals(Object obj) {
        return obj instanceof NumberFormat o && getClass() == o.getClass() && maxIntDigits == o.maxIntDigits
                && minIntDigits == o.minIntDigits && maxFracDigits == o.maxFracDigits
                && minFracDigits == o.minFracDigits && groupingUsed == o.groupingUsed
                && parseIntegerOnly == o.parseIntegerOnly;
    }

    public Object clone() {
        return super.clone();
    }

    public boolean isGroupingUsed() {
        return groupingUsed;
    }

    public void setGroupingUsed(boolean newValue) {
        groupingUsed = newValue;
    }

    public int getMaximumIntegerDigits() {
        return maxIntDigits;
    }

    public void setMaximumIntegerDigits(int newValue) {
        maxIntDigits = Math.max(0, newValue);
        if (minIntDigits > maxIntDigits) {
            minIntDigits = maxIntDigits;
        }
    }

    public int getMinimumIntegerDigits() {
        return minIntDigits;
    }

    public void setMinimumIntegerDigits(int newValue) {
        minIntDigits = Math.max(0, newValue);
        if (minIntDigits > maxIntDigits) {
            maxIntDigits = minIntDigits;
        }
    }

    public int getMaximumFractionDigits() {
        return maxFracDigits;
    }

    public void setMaximumFractionDigits(int newValue) {
        maxFracDigits = Math.max(0, newValue);
        if (maxFracDigits < minFracDigits) {
            minFracDigits = maxFracDigits;
        }
    }

    public int getMinimumFractionDigits() {
        return minFracDigits;
    }

    public void setMinimumFractionDigits(int newValue) {
        minFracDigits = Math.max(0, newValue);
        if (maxFracDigits < minFracDigits) {
            maxFracDigits = minFracDigits;
        }
    }

    public RoundingMode getRoundingMode() {
        throw new UnsupportedOperationException();
    }

    public void setRoundingMode(RoundingMode roundingMode) {
        throw new UnsupportedOperationException();
    }
}
