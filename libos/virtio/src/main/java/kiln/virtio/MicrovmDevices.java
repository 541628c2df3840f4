package kiln.virtio;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the virtio-mmio devices of QEMU's {@code -M microvm}. With {@code auto-kernel-cmdline=off}
 * (how {@code kiln run} starts it) QEMU does not announce them on the command line, so the driver
 * probes the fixed slots: windows of 512 bytes from 0xFEB00000 (QEMU hw/i386/microvm.c). QEMU
 * creates 24 slots when the second IOAPIC exists (the default), wired to GSI 24 + slot, and 8
 * slots otherwise, wired to GSI 5 + slot (16 + slot with ACPI); unused slots answer with device
 * id 0, and addresses past the last slot read as 0 (no magic). The interrupt line reported here
 * assumes the second IOAPIC (IrqLine routes it).
 */
public final class MicrovmDevices {
    private MicrovmDevices() {}

    public static final long BASE = 0xFEB00000L;
    public static final int SLOTS = 24;
    static final int IRQ_BASE_IOAPIC2 = 24;

    /** Every virtio device present, in slot order. */
    public static List<MmioTransport> probe() {
        List<MmioTransport> found = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            long base = BASE + (long) slot * MmioTransport.WINDOW_SIZE;
            MmioTransport t = MmioTransport.probe(new MmioWindow(base),
                    "virtio-mmio at 0x" + Long.toHexString(base) + " (slot " + slot + ")", IRQ_BASE_IOAPIC2 + slot);
            if (t != null) {
                found.add(t);
            }
        }
        return found;
    }

    /** The first device of the given type (virtio 1.2 §5), or null. */
    public static MmioTransport find(int deviceId) {
        for (MmioTransport t : probe()) {
            if (t.deviceId() == deviceId) {
                return t;
            }
        }
        return null;
    }
}
