package java.math;

import java.util.Arrays;

/**
 * Unsigned magnitude arithmetic for BigInteger on little-endian int arrays: word 0 is the least
 * significant 32 bits. Inputs are never modified; results are "trimmed" (no zero high words, so
 * zero is the empty array and arrays of equal value are equal element by element).
 * Division is Knuth's Algorithm D (TAOCP vol. 2, 4.3.1); multiplication is schoolbook below
 * KARATSUBA_THRESHOLD words and Karatsuba above it.
 */
final class Mag {
    private Mag() {}

    static final long M = 0xFFFFFFFFL;
    static final int[] ZERO = new int[0];
    /** Both factors need at least this many words before Karatsuba beats schoolbook. */
    static final int KARATSUBA_THRESHOLD = 40;

    static int[] trim(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) n--;
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    static int[] ofLong(long v) {
        int lo = (int) v, hi = (int) (v >>> 32);
        if (hi != 0) return new int[] {lo, hi};
        return lo != 0 ? new int[] {lo} : ZERO;
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) return Integer.compareUnsigned(a[i], b[i]);
        }
        return 0;
    }

    static int bitLength(int[] a) {
        int n = a.length;
        return n == 0 ? 0 : 32 * n - Integer.numberOfLeadingZeros(a[n - 1]);
    }

    static int bitCount(int[] a) {
        int c = 0;
        for (int w : a) c += Integer.bitCount(w);
        return c;
    }

    static int lowestSetBit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) return 32 * i + Integer.numberOfTrailingZeros(a[i]);
        }
        return -1;
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) { int[] t = a; a = b; b = t; }
        int[] r = new int[a.length + 1];
        long c = 0;
        for (int i = 0; i < a.length; i++) {
            c += (a[i] & M) + (i < b.length ? b[i] & M : 0);
            r[i] = (int) c;
            c >>>= 32;
        }
        r[a.length] = (int) c;
        return trim(r);
    }

    /** a - b, requires a >= b. */
    static int[] sub(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long t = (a[i] & M) - (i < b.length ? b[i] & M : 0) - borrow;
            r[i] = (int) t;
            borrow = (t >> 32) & 1;
        }
        return trim(r);
    }

    static int[] mul(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return ZERO;
        if (Math.min(a.length, b.length) < KARATSUBA_THRESHOLD) return schoolbook(a, b);
        return karatsuba(a, b);
    }

    private static int[] schoolbook(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long ai = a[i] & M, c = 0;
            if (ai == 0) continue;
            for (int j = 0; j < b.length; j++) {
                c += ai * (b[j] & M) + (r[i + j] & M);
                r[i + j] = (int) c;
                c >>>= 32;
            }
            r[i + b.length] = (int) c;
        }
        return trim(r);
    }

    /** (a1*B^h + a0)(b1*B^h + b0) = z2*B^2h + ((a0+a1)(b0+b1) - z2 - z0)*B^h + z0. */
    private static int[] karatsuba(int[] a, int[] b) {
        int h = (Math.max(a.length, b.length) + 1) / 2;
        int[] a0 = low(a, h), a1 = high(a, h), b0 = low(b, h), b1 = high(b, h);
        int[] z0 = mul(a0, b0), z2 = mul(a1, b1);
        int[] z1 = sub(sub(mul(add(a0, a1), add(b0, b1)), z2), z0);
        int[] r = new int[a.length + b.length + 1];
        addInto(r, z0, 0);
        addInto(r, z1, h);
        addInto(r, z2, 2 * h);
        return trim(r);
    }

    private static int[] low(int[] a, int h) { return trim(Arrays.copyOf(a, Math.min(h, a.length))); }

    private static int[] high(int[] a, int h) {
        return a.length <= h ? ZERO : Arrays.copyOfRange(a, h, a.length);
    }

    /** r += x * B^off; r must be long enough to absorb the carry. */
    private static void addInto(int[] r, int[] x, int off) {
        long c = 0;
        int i = 0;
        for (; i < x.length; i++) {
            c += (r[off + i] & M) + (x[i] & M);
            r[off + i] = (int) c;
            c >>>= 32;
        }
        for (int k = off + i; c != 0; k++) {
            c += r[k] & M;
            r[k] = (int) c;
            c >>>= 32;
        }
    }

    /** a * m + add, m and add unsigned. */
    static int[] mulAdd(int[] a, int m, int add) {
        int[] r = new int[a.length + 1];
        long c = add & M, mm = m & M;
        for (int i = 0; i < a.length; i++) {
            c += (a[i] & M) * mm;
            r[i] = (int) c;
            c >>>= 32;
        }
        r[a.length] = (int) c;
        return trim(r);
    }

    /** q = a / d (q as long as a), returns the remainder; d is unsigned and non-zero. */
    static int divSmall(int[] q, int[] a, int d) { return divSmall(q, a, a.length, d); }

    /** q[0..len) = a[0..len) / d, returns the remainder; q may be a (in place). */
    static int divSmall(int[] q, int[] a, int len, int d) {
        long dd = d & M, r = 0;
        for (int i = len - 1; i >= 0; i--) {
            long cur = (r << 32) | (a[i] & M);
            long qi = Long.divideUnsigned(cur, dd);
            r = cur - qi * dd;
            q[i] = (int) qi;
        }
        return (int) r;
    }

    /** {quotient, remainder} of u / v, v non-zero. */
    static int[][] divmod(int[] u, int[] v) {
        if (compare(u, v) < 0) return new int[][] {ZERO, u};
        if (v.length == 1) {
            int[] q = new int[u.length];
            int r = divSmall(q, u, v[0]);
            return new int[][] {trim(q), r == 0 ? ZERO : new int[] {r}};
        }
        int n = v.length, m = u.length - n;
        int s = Integer.numberOfLeadingZeros(v[n - 1]);
        // D1: normalise so the divisor's top bit is set; then the quotient estimate is off by <= 2.
        int[] vn = shiftBitsLeft(v, s, n);
        int[] un = shiftBitsLeft(u, s, u.length + 1);
        int[] q = new int[m + 1];
        long vTop = vn[n - 1] & M, vNext = vn[n - 2] & M, base = 1L << 32;
        for (int j = m; j >= 0; j--) {
            // D3: estimate qhat from the top two words and refine with the third.
            long num = ((un[j + n] & M) << 32) | (un[j + n - 1] & M);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = num - qhat * vTop;
            while (qhat >= base
                    || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & M)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat >= base) break;
            }
            // D4: multiply and subtract.
            long carry = 0, borrow = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (vn[i] & M) + carry;
                carry = p >>> 32;
                long t = (un[i + j] & M) - (p & M) - borrow;
                un[i + j] = (int) t;
                borrow = (t >> 32) & 1;
            }
            long t = (un[j + n] & M) - carry - borrow;
            un[j + n] = (int) t;
            if (t < 0) { // D6: estimate was one too large; add the divisor back.
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    c += (un[i + j] & M) + (vn[i] & M);
                    un[i + j] = (int) c;
                    c >>>= 32;
                }
                un[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = s == 0 ? un[i] : (un[i] >>> s) | (un[i + 1] << (32 - s));
        }
        return new int[][] {trim(q), trim(r)};
    }

    /** a shifted left by s (0..31) bits into a new array of length len. */
    private static int[] shiftBitsLeft(int[] a, int s, int len) {
        int[] r = new int[len];
        for (int i = 0; i < a.length; i++) {
            r[i] |= a[i] << s;
            if (s != 0 && i + 1 < len) r[i + 1] = a[i] >>> (32 - s);
        }
        return r;
    }

    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0) return a;
        int words = n >>> 5, bits = n & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            r[i + words] |= a[i] << bits;
            if (bits != 0) r[i + words + 1] = a[i] >>> (32 - bits);
        }
        return trim(r);
    }

    static int[] shiftRight(int[] a, int n) {
        int words = n >>> 5, bits = n & 31;
        if (words >= a.length) return ZERO;
        int[] r = new int[a.length - words];
        for (int i = 0; i < r.length; i++) {
            int lo = a[i + words] >>> bits;
            if (bits != 0 && i + words + 1 < a.length) lo |= a[i + words + 1] << (32 - bits);
            r[i] = lo;
        }
        return trim(r);
    }

    /** 2^n as a double, for -1022 <= n <= 1023. */
    static double pow2(int n) { return Double.longBitsToDouble((long) (n + 1023) << 52); }

    /** True if any of the low n bits of a is set. */
    static boolean anyLowBits(int[] a, int n) {
        int words = n >>> 5;
        for (int i = 0; i < words && i < a.length; i++) if (a[i] != 0) return true;
        int bits = n & 31;
        return bits != 0 && words < a.length && (a[words] << (32 - bits)) != 0;
    }
}
