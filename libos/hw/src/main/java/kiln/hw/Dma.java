package kiln.hw;

/**
 * Memory that devices read and write by physical address: virtqueue rings, request headers, packet
 * buffers. It lies outside the Java heap, so the collector never moves or frees it.
 *
 * <p>Allocations are permanent: drivers allocate their rings and buffer pools once, when the device
 * starts, and reuse them. On kvm the memory comes from a fixed pool in the image's .bss
 * ({@link #capacity()} bytes, identity-mapped, so the address is both physical and virtual); on
 * linux from the C heap, where "physical" just means the process address.
 *
 * <p>The accessors are unchecked, like a device's own view of memory: a driver must only pass
 * addresses inside blocks it allocated. Values narrower than int are zero-extended.
 */
public final class Dma {
    private Dma() {}

    /**
     * Zeroed memory of {@code bytes} bytes aligned to {@code align} (a power of two, at most 4096),
     * or 0 when the pool is exhausted or the arguments are bad.
     */
    public static native long allocate(int bytes, int align);

    /** Bytes the pool can hand out in total (allocated or not). */
    public static native long capacity();

    /** Bytes handed out so far. */
    public static native long used();

    public static native int get8(long addr);

    public static native int get16(long addr);

    public static native int get32(long addr);

    public static native long get64(long addr);

    public static native void put8(long addr, int value);

    public static native void put16(long addr, int value);

    public static native void put32(long addr, int value);

    public static native void put64(long addr, long value);

    /** Copies {@code src[off, off+len)} to memory at {@code addr}. */
    public static void copyIn(long addr, byte[] src, int off, int len) {
        checkRange(src, off, len);
        copyFromArray(addr, src, off, len);
    }

    /** Copies memory at {@code addr} to {@code dst[off, off+len)}. */
    public static void copyOut(long addr, byte[] dst, int off, int len) {
        checkRange(dst, off, len);
        copyToArray(addr, dst, off, len);
    }

    /** Sets {@code len} bytes at {@code addr} to zero. */
    public static native void zero(long addr, int len);

    private static void checkRange(byte[] a, int off, int len) {
        if (off < 0 || len < 0 || off > a.length - len) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + a.length);
        }
    }

    private static native void copyFromArray(long addr, byte[] src, int off, int len);

    private static native void copyToArray(long addr, byte[] dst, int off, int len);
}
