package kiln.hw;

/**
 * Loads and stores of device registers at physical addresses. Each access is exactly one access of
 * the stated width (a C volatile access), never merged, split, repeated or reordered with other
 * Mmio accesses by the compiler; the CPU keeps uncached accesses in program order (Intel SDM vol. 3A
 * §11.3, "strong uncacheable"). Values narrower than int are zero-extended.
 */
public final class Mmio {
    private Mmio() {}

    public static native int read8(long addr);

    public static native int read16(long addr);

    public static native int read32(long addr);

    public static native long read64(long addr);

    public static native void write8(long addr, int value);

    public static native void write16(long addr, int value);

    public static native void write32(long addr, int value);

    public static native void write64(long addr, long value);
}
