package kiln.rt;

/**
 * Double.toString(double) for the Kiln class library: the shortest decimal that rounds to the value
 * (closest to it if several), rendered as specified by the Java SE 19+ javadoc of
 * Double.toString(double). The algorithm lives in {@link FpShortest}.
 */
public final class DoubleToDecimal {
    private DoubleToDecimal() {}

    public static String toString(double v) {
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        int be = (int) (bits >>> 52) & 0x7FF;   // biased exponent
        long t = bits & 0x000F_FFFF_FFFF_FFFFL;  // trailing significand
        if (be == 0x7FF) {
            if (t != 0) {
                return "NaN";
            }
            return negative ? "-Infinity" : "Infinity";
        }
        if (be == 0) {
            if (t == 0) {
                return negative ? "-0.0" : "0.0";
            }
            // Subnormal: v = t * 2^-1074.
            return FpShortest.render(negative, t, -1074, false);
        }
        long c = t | (1L << 52);
        int q = be - 1075;
        // Integers below 2^53 are their own shortest decimal (R holds no other decimal that short).
        if (q <= 0 && q > -53) {
            long f = c >> -q;
            if (f << -q == c) {
                return FpShortest.format(negative, f, 0);
            }
        }
        return FpShortest.render(negative, c, q, t == 0 && be > 1);
    }
}
