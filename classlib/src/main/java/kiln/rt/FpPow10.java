package kiln.rt;

/**
 * 126-bit approximations of powers of ten, shared by {@link DoubleToDecimal}, {@link FloatToDecimal}
 * and {@link FloatingParser}.
 *
 * <p>For every p in [P_MIN, P_MAX] the table holds g(p) = floor(10^p * 2^-r) + 1 with
 * r = flog2pow10(p) - 125, so that 2^125 <= g(p) < 2^126 and g(p) * 2^r is a slight over-estimate of
 * 10^p (this is the table of R. Giulietti, "The Schubfach way to render doubles", section 9). g is
 * stored as two 63-bit halves: g = hi * 2^63 + lo.
 *
 * <p>The table is computed exactly at class initialisation (a few thousand integer operations)
 * instead of being stored as constants, which keeps the image small: 10^p for p >= 0 is 5^p * 2^p, so
 * its leading bits are those of the exact integer 5^p; for p < 0 we keep A = floor(2^M / 5^m) (m = -p)
 * exactly and use floor(floor(x / a) / b) = floor(x / (a b)) to divide by 5 one step at a time.
 */
final class FpPow10 {
    /** Smallest exponent in the table (parsing needs 10^-342, the printer 10^-325). */
    static final int P_MIN = -345;
    /** Largest exponent in the table (the printer needs 10^324 ... parsing 10^309). */
    static final int P_MAX = 325;

    /** G[2 * (p - P_MIN)] = high 63 bits, G[2 * (p - P_MIN) + 1] = low 63 bits of g(p). */
    static final long[] G = new long[2 * (P_MAX - P_MIN + 1)];

    private static final long MASK63 = 0x7FFF_FFFF_FFFF_FFFFL;

    private FpPow10() {}

    static {
        // Positive exponents: exact 5^p, 5^325 < 2^755, so 24 ints suffice.
        int[] pow5 = new int[26];
        pow5[0] = 1;
        int len = 1;
        for (int p = 0; p <= P_MAX; p++) {
            if (p > 0) {
                len = mulSmall(pow5, len, 5);
            }
            store(p, pow5, len);
        }
        // Negative exponents: A = floor(2^M / 5^m). M must be large enough that A still has >= 126
        // bits for m = -P_MIN: 5^345 < 2^801, so M = 960 leaves more than 150 bits.
        int[] a = new int[31];
        a[30] = 1; // 2^960
        len = 31;
        for (int m = 1; m <= -P_MIN; m++) {
            len = divSmall(a, len, 5);
            store(-m, a, len);
        }
    }

    /** Stores top126(x) + 1 as the entry for 10^p. */
    private static void store(int p, int[] x, int len) {
        int bits = bitLength(x, len);
        long hi = getBits(x, bits - 63, 63);
        long lo = getBits(x, bits - 126, 63) + 1;
        if (lo < 0) { // carry out of the low 63 bits
            lo &= MASK63;
            hi++;
        }
        int i = 2 * (p - P_MIN);
        G[i] = hi;
        G[i + 1] = lo;
    }

    /** x[0..len) *= f (little-endian base 2^32); returns the new length. */
    private static int mulSmall(int[] x, int len, int f) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long t = (x[i] & 0xFFFF_FFFFL) * f + carry;
            x[i] = (int) t;
            carry = t >>> 32;
        }
        if (carry != 0) {
            x[len++] = (int) carry;
        }
        return len;
    }

    /** x[0..len) = floor(x / d); returns the new length. */
    private static int divSmall(int[] x, int len, int d) {
        long rem = 0;
        for (int i = len - 1; i >= 0; i--) {
            long cur = (rem << 32) | (x[i] & 0xFFFF_FFFFL);
            x[i] = (int) (cur / d);
            rem = cur % d;
        }
        while (len > 1 && x[len - 1] == 0) {
            len--;
        }
        return len;
    }

    private static int bitLength(int[] x, int len) {
        return 32 * len - Integer.numberOfLeadingZeros(x[len - 1]);
    }

    /** Bits [from, from + count) of x as a long (count <= 63); bits below 0 read as zero. */
    private static long getBits(int[] x, int from, int count) {
        long r = 0;
        for (int b = from + count - 1; b >= from; b--) {
            int bit = 0;
            if (b >= 0 && (b >>> 5) < x.length) {
                bit = (x[b >>> 5] >>> (b & 31)) & 1;
            }
            r = (r << 1) | bit;
        }
        return r;
    }

    // ---- integer logarithms, exact on the ranges stated (checked by kiln.tests.fp.FpTablesTest) ----

    /** floor(q * log10(2)) for |q| <= 2000. */
    static int flog10pow2(int q) {
        return (int) ((q * 661_971_961_083L) >> 41);
    }

    /** floor(log10(3/4 * 2^q)) for |q| <= 2000. */
    static int flog10threeQuartersPow2(int q) {
        return (int) ((q * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /** floor(p * log2(10)) for |p| <= 400. */
    static int flog2pow10(int p) {
        return (int) ((p * 913_124_641_741L) >> 38);
    }

    /** High 63 bits of g(p). */
    static long g1(int p) {
        return G[2 * (p - P_MIN)];
    }

    /** Low 63 bits of g(p). */
    static long g0(int p) {
        return G[2 * (p - P_MIN) + 1];
    }

    /** High 64 bits of the unsigned 128-bit product a * b (schoolbook on 32-bit halves). */
    static long umulHigh(long a, long b) {
        long a0 = a & 0xFFFF_FFFFL, a1 = a >>> 32;
        long b0 = b & 0xFFFF_FFFFL, b1 = b >>> 32;
        long p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
        long mid = (p00 >>> 32) + (p01 & 0xFFFF_FFFFL) + (p10 & 0xFFFF_FFFFL);
        return p11 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
    }
}
