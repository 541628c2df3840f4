package kiln.hw;

/**
 * x86 port I/O ({@code in}/{@code out}, Intel SDM vol. 1 §19), used for PCI configuration space
 * (ports 0xCF8/0xCFC) and legacy devices. Ports are 0..0xFFFF; values narrower than int are
 * zero-extended on input and truncated on output.
 */
public final class Port {
    private Port() {}

    public static native int in8(int port);

    public static native int in16(int port);

    public static native int in32(int port);

    public static native void out8(int port, int value);

    public static native void out16(int port, int value);

    public static native void out32(int port, int value);
}
