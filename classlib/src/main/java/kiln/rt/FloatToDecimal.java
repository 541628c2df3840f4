package kiln.rt;

/**
 * Float.toString(float) for the Kiln class library: the shortest decimal that rounds to the float
 * value (closest if several), rendered as specified by the Java SE 19+ javadoc of Float.toString.
 * Uses the same core as doubles ({@link FpShortest}); only the rounding interval, which is that of the
 * float format, differs.
 */
public final class FloatToDecimal {
    private FloatToDecimal() {}

    public static String toString(float v) {
        int bits = Float.floatToRawIntBits(v);
        boolean negative = bits < 0;
        int be = (bits >>> 23) & 0xFF;   // biased exponent
        int t = bits & 0x007F_FFFF;      // trailing significand
        if (be == 0xFF) {
            if (t != 0) {
                return "NaN";
            }
            return negative ? "-Infinity" : "Infinity";
        }
        if (be == 0) {
            if (t == 0) {
                return negative ? "-0.0" : "0.0";
            }
            return FpShortest.render(negative, t, -149, false);
        }
        long c = t | (1L << 23);
        int q = be - 150;
        if (q <= 0 && q > -24) {
            long f = c >> -q;
            if (f << -q == c) {
                return FpShortest.format(negative, f, 0);
            }
        }
        return FpShortest.render(negative, c, q, t == 0 && be > 1);
    }
}
