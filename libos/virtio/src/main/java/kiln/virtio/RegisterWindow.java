package kiln.virtio;

/**
 * A block of device registers: the virtio-mmio register file, or one virtio-pci capability
 * structure inside a BAR. Offsets are relative to the window; values are little-endian.
 */
public interface RegisterWindow {
    int read8(int offset);

    int read16(int offset);

    int read32(int offset);

    void write8(int offset, int value);

    void write16(int offset, int value);

    void write32(int offset, int value);
}
