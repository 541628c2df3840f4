package java.text;

import java.util.Locale;

/**
 * The symbols DecimalFormat uses, with the JDK's (CLDR) values for the root locale, en and en_US:
 * they differ only in the currency ("¤"/"XXX" except en_US's "$"/"USD"). Currency objects are not
 * provided.
 */
public class DecimalFormatSymbols implements Cloneable, java.io.Serializable {
    private char zeroDigit = '0';
    private char groupingSeparator = ',';
    private char decimalSeparator = '.';
    private char perMill = '\u2030';
    private char percent = '%';
    private char digit = '#';
    private char patternSeparator = ';';
    private String infinity = "\u221e";
    private String naN = "NaN";
    private char minusSign = '-';
    private String currencySymbol;
    private String intlCurrencySymbol;
    private char monetarySeparator = '.';
    private String exponentSeparator = "E";
    private final Locale locale;

    public DecimalFormatSymbols() {
        this(Locale.getDefault());
    }

    public DecimalFormatSymbols(Locale locale) {
        this.locale = TextLocales.check(locale);
        boolean us = TextLocales.isUS(locale);
        currencySymbol = us ? "$" : "\u00a4";
        intlCurrencySymbol = us ? "USD" : "XXX";
    }

    public static final DecimalFormatSymbols getInstance() {
        return new DecimalFormatSymbols();
    }

    public static final DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols(locale);
    }

    Locale locale() {
        return locale;
    }

    public char getZeroDigit() { return zeroDigit; }
    public void setZeroDigit(char zeroDigit) { this.zeroDigit = zeroDigit; }
    public char getGroupingSeparator() { return groupingSeparator; }
    public void setGroupingSeparator(char c) { groupingSeparator = c; }
    public char getDecimalSeparator() { return decimalSeparator; }
    public void setDecimalSeparator(char c) { decimalSeparator = c; }
    public char getPerMill() { return perMill; }
    public void setPerMill(char c) { perMill = c; }
    public char getPercent() { return percent; }
    public void setPercent(char c) { percent = c; }
    public char getDigit() { return digit; }
    public void setDigit(char c) { digit = c; }
    public char getPatternSeparator() { return patternSeparator; }
    public void setPatternSeparator(char c) { patternSeparator = c; }
    public String getInfinity() { return infinity; }
    public void setInfinity(String s) { infinity = s; }
    public String getNaN() { return naN; }
    public void setNaN(String s) { naN = s; }
    public char getMinusSign() { return minusSign; }
    public void setMinusSign(char c) { minusSign = c; }
    public String getCurrencySymbol() { return currencySymbol; }
    public void setCurrencySymbol(String s) { currencySymbol = s; }
    public String getInternationalCurrencySymbol() { return intlCurrencySymbol; }
    public void setInternationalCurrencySymbol(String s) { intlCurrencySymbol = s; }
    public char getMonetaryDecimalSeparator() { return monetarySeparator; }
    public void setMonetaryDecimalSeparator(char c) { monetarySeparator = c; }
    public String getExponentSeparator() { return exponentSeparator; }
    public void setExponentSeparator(String s) { exponentSeparator = s; }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public boolean equals(Object obj) {
        return obj instanceof DecimalFormatSymbols o && zeroDigit == o.zeroDigit && groupingSeparator == o.groupingSeparator
                && decimalSeparator == o.decimalSeparator && perMill == o.perMill && percent == o.percent
                && digit == o.digit && patternSeparator == o.patternSeparator && infinity.equals(o.infinity)
                && naN.equals(o.naN) && minusSign == o.minusSign && currencySymbol.equals(o.currencySymbol)
                && intlCurrencySymbol.equals(o.intlCurrencySymbol) && monetarySeparator == o.monetarySeparator
                && exponentSeparator.equals(o.exponentSeparator) && locale.equals(o.locale);
    }

    public int hashCode() {
        return (zeroDigit * 37 + groupingSeparator) * 37 + decimalSeparator;
    }
}
