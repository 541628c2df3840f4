package kiln.virtio;

/**
 * Memory shared with devices, addressed by physical address: rings, request headers, buffers.
 * {@link HwMemory} uses kiln.hw.Dma in an image; tests use a byte array. Values are little-endian
 * (virtio 1.2 §1.4: "le16", "le32", "le64"); narrow values are zero-extended.
 */
public interface DeviceMemory {
    /** Zeroed, permanently allocated memory, or a VirtioException if none is left. */
    long allocate(int bytes, int align);

    int get8(long addr);

    int get16(long addr);

    int get32(long addr);

    long get64(long addr);

    void put8(long addr, int v);

    void put16(long addr, int v);

    void put32(long addr, int v);

    void put64(long addr, long v);

    void copyIn(long addr, byte[] src, int off, int len);

    void copyOut(long addr, byte[] dst, int off, int len);

    /** Earlier stores become visible to the device before later ones (virtio 1.2 §2.7.13). */
    void writeBarrier();

    /** Earlier loads of device-written memory complete before later loads. */
    void readBarrier();

    /** Earlier stores are visible before later loads (before reading "notify me" flags). */
    void fullBarrier();
}
