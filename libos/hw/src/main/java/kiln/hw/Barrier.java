package kiln.hw;

/**
 * Memory ordering between the CPU and devices that read and write {@link Dma} memory.
 *
 * <p>x86-64 keeps ordinary (write-back) loads in order with loads and stores in order with stores
 * (Intel SDM vol. 3A §9.2.2); only a store followed by a load may be reordered. So on x86
 * {@link #read()} and {@link #write()} only stop the C compiler from moving accesses (an empty asm
 * with a "memory" clobber, no instruction), and {@link #full()} is an {@code mfence}. The kernel
 * uses no write-combining memory or non-temporal stores, which are what {@code sfence} would be for.
 *
 * <p>Typical virtio use (virtio 1.2 §2.7.13): fill descriptors, {@code write()}, publish the avail
 * index; read the used index, {@code read()}, read used entries; publish the avail index,
 * {@code full()}, read the device's "notify me" flag or event index.
 */
public final class Barrier {
    private Barrier() {}

    /** Orders every earlier load and store before every later one (x86: mfence). */
    public static native void full();

    /** Orders earlier loads before later loads. */
    public static native void read();

    /** Orders earlier stores before later stores. */
    public static native void write();
}
