package java.math;

import java.util.Random;

/**
 * Immutable arbitrary-precision integers (JDK 25 javadoc semantics), stored as a sign and a
 * little-endian magnitude (see {@link Mag}). Bitwise operations behave as on an infinite two's
 * complement representation. hashCode follows the JDK's documented-by-behaviour definition over the
 * big-endian int magnitude, so hash-ordered collections iterate as on HotSpot.
 * Omitted: the prime-generating constructor BigInteger(int, int, Random) and probablePrime (their
 * results depend on the JDK's internal search order).
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private final int signum;
    private final int[] mag;

    public static final BigInteger ZERO = new BigInteger(0, Mag.ZERO);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    private static final BigInteger NEG_ONE = valueOf(-1);

    /** Trusted constructor: mag must be trimmed and signum consistent with it. */
    BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    public BigInteger(String val) { this(val, 10); }

    public BigInteger(String val, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int len = val.length();
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        int sign = 1, cursor = 0;
        int minus = val.lastIndexOf('-'), plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) throw new NumberFormatException("Illegal embedded sign character");
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) throw new NumberFormatException("Illegal embedded sign character");
            cursor = 1;
        }
        if (cursor == len) throw new NumberFormatException("Zero length BigInteger");
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) cursor++;
        int[] m = Mag.ZERO;
        if (cursor < len) {
            // Digits are consumed in groups that fit an int, the first group taking the remainder;
            // an invalid digit is reported with its group, as the JDK does.
            int per = digitsPerInt(radix), groupPow = pow(radix, per);
            int first = (len - cursor) % per;
            if (first == 0) first = per;
            int end = cursor + first;
            while (cursor < len) {
                int g = parseGroup(val, cursor, end, radix);
                m = Mag.mulAdd(m, end - cursor == per ? groupPow : pow(radix, end - cursor), g);
                cursor = end;
                end = cursor + per;
            }
        }
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    private static int parseGroup(String s, int from, int to, int radix) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                throw new NumberFormatException("For input string: \"" + s.substring(from, to) + "\""
                        + (radix == 10 ? "" : " under radix " + radix));
            }
            v = v * radix + d;
        }
        return v;
    }

    /** Largest k with radix^k <= Integer.MAX_VALUE. */
    static int digitsPerInt(int radix) {
        int k = 0;
        long p = 1;
        while (p * radix <= Integer.MAX_VALUE) { p *= radix; k++; }
        return k;
    }

    private static int pow(int radix, int k) {
        int p = 1;
        for (int i = 0; i < k; i++) p *= radix;
        return p;
    }

    public BigInteger(byte[] val) { this(val, 0, val.length); }

    /** Two's complement big-endian bytes. */
    public BigInteger(byte[] val, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, val.length);
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        boolean neg = val[off] < 0;
        int[] w = new int[(len + 3) / 4];
        for (int i = 0; i < len; i++) {
            int b = neg ? ~val[off + len - 1 - i] & 0xFF : val[off + len - 1 - i] & 0xFF;
            w[i >>> 2] |= b << (8 * (i & 3));
        }
        int[] m = Mag.trim(w);
        if (neg) m = Mag.add(m, Mag.ofLong(1)); // value = -(~bits + 1)
        this.mag = m;
        this.signum = m.length == 0 ? 0 : (neg ? -1 : 1);
    }

    public BigInteger(int signum, byte[] magnitude) { this(signum, magnitude, 0, magnitude.length); }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
        java.util.Objects.checkFromIndexSize(off, len, magnitude.length);
        int[] w = new int[(len + 3) / 4];
        for (int i = 0; i < len; i++) {
            w[i >>> 2] |= (magnitude[off + len - 1 - i] & 0xFF) << (8 * (i & 3));
        }
        int[] m = Mag.trim(w);
        if (signum == 0 && m.length != 0) throw new NumberFormatException("signum-magnitude mismatch");
        this.mag = m;
        this.signum = m.length == 0 ? 0 : signum;
    }

    /** Uniform in [0, 2^numBits): ceil(numBits/8) bytes from rnd.nextBytes, big-endian, excess high bits cleared. */
    public BigInteger(int numBits, Random rnd) {
        if (numBits < 0) throw new IllegalArgumentException("numBits must be non-negative");
        int[] m = Mag.ZERO;
        if (numBits > 0) {
            byte[] b = new byte[(numBits + 7) / 8];
            rnd.nextBytes(b);
            int excess = 8 * b.length - numBits;
            b[0] &= (byte) ((1 << (8 - excess)) - 1);
            m = new BigInteger(1, b).mag;
        }
        this.mag = m;
        this.signum = m.length == 0 ? 0 : 1;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) return ZERO;
        return val > 0 ? new BigInteger(1, Mag.ofLong(val)) : new BigInteger(-1, Mag.ofLong(-val));
    }

    // ---- arithmetic ----

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) return this;
        if (signum == 0) return val;
        if (signum == val.signum) return new BigInteger(signum, Mag.add(mag, val.mag));
        int c = Mag.compare(mag, val.mag);
        if (c == 0) return ZERO;
        return c > 0 ? new BigInteger(signum, Mag.sub(mag, val.mag)) : new BigInteger(val.signum, Mag.sub(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) { return add(val.negate()); }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) return ZERO;
        return new BigInteger(signum * val.signum, Mag.mul(mag, val.mag));
    }

    public BigInteger parallelMultiply(BigInteger val) { return multiply(val); }

    public BigInteger divide(BigInteger val) { return divideAndRemainder(val)[0]; }

    public BigInteger remainder(BigInteger val) { return divideAndRemainder(val)[1]; }

    /** Truncating division: the quotient rounds toward zero, the remainder takes this's sign. */
    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0) throw new ArithmeticException("BigInteger divide by zero");
        int[][] qr = Mag.divmod(mag, val.mag);
        return new BigInteger[] {new BigInteger(signum * val.signum, qr[0]), new BigInteger(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) throw new ArithmeticException("Negative exponent");
        BigInteger result = ONE, base = this;
        while (exponent != 0) {
            if ((exponent & 1) != 0) result = result.multiply(base);
            exponent >>>= 1;
            if (exponent != 0) base = base.multiply(base);
        }
        return result;
    }

    /** floor(sqrt(this)) by Newton's iteration from an over-estimate (it decreases monotonically). */
    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger gcd(BigInteger val) {
        BigInteger a = abs(), b = val.abs();
        while (b.signum != 0) {
            BigInteger r = a.remainder(b);
            a = b;
            b = r;
        }
        return a;
    }

    public BigInteger abs() { return signum < 0 ? negate() : this; }

    public BigInteger negate() { return signum == 0 ? this : new BigInteger(-signum, mag); }

    public int signum() { return signum; }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        BigInteger base = this;
        if (exponent.signum < 0) {
            base = modInverse(m);
            exponent = exponent.negate();
        }
        base = base.mod(m);
        // Left-to-right binary exponentiation.
        BigInteger result = ONE;
        for (int i = exponent.bitLength() - 1; i >= 0; i--) {
            result = result.multiply(result).remainder(m);
            if (exponent.testBit(i)) result = result.multiply(base).remainder(m);
        }
        return result;
    }

    /** Extended Euclid on (this mod m, m). */
    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        BigInteger a = mod(m), b = m, x0 = ONE, x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger x2 = x0.subtract(qr[0].multiply(x1));
            a = b;
            b = qr[1];
            x0 = x1;
            x1 = x2;
        }
        if (!a.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }

    // ---- shifts and bits (infinite two's complement semantics) ----

    public BigInteger shiftLeft(int n) {
        if (signum == 0) return this;
        if (n >= 0) return new BigInteger(signum, Mag.shiftLeft(mag, n));
        return shiftRight(n == Integer.MIN_VALUE ? Integer.MAX_VALUE : -n);
    }

    /** Floor division by 2^n, so negative values round toward negative infinity. */
    public BigInteger shiftRight(int n) {
        if (signum == 0) return this;
        if (n < 0) return shiftLeft(-n);
        int[] r = Mag.shiftRight(mag, n);
        if (signum < 0 && Mag.anyLowBits(mag, n)) r = Mag.add(r, Mag.ofLong(1));
        return new BigInteger(signum, r);
    }

    /** Two's complement words, little-endian, of the given length (sign-extended). */
    private int[] twos(int len) {
        int[] r = new int[len];
        if (signum >= 0) {
            System.arraycopy(mag, 0, r, 0, Math.min(len, mag.length));
            return r;
        }
        long c = 1; // -x = ~x + 1
        for (int i = 0; i < len; i++) {
            c += ~(i < mag.length ? mag[i] : 0) & Mag.M;
            r[i] = (int) c;
            c >>>= 32;
        }
        return r;
    }

    private static BigInteger fromTwos(int[] w) {
        if (w.length == 0 || w[w.length - 1] >= 0) return new BigInteger(1, Mag.trim(w));
        int[] m = new int[w.length];
        long c = 1;
        for (int i = 0; i < w.length; i++) {
            c += ~w[i] & Mag.M;
            m[i] = (int) c;
            c >>>= 32;
        }
        return new BigInteger(-1, Mag.trim(m));
    }

    /** Words needed to hold both values in two's complement with a sign bit. */
    private int words(BigInteger o) { return Math.max(bitLength(), o.bitLength()) / 32 + 1; }

    public BigInteger and(BigInteger val) {
        int n = words(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] &= b[i];
        return fromTwos(a);
    }

    public BigInteger or(BigInteger val) {
        int n = words(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] |= b[i];
        return fromTwos(a);
    }

    public BigInteger xor(BigInteger val) {
        int n = words(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] ^= b[i];
        return fromTwos(a);
    }

    public BigInteger not() { return negate().subtract(ONE); }

    public BigInteger andNot(BigInteger val) {
        int n = words(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] &= ~b[i];
        return fromTwos(a);
    }

    private static void checkBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
    }

    public boolean testBit(int n) {
        checkBit(n);
        int w = n >>> 5;
        int[] t = twos(Math.max(w + 1, mag.length + 1));
        return (t[w] & (1 << (n & 31))) != 0;
    }

    private BigInteger withBit(int n, int op) {
        checkBit(n);
        int w = n >>> 5;
        int[] t = twos(Math.max(w + 2, mag.length + 1));
        int bit = 1 << (n & 31);
        if (op == 0) t[w] |= bit; else if (op == 1) t[w] &= ~bit; else t[w] ^= bit;
        return fromTwos(t);
    }

    public BigInteger setBit(int n) { return withBit(n, 0); }

    public BigInteger clearBit(int n) { return withBit(n, 1); }

    public BigInteger flipBit(int n) { return withBit(n, 2); }

    public int getLowestSetBit() { return Mag.lowestSetBit(mag); }

    /** Bits of the minimal two's complement representation, excluding the sign bit. */
    public int bitLength() {
        int n = Mag.bitLength(mag);
        if (signum < 0 && Mag.lowestSetBit(mag) == n - 1) n--; // -2^k needs one bit fewer
        return n;
    }

    /** Bits that differ from the sign bit: popcount(x) or, for negative x, popcount(|x| - 1). */
    public int bitCount() {
        int c = Mag.bitCount(mag);
        if (signum < 0) c += Mag.lowestSetBit(mag) - 1;
        return c;
    }

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) return true;
        return Primes.isProbablePrime(abs());
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        BigInteger c = add(ONE);
        if (c.compareTo(TWO) <= 0) return TWO;
        if (!c.testBit(0)) c = c.add(ONE);
        while (!Primes.isProbablePrime(c)) c = c.add(TWO);
        return c;
    }

    // ---- comparison ----

    public int compareTo(BigInteger val) {
        if (signum != val.signum) return signum < val.signum ? -1 : 1;
        int c = Mag.compare(mag, val.mag);
        return signum < 0 ? -c : c;
    }

    public boolean equals(Object x) {
        if (x == this) return true;
        if (!(x instanceof BigInteger b) || b.signum != signum) return false;
        return Mag.compare(mag, b.mag) == 0;
    }

    public BigInteger min(BigInteger val) { return compareTo(val) <= 0 ? this : val; }

    public BigInteger max(BigInteger val) { return compareTo(val) >= 0 ? this : val; }

    /** Over the big-endian magnitude words: h = 31*h + word (unsigned), then times the signum. */
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) h = (int) (31 * h + (mag[i] & Mag.M));
        return h * signum;
    }

    // ---- conversions ----

    public String toString() { return toString(10); }

    /** Peels off chunks of digitsPerInt(radix) digits with single-word divisions. */
    public String toString(int radix) {
        if (signum == 0) return "0";
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        int per = digitsPerInt(radix), chunk = pow(radix, per);
        StringBuilder sb = new StringBuilder();
        int[] q = mag.clone();
        int len = q.length;
        char[] buf = new char[per];
        while (len > 0) {
            int r = Mag.divSmall(q, q, len, chunk);
            while (len > 0 && q[len - 1] == 0) len--;
            for (int i = per - 1; i >= 0; i--) {
                buf[i] = Character.forDigit(r % radix, radix);
                r /= radix;
            }
            for (int i = per - 1; i >= 0; i--) sb.append(buf[i]);
        }
        int end = sb.length();
        while (end > 1 && sb.charAt(end - 1) == '0') end--;
        sb.setLength(end);
        if (signum < 0) sb.append('-');
        return sb.reverse().toString();
    }

    /** Minimal two's complement, big-endian: bitLength()/8 + 1 bytes. */
    public byte[] toByteArray() {
        int n = bitLength() / 8 + 1;
        int[] t = twos((n + 3) / 4);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[n - 1 - i] = (byte) (t[i >>> 2] >>> (8 * (i & 3)));
        return b;
    }

    public int intValue() { return (int) longValue(); }

    /** Low 64 bits of the two's complement representation. */
    public long longValue() {
        long lo = mag.length > 0 ? mag[0] & Mag.M : 0, hi = mag.length > 1 ? mag[1] & Mag.M : 0;
        long v = (hi << 32) | lo;
        return signum < 0 ? -v : v;
    }

    public float floatValue() {
        // double rounding is avoided: this rounds once to float from a value with sticky bit kept.
        int bl = Mag.bitLength(mag);
        if (bl <= 62) return (float) longValue();
        if (bl > 128) return signum < 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        int shift = bl - 62;
        long top = topBits(shift);
        float f = (float) top * (float) Mag.pow2(shift);
        return signum < 0 ? -f : f;
    }

    /**
     * Correctly rounded: the top 62 bits with a sticky bit OR-ed in round exactly like the full
     * value when converted to 53 bits; scaling by a power of two is then exact (or overflows).
     */
    public double doubleValue() {
        int bl = Mag.bitLength(mag);
        if (bl <= 62) return (double) longValue();
        if (bl > 1024) return signum < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        int shift = bl - 62;
        double d = (double) topBits(shift) * Mag.pow2(shift);
        return signum < 0 ? -d : d;
    }

    private long topBits(int shift) {
        int[] t = Mag.shiftRight(mag, shift);
        long v = ((t.length > 1 ? t[1] & Mag.M : 0) << 32) | (t[0] & Mag.M);
        return Mag.anyLowBits(mag, shift) ? v | 1 : v;
    }

    public long longValueExact() {
        if (bitLength() <= 63) return longValue();
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (bitLength() <= 31) return intValue();
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (bitLength() <= 15) return (short) intValue();
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (bitLength() <= 7) return (byte) intValue();
        throw new ArithmeticException("BigInteger out of byte range");
    }

    // package access for BigDecimal
    int[] mag() { return mag; }
}
