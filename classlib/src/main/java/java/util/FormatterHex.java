package java.util;

/**
 * The magnitude for Formatter's %a (hexadecimal floating point), as HotSpot prints it: without a
 * precision, or with one of 13 or more, the Double.toHexString form (subnormals as 0x0.xxx p-1022),
 * zero-filled to the precision; with a precision of 1 to 12 (0 counts as 1) the significand is
 * normalized (subnormals too) and rounded half-even to that many hex digits.
 */
final class FormatterHex {
    private FormatterHex() {}

    /** Formats |v| (finite, non-negative) as "0x" + digits; the caller adds sign and padding. */
    static String hex(double v, int precision) {
        long bits = Double.doubleToRawLongBits(v);
        int be = (int) (bits >>> 52) & 0x7FF;
        long frac = bits & ((1L << 52) - 1);
        if (be == 0 && frac == 0) {
            int digits = precision <= 0 ? 1 : precision;
            return "0x0." + "0".repeat(digits) + "p0";
        }
        if (precision == -1 || precision >= 13) {
            String d = hexDigits(frac, 13);
            if (precision == -1) {
                int end = d.length();
                while (end > 1 && d.charAt(end - 1) == '0') {
                    end--;
                }
                d = d.substring(0, end);
            } else {
                d = d + "0".repeat(precision - 13);
            }
            return (be == 0 ? "0x0." : "0x1.") + d + "p" + (be == 0 ? -1022 : be - 1023);
        }
        int prec = precision == 0 ? 1 : precision;
        long sig;
        int exp;
        if (be == 0) {
            sig = frac;
            exp = -1022;
            while (sig < (1L << 52)) {
                sig <<= 1;
                exp--;
            }
        } else {
            sig = frac | (1L << 52);
            exp = be - 1023;
        }
        int drop = 52 - 4 * prec;
        long keep = sig >>> drop;
        long rem = sig & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rem > half || (rem == half && (keep & 1) != 0)) {
            keep++;
            if (keep == 1L << (4 * prec + 1)) {
                keep >>>= 1;
                exp++;
            }
        }
        return "0x1." + hexDigits(keep & ((1L << (4 * prec)) - 1), prec) + "p" + exp;
    }

    /** The length of hex(...) with the fraction's trailing zeros removed (keeping one digit). */
    static int unpaddedLength(String mag) {
        int p = mag.indexOf('p');
        int end = p;
        while (end > 5 && mag.charAt(end - 1) == '0') {
            end--;
        }
        return mag.length() - (p - end);
    }

    /** The low n hex digits of x, with leading zeros. */
    private static String hexDigits(long x, int n) {
        char[] c = new char[n];
        for (int k = n - 1; k >= 0; k--) {
            c[k] = Character.forDigit((int) (x & 15), 16);
            x >>>= 4;
        }
        return new String(c);
    }
}
