package kiln.rt;

/**
 * A minimal non-negative big integer for {@link FloatingParser}'s exact slow path: just enough to
 * compare D * 10^e with a binary midpoint (2m + 1) * 2^f exactly. Little-endian base-2^32 words.
 * Grows on demand; the largest numbers needed are about 5,500 bits (800 digits times 5^1124).
 */
final class FpBig {
    private int[] w;
    private int n; // words in use; w[n-1] != 0 unless the value is 0 (then n == 0)

    FpBig(long value, int capacityWords) {
        w = new int[Math.max(capacityWords, 2)];
        w[0] = (int) value;
        w[1] = (int) (value >>> 32);
        n = w[1] != 0 ? 2 : (w[0] != 0 ? 1 : 0);
    }

    /** The integer whose decimal digits (values 0..9, most significant first) are d[0..nd). */
    static FpBig ofDigits(byte[] d, int nd, int capacityWords) {
        FpBig b = new FpBig(0, capacityWords);
        int i = 0;
        while (i < nd) {
            int chunk = 0;
            int scale = 1;
            for (int j = 0; j < 9 && i < nd; j++, i++) {
                chunk = chunk * 10 + d[i];
                scale *= 10;
            }
            b.mulAdd(scale, chunk);
        }
        return b;
    }

    /** this = this * f + a, for 0 <= f, a < 2^31. */
    void mulAdd(int f, int a) {
        long carry = a;
        for (int i = 0; i < n; i++) {
            long t = (w[i] & 0xFFFF_FFFFL) * f + carry;
            w[i] = (int) t;
            carry = t >>> 32;
        }
        if (carry != 0) {
            ensure(n + 1);
            w[n++] = (int) carry;
        }
    }

    /** this *= 5^e (e >= 0), 13 factors of five at a time (5^13 < 2^31). */
    void mulPow5(int e) {
        while (e >= 13) {
            mulAdd(1_220_703_125, 0);
            e -= 13;
        }
        int f = 1;
        while (e-- > 0) {
            f *= 5;
        }
        mulAdd(f, 0);
    }

    /** this <<= bits (bits >= 0). */
    void shiftLeft(int bits) {
        if (n == 0 || bits == 0) {
            return;
        }
        int words = bits >>> 5;
        int r = bits & 31;
        ensure(n + words + 1);
        int newN = n + words + 1;
        w[newN - 1] = 0;
        for (int i = n - 1; i >= 0; i--) {
            int v = w[i];
            if (r != 0) {
                w[i + words + 1] |= v >>> (32 - r);
                w[i + words] = v << r;
            } else {
                w[i + words] = v;
            }
        }
        for (int i = 0; i < words; i++) {
            w[i] = 0;
        }
        n = newN;
        while (n > 0 && w[n - 1] == 0) {
            n--;
        }
    }

    /** Signum of this - o. */
    int compareTo(FpBig o) {
        if (n != o.n) {
            return n < o.n ? -1 : 1;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (w[i] != o.w[i]) {
                return (w[i] ^ 0x8000_0000) < (o.w[i] ^ 0x8000_0000) ? -1 : 1;
            }
        }
        return 0;
    }

    private void ensure(int words) {
        if (words > w.length) {
            int[] nw = new int[Math.max(words, 2 * w.length)];
            for (int i = 0; i < n; i++) {
                nw[i] = w[i];
            }
            w = nw;
        }
    }
}
