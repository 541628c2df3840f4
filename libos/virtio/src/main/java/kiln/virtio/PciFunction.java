package kiln.virtio;

/**
 * The 256-byte configuration space of one PCI function (PCI Local Bus Spec 3.0 §6.1). 32-bit
 * accesses at 4-byte aligned offsets are the unit; narrower reads are taken from them.
 */
public interface PciFunction {
    int read32(int offset);

    void write32(int offset, int value);

    default int read16(int offset) {
        return (read32(offset & ~3) >>> ((offset & 2) * 8)) & 0xffff;
    }

    default int read8(int offset) {
        return (read32(offset & ~3) >>> ((offset & 3) * 8)) & 0xff;
    }

    /** For messages: "pci 00:03.0". */
    String describe();
}
