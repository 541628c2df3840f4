package kiln.rt;

/**
 * The shortest-decimal core shared by {@link DoubleToDecimal} and {@link FloatToDecimal}.
 *
 * <p>Specification (javadoc of Double.toString(double), JDK 19 and later): let R be the set of
 * decimals that round to v under IEEE 754 round-to-nearest-even, m the minimal length of a decimal in
 * R; T is the set of decimals in R of length m, or of length 1 or 2 when m = 1. The result is the
 * element of T closest to v, or the one whose least significant digit is even if there are two.
 *
 * <p>Algorithm: Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020/2021), written
 * from the paper. With v = c 2^q, everything is scaled by 4 so that the interval ends are integers
 * (cbl, cb, cbr times 2^(q-2)). k is chosen so that 10^k <= width(R); then s = floor(v / 10^k) and
 * s + 1 bracket v and at least one of them lies in R. The scaled quantities 4v/10^k etc. are computed
 * with a 126-bit over-estimate of 10^-k ({@link FpPow10}) and rounded to odd ("rop"), which keeps every
 * comparison against an even integer exact (paper, section 9; the truncation point of the sticky bit
 * is what the paper's proof requires).
 *
 * <p>Tiny subnormals (s < 10) are re-done one decade finer so that the two-digit candidates demanded by
 * the "m = 1" rule are considered (this is what makes Double.MIN_VALUE print as 4.9E-324, not 5E-324).
 */
final class FpShortest {
    private static final long MASK63 = 0x7FFF_FFFF_FFFF_FFFFL;

    private FpShortest() {}

    /**
     * Renders v = c * 2^q (v > 0) with the given sign.
     *
     * @param asymmetric true when c is the smallest significand of a normal binade other than the
     *                   first one, i.e. the gap to the next smaller value is half the gap above
     */
    static String render(boolean negative, long c, int q, boolean asymmetric) {
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (asymmetric) {
            cbl = cb - 1;
            k = FpPow10.flog10threeQuartersPow2(q);
        } else {
            cbl = cb - 2;
            k = FpPow10.flog10pow2(q);
        }
        // 1 when the interval R is open (c odd: a tie at an end point rounds away from v).
        long out = c & 1;
        for (;;) {
            int h = q + FpPow10.flog2pow10(-k) + 2;
            long g1 = FpPow10.g1(-k);
            long g0 = FpPow10.g0(-k);
            long vb = rop(g1, g0, cb << h);
            long vbl = rop(g1, g0, cbl << h);
            long vbr = rop(g1, g0, cbr << h);
            long s = vb >> 2;
            if (s < 10) {
                // Only tiny subnormals get here: look at the two-digit grid one decade finer.
                k--;
                continue;
            }
            if (s >= 100) {
                // At most one multiple of 10^(k+1) fits in R (its width is < 10^(k+1)); if one does
                // it is the unique shortest decimal.
                long sp10 = 10 * (s / 10);
                long tp10 = sp10 + 10;
                boolean upin = vbl + out <= sp10 << 2;
                boolean wpin = (tp10 << 2) + out <= vbr;
                if (upin != wpin) {
                    return format(negative, upin ? sp10 : tp10, k);
                }
            }
            long t = s + 1;
            boolean uin = vbl + out <= s << 2;
            boolean win = (t << 2) + out <= vbr;
            if (uin != win) {
                return format(negative, uin ? s : t, k);
            }
            // Both in R: the closer one, ties to even digit.
            long cmp = vb - ((s + t) << 1);
            boolean pickS = cmp < 0 || (cmp == 0 && (s & 1) == 0);
            return format(negative, pickS ? s : t, k);
        }
    }

    /**
     * Approximates g * cp / 2^127 (g = g1 2^63 + g0), rounded to odd at the integer position: the
     * result is floor(x) with its lowest bit forced to 1 when x is not an integer, where "integer" is
     * judged on the fraction bits down to 2^-63 only (the paper's round-to-odd "rop").
     */
    private static long rop(long g1, long g0, long cp) {
        long x1 = FpPow10.umulHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = FpPow10.umulHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (((z & MASK63) + MASK63) >>> 63);
    }

    /**
     * Formats f * 10^e (f > 0) the way Double.toString does: plain notation for 10^-3 <= |v| < 10^7,
     * computerized scientific notation otherwise, always at least one digit after the point.
     */
    static String format(boolean negative, long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        // Significant digits, most significant first (at most 18 for a double).
        char[] digits = new char[20];
        int n = 0;
        for (long x = f; x != 0; x /= 10) {
            n++;
        }
        int i = n;
        for (long x = f; x != 0; x /= 10) {
            digits[--i] = (char) ('0' + (int) (x % 10));
        }
        int sciExp = e + n - 1; // value = d.ddd * 10^sciExp
        char[] out = new char[32];
        int len = 0;
        if (negative) {
            out[len++] = '-';
        }
        if (sciExp >= 0 && sciExp < 7) {
            // 1 <= |v| < 10^7: integer part, '.', fraction.
            for (i = 0; i <= sciExp; i++) {
                out[len++] = i < n ? digits[i] : '0';
            }
            out[len++] = '.';
            if (n > sciExp + 1) {
                for (i = sciExp + 1; i < n; i++) {
                    out[len++] = digits[i];
                }
            } else {
                out[len++] = '0';
            }
        } else if (sciExp < 0 && sciExp >= -3) {
            // 10^-3 <= |v| < 1: "0.", zeros, digits.
            out[len++] = '0';
            out[len++] = '.';
            for (i = -1; i > sciExp; i--) {
                out[len++] = '0';
            }
            for (i = 0; i < n; i++) {
                out[len++] = digits[i];
            }
        } else {
            out[len++] = digits[0];
            out[len++] = '.';
            if (n > 1) {
                for (i = 1; i < n; i++) {
                    out[len++] = digits[i];
                }
            } else {
                out[len++] = '0';
            }
            out[len++] = 'E';
            int x = sciExp;
            if (x < 0) {
                out[len++] = '-';
                x = -x;
            }
            if (x >= 100) {
                out[len++] = (char) ('0' + x / 100);
            }
            if (x >= 10) {
                out[len++] = (char) ('0' + x / 10 % 10);
            }
            out[len++] = (char) ('0' + x % 10);
        }
        return new String(out, 0, len);
    }
}
