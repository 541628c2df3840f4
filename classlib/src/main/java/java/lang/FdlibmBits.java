package java.lang;

/** Access to the high and low 32-bit words of a double, as fdlibm's algorithms are stated. */
final class FdlibmBits {
    private FdlibmBits() {}

    static int hi(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 32); }

    static int lo(double x) { return (int) Double.doubleToRawLongBits(x); }

    static double withHi(double x, int h) {
        return Double.longBitsToDouble(((long) h << 32) | (Double.doubleToRawLongBits(x) & 0xFFFFFFFFL));
    }

    static double withLo(double x, int l) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L) | (l & 0xFFFFFFFFL));
    }

    /** The double whose high word is h and low word 0. */
    static double fromHi(int h) { return Double.longBitsToDouble((long) h << 32); }

    /** x * 2^n for results in the normal range (exact there, as fdlibm's scalbn; one rounding
     * for subnormal results reached from a normal x). */
    static double scalbn(double x, int n) {
        while (n > 1000) { x *= 0x1.0p1000; n -= 1000; }
        while (n < -1000) { x *= 0x1.0p-1000; n += 1000; }
        return x * powerOfTwo(n);
    }

    /** 2^n as a double, for n in the normal exponent range [-1022, 1023]. */
    static double powerOfTwo(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

}
