package kiln.virtio;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds modern virtio-pci devices on QEMU {@code -M q35}: scans bus 0 (where q35 puts devices given
 * with -device and no bus=) through port I/O configuration access. Firmware (SeaBIOS) has assigned
 * the BARs; the driver reaches them only inside the uncached device window 0xFE000000..4 GiB that
 * the kvm image maps (docs/boot.md), and reports a BAR elsewhere as an error instead of faulting.
 */
public final class PciDevices {
    private PciDevices() {}

    static final long WINDOW_START = 0xFE000000L;
    static final long WINDOW_END = 1L << 32;

    /** Maps BAR regions for the kvm image: identity-mapped, so the physical address is used as is. */
    static final PciTransport.WindowMapper MMIO = (addr, len) -> {
        if (addr < WINDOW_START || len > WINDOW_END - addr) {
            throw new VirtioException("virtio-pci structure at 0x" + Long.toHexString(addr) + " (+" + len
                    + " bytes) is outside the device window 0xfe000000..4 GiB that Kiln maps");
        }
        return new MmioWindow(addr);
    };

    public static List<PciTransport> probe() {
        List<PciTransport> found = new ArrayList<>();
        for (int dev = 0; dev < 32; dev++) {
            PciFunction f0 = new PortPciFunction(0, dev, 0);
            if ((f0.read32(0) & 0xffff) == 0xffff) {
                continue; // nothing in this slot
            }
            boolean multi = (f0.read8(0x0e) & 0x80) != 0; // header type bit 7 (PCI 3.0 §6.2.1)
            for (int fn = 0; fn < (multi ? 8 : 1); fn++) {
                PciFunction f = fn == 0 ? f0 : new PortPciFunction(0, dev, fn);
                if ((f.read32(0) & 0xffff) == 0xffff) {
                    continue;
                }
                PciTransport t = PciTransport.open(f, MMIO);
                if (t != null) {
                    found.add(t);
                }
            }
        }
        return found;
    }

    /** The first device of the given type (virtio 1.2 §5), or null. */
    public static PciTransport find(int deviceId) {
        for (PciTransport t : probe()) {
            if (t.deviceId() == deviceId) {
                return t;
            }
        }
        return null;
    }
}
