package kiln.virtio;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the virtio structures of a virtio-pci device (virtio 1.2 §4.1.4): vendor-specific PCI
 * capabilities (ID 0x09) laid out as struct virtio_pci_cap { u8 cap_vndr, cap_next, cap_len,
 * cfg_type, bar, id, padding[2]; le32 offset, length; } (+ le32 notify_off_multiplier for the
 * notify capability). Bad bytes never throw: a malformed capability is skipped, a looping or
 * out-of-range list ends the walk.
 */
public final class PciCapabilities {
    private PciCapabilities() {}

    // §4.1.4 cfg_type values.
    public static final int COMMON_CFG = 1;
    public static final int NOTIFY_CFG = 2;
    public static final int ISR_CFG = 3;
    public static final int DEVICE_CFG = 4;
    public static final int PCI_CFG = 5;

    static final int CAP_VENDOR = 0x09;
    static final int STATUS = 0x06;
    static final int STATUS_CAP_LIST = 1 << 4;
    static final int CAP_POINTER = 0x34;

    /** One virtio structure: where it is (BAR number and offset in it) and how big. */
    public record Cap(int type, int bar, long offset, long length, int notifyMultiplier) {}

    /**
     * The virtio capabilities in list order. The first of each type is the one to use (§4.1.4:
     * the device may offer several; the driver should use the first it understands).
     */
    public static List<Cap> parse(PciFunction f) {
        List<Cap> caps = new ArrayList<>();
        if ((f.read16(STATUS) & STATUS_CAP_LIST) == 0) {
            return caps;
        }
        int ptr = f.read8(CAP_POINTER) & 0xfc;
        boolean[] visited = new boolean[64];
        // Capabilities live after the 64-byte header; each pointer is dword aligned (PCI 3.0 §6.7).
        while (ptr >= 0x40 && ptr <= 0xfc && !visited[ptr >> 2]) {
            visited[ptr >> 2] = true;
            int id = f.read8(ptr);
            int next = f.read8(ptr + 1) & 0xfc;
            if (id == CAP_VENDOR && ptr <= 0x100 - 16) {
                int len = f.read8(ptr + 2);
                int type = f.read8(ptr + 3);
                int bar = f.read8(ptr + 4);
                long offset = f.read32(ptr + 8) & 0xffffffffL;
                long length = f.read32(ptr + 12) & 0xffffffffL;
                int mult = 0;
                boolean ok = len >= 16 && bar <= 5;
                if (type == NOTIFY_CFG) {
                    ok &= len >= 20 && ptr <= 0x100 - 20;
                    if (ok) {
                        mult = f.read32(ptr + 16);
                    }
                }
                if (ok) {
                    caps.add(new Cap(type, bar, offset, length, mult));
                }
            }
            ptr = next;
        }
        return caps;
    }

    /** The first capability of a type, or null. */
    public static Cap first(List<Cap> caps, int type) {
        for (Cap c : caps) {
            if (c.type() == type) {
                return c;
            }
        }
        return null;
    }

    /**
     * The memory address a BAR decodes (PCI 3.0 §6.2.5.1): bit 0 set means I/O space (answered as
     * -1: virtio 1.x structures are in memory BARs); type 2 in bits 2:1 is a 64-bit BAR whose high
     * half is the next BAR. Returns -1 for I/O, a bad index or an unassigned (0) BAR.
     */
    public static long barAddress(PciFunction f, int bar) {
        if (bar < 0 || bar > 5) {
            return -1;
        }
        int low = f.read32(0x10 + 4 * bar);
        if ((low & 1) != 0) {
            return -1;
        }
        long addr = low & 0xfffffff0L;
        if (((low >>> 1) & 3) == 2) {
            if (bar == 5) {
                return -1;
            }
            addr |= (f.read32(0x10 + 4 * (bar + 1)) & 0xffffffffL) << 32;
        }
        return addr == 0 ? -1 : addr;
    }
}
