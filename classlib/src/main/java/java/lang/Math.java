package java.lang;

/**
 * Exact arithmetic helpers and the IEEE 754 operations that need no approximation: abs, min/max
 * (NaN and -0.0 rules), floor/ceil/rint/round (bit manipulation, exactly per the javadoc),
 * floorDiv/floorMod/ceilDiv/ceilMod, the *Exact family, clamp, signum, copySign, getExponent,
 * ulp, nextUp/nextDown/nextAfter, scalb, multiplyHigh, random (a lazily created java.util.Random).
 * sqrt is a compiler intrinsic.
 * The transcendental functions delegate to StrictMath (fdlibm results). HotSpot agrees bit for
 * bit for asin, acos, atan, atan2, expm1, log1p, sinh, cosh, hypot; for sin, cos, tan, exp, log,
 * log10, pow, tanh and cbrt HotSpot on x86-64 uses its own intrinsic stubs, which differ from
 * StrictMath in the last bit for a few percent of arguments (the javadoc allows 1 ulp) - see
 * docs/classlib.md. Not provided yet: fma, IEEEremainder.
 */
public final class Math {
    private static java.util.Random randomGenerator;

    public static double random() {
        if (randomGenerator == null) {
            randomGenerator = new java.util.Random();
        }
        return randomGenerator.nextDouble();
    }

    private Math() {}

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    private static final long SIGN_BIT = 0x8000000000000000L;
    private static final long SIGNIFICAND = 0x000FFFFFFFFFFFFFL;

    /** Compiler intrinsic (IEEE 754 correctly rounded square root). */
    public static native double sqrt(double a);

    public static double sin(double a) { return StrictMath.sin(a); }
    public static double cos(double a) { return StrictMath.cos(a); }
    public static double tan(double a) { return StrictMath.tan(a); }
    public static double pow(double a, double b) { return StrictMath.pow(a, b); }
    public static double exp(double a) { return StrictMath.exp(a); }
    public static double log(double a) { return StrictMath.log(a); }
    public static double log10(double a) { return StrictMath.log10(a); }
    public static double expm1(double x) { return StrictMath.expm1(x); }
    public static double log1p(double x) { return StrictMath.log1p(x); }
    public static double sinh(double x) { return StrictMath.sinh(x); }
    public static double cosh(double x) { return StrictMath.cosh(x); }
    public static double tanh(double x) { return StrictMath.tanh(x); }
    public static double asin(double a) { return StrictMath.asin(a); }
    public static double acos(double a) { return StrictMath.acos(a); }
    public static double atan(double a) { return StrictMath.atan(a); }
    public static double atan2(double y, double x) { return StrictMath.atan2(y, x); }
    public static double hypot(double x, double y) { return StrictMath.hypot(x, y); }
    public static double cbrt(double a) { return StrictMath.cbrt(a); }

    // ---- abs / min / max ----

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~SIGN_BIT);
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** NaN if either is NaN; 0.0 is greater than -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) < 0) {
            return b;
        }
        return a >= b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) < 0) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** NaN if either is NaN; -0.0 is less than 0.0. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) < 0) {
            return b;
        }
        return a <= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) < 0) {
            return b;
        }
        return a <= b ? a : b;
    }

    // ---- rounding ----

    /** Largest integral value <= a: clears the fraction bits, rounding negatives away from zero. */
    public static double floor(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exp = (int) ((bits >>> 52) & 0x7FF) - 1023;
        if (exp < 0) {
            // |a| < 1 (or zero / subnormal)
            if (a == 0.0 || a > 0.0) {
                return a > 0.0 ? 0.0 : a;
            }
            return -1.0;
        }
        if (exp >= 52) {
            return a; // already integral, infinite or NaN (returned unchanged, as the javadoc says)
        }
        long fraction = SIGNIFICAND >> exp;
        if ((bits & fraction) == 0) {
            return a;
        }
        if (bits < 0) {
            bits += fraction; // carries into the integer part (and exponent) for negatives
        }
        return Double.longBitsToDouble(bits & ~fraction);
    }

    public static double ceil(double a) {
        return -floor(-a);
    }

    /** The nearest integral value, ties to even; keeps the sign of zero. */
    public static double rint(double a) {
        if (a != a) {
            return a; // unchanged, as the javadoc says (HotSpot's JIT and interpreter differ on NaN bits)
        }
        double twoToThe52 = 4503599627370496.0;
        double sign = Double.doubleToRawLongBits(a) < 0 ? -1.0 : 1.0;
        double m = abs(a);
        if (m < twoToThe52) {
            m = (twoToThe52 + m) - twoToThe52; // the addition rounds to an integer, ties to even
        }
        return sign * m;
    }

    /**
     * floor(a + 1/2) computed exactly: with r the 53-bit significand and value = r * 2^(e-1075),
     * floor(2 * value) is r shifted right by (1074 - e), and (floor(2v) + 1) >> 1 = floor(v + 1/2).
     */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        long biasedExp = (bits >>> 52) & 0x7FF;
        long shift = 1074 - biasedExp;
        if ((shift & -64) == 0) {
            long r = (bits & SIGNIFICAND) | (SIGNIFICAND + 1);
            if (bits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a; // NaN -> 0, |a| < 2^-11 -> 0, or already integral (saturating)
    }

    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int biasedExp = (bits >>> 23) & 0xFF;
        int shift = 149 - biasedExp;
        if ((shift & -32) == 0) {
            int r = (bits & 0x7FFFFF) | 0x800000;
            if (bits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    // ---- division ----

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int r = x % y;
        if ((x ^ y) < 0 && r != 0) {
            r += y;
        }
        return r;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long r = x % y;
        if ((x ^ y) < 0 && r != 0) {
            r += y;
        }
        return r;
    }

    public static int ceilDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) >= 0 && q * y != x) {
            q++;
        }
        return q;
    }

    public static long ceilDiv(long x, int y) {
        return ceilDiv(x, (long) y);
    }

    public static long ceilDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) >= 0 && q * y != x) {
            q++;
        }
        return q;
    }

    public static int ceilMod(int x, int y) {
        int r = x % y;
        if ((x ^ y) >= 0 && r != 0) {
            r -= y;
        }
        return r;
    }

    public static int ceilMod(long x, int y) {
        return (int) ceilMod(x, (long) y);
    }

    public static long ceilMod(long x, long y) {
        long r = x % y;
        if ((x ^ y) >= 0 && r != 0) {
            r -= y;
        }
        return r;
    }

    // ---- exact arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if (((ax | ay) >>> 31) != 0) {
            if ((y != 0 && r / y != x) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int divideExact(int x, int y) {
        int q = x / y;
        if ((x & y & q) >= 0) {
            return q;
        }
        throw new ArithmeticException("integer overflow");
    }

    public static long divideExact(long x, long y) {
        long q = x / y;
        if ((x & y & q) >= 0) {
            return q;
        }
        throw new ArithmeticException("long overflow");
    }

    public static int floorDivExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw new ArithmeticException("integer overflow");
        }
        return floorDiv(x, y);
    }

    public static long floorDivExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw new ArithmeticException("long overflow");
        }
        return floorDiv(x, y);
    }

    public static int ceilDivExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw new ArithmeticException("integer overflow");
        }
        return ceilDiv(x, y);
    }

    public static long ceilDivExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw new ArithmeticException("long overflow");
        }
        return ceilDiv(x, y);
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** High 64 bits of the unsigned 128-bit product, from 32-bit partial products. */
    public static long unsignedMultiplyHigh(long x, long y) {
        long x0 = x & 0xFFFFFFFFL;
        long x1 = x >>> 32;
        long y0 = y & 0xFFFFFFFFL;
        long y1 = y >>> 32;
        long p00 = x0 * y0;
        long p01 = x0 * y1;
        long p10 = x1 * y0;
        long p11 = x1 * y1;
        long mid = (p00 >>> 32) + (p01 & 0xFFFFFFFFL) + (p10 & 0xFFFFFFFFL);
        return p11 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
    }

    /** High 64 bits of the signed 128-bit product. */
    public static long multiplyHigh(long x, long y) {
        return unsignedMultiplyHigh(x, y) - ((x >> 63) & y) - ((y >> 63) & x);
    }

    // ---- clamp (JDK 21) ----

    public static int clamp(long value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return (int) min(max, max(value, min));
    }

    public static long clamp(long value, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return min(max, max(value, min));
    }

    public static double clamp(double value, double min, double max) {
        if (!(min < max)) {
            if (Double.isNaN(min)) {
                throw new IllegalArgumentException("min is NaN");
            }
            if (Double.isNaN(max)) {
                throw new IllegalArgumentException("max is NaN");
            }
            if (Double.compare(min, max) > 0) {
                throw new IllegalArgumentException(min + " > " + max);
            }
        }
        return min(max, max(value, min));
    }

    public static float clamp(float value, float min, float max) {
        if (!(min < max)) {
            if (Float.isNaN(min)) {
                throw new IllegalArgumentException("min is NaN");
            }
            if (Float.isNaN(max)) {
                throw new IllegalArgumentException("max is NaN");
            }
            if (Float.compare(min, max) > 0) {
                throw new IllegalArgumentException(min + " > " + max);
            }
        }
        return min(max, max(value, min));
    }

    // ---- IEEE helpers ----

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & SIGN_BIT)
                | (Double.doubleToRawLongBits(magnitude) & ~SIGN_BIT));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000)
                | (Float.floatToRawIntBits(magnitude) & 0x7fffffff));
    }

    /**
     * d * 2^scaleFactor, rounded once. The factor is applied as a remainder step of |r| < 512 and
     * then steps of 2^±512; every step is exact while the value stays normal, so at most the step
     * that leaves the normal range rounds (after it the value is zero, subnormal or infinite, and
     * further steps keep it so). Factors beyond ±2099 cannot change the outcome and are clamped.
     */
    public static double scalb(double d, int scaleFactor) {
        int scale = Math.max(Math.min(scaleFactor, 2099), -2099);
        int rest = scale % 512;
        double step = FdlibmBits.powerOfTwo(scale < 0 ? -512 : 512);
        d *= FdlibmBits.powerOfTwo(rest);
        for (scale -= rest; scale != 0; scale -= scale < 0 ? -512 : 512) {
            d *= step;
        }
        return d;
    }

    /** f * 2^scaleFactor: exact in double (|factor| <= 278 suffices for any float), rounded once to float. */
    public static float scalb(float f, int scaleFactor) {
        int scale = Math.max(Math.min(scaleFactor, 278), -278);
        return (float) (f * FdlibmBits.powerOfTwo(scale));
    }

    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7FF) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xFF) - 127;
    }

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == Double.MAX_EXPONENT + 1) {
            return abs(d); // NaN or infinity
        }
        if (exp == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE; // zero or subnormal
        }
        exp -= 52;
        if (exp >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble((long) (exp + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (exp - (Double.MIN_EXPONENT - 52)));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == Float.MAX_EXPONENT + 1) {
            return abs(f);
        }
        if (exp == Float.MIN_EXPONENT - 1) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= Float.MIN_EXPONENT) {
            return Float.intBitsToFloat((exp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (exp - (Float.MIN_EXPONENT - 23)));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d; // -0.0 becomes +0.0
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d >= 0.0d ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f >= 0.0f ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0.0d ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0.0f ? -1 : 1));
    }

    public static double nextAfter(double start, double direction) {
        if (start != start || direction != direction) {
            return start + direction;
        }
        if (start == direction) {
            return direction;
        }
        return start < direction ? nextUp(start) : nextDown(start);
    }

    public static float nextAfter(float start, double direction) {
        if (start != start || direction != direction) {
            return start + (float) direction;
        }
        if (start == direction) {
            return (float) direction;
        }
        return start < direction ? nextUp(start) : nextDown(start);
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }
}
