package java.lang;

import kiln.rt.Classes;
import kiln.rt.DoubleToDecimal;
import kiln.rt.FloatingParser;

/**
 * The boxed double: constants, the JDK's shortest-repr toString (kiln.rt.DoubleToDecimal),
 * parsing (kiln.rt.FloatingParser), toHexString, bit conversions (raw ones are compiler
 * intrinsics), and the total order of compare/equals (-0.0 < 0.0, NaN equal to itself).
 */
public final class Double extends Number implements Comparable<Double> {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int SIZE = 64;
    public static final int PRECISION = 53;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Classes.componentType(new double[0].getClass());

    private final double value;

    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Double(String s) throws NumberFormatException {
        this.value = parseDouble(s);
    }

    public static String toString(double d) {
        return DoubleToDecimal.toString(d);
    }

    /** "0x1.8p1" style, as specified by the javadoc of Double.toHexString. */
    public static String toHexString(double d) {
        if (isNaN(d)) {
            return "NaN";
        }
        long bits = doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (isInfinite(d)) {
            return sign + "Infinity";
        }
        if (d == 0.0) {
            return sign + "0x0.0p0";
        }
        int exp = (int) (bits >>> 52) & 0x7FF;
        long significand = bits & 0xFFFFFFFFFFFFFL;
        String digits = hexDigits(significand, 13);
        if (exp == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        return sign + "0x1." + digits + "p" + (exp - 1023);
    }

    /** The n low hex digits of v, trailing zeros removed but at least one digit. */
    static String hexDigits(long v, int n) {
        char[] buf = new char[n];
        for (int i = n - 1; i >= 0; i--) {
            buf[i] = Integer.DIGITS[(int) v & 0xF];
            v >>>= 4;
        }
        int len = n;
        while (len > 1 && buf[len - 1] == '0') {
            len--;
        }
        return new String(buf, 0, len);
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static double parseDouble(String s) throws NumberFormatException {
        return FloatingParser.parseDouble(s);
    }

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    public String toString() {
        return toString(value);
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        return Long.hashCode(doubleToLongBits(value));
    }

    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    /** The bits of value, every NaN folded to the canonical 0x7ff8000000000000L. */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L;
        }
        return doubleToRawLongBits(value);
    }

    /** Compiler intrinsic. */
    public static native long doubleToRawLongBits(double value);

    /** Compiler intrinsic. */
    public static native double longBitsToDouble(long bits);

    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long b1 = doubleToLongBits(d1);
        long b2 = doubleToLongBits(d2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
