package kiln.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** virtio-pci discovery on byte arrays: capability list (§4.1.4), BARs (PCI 3.0 §6.2.5.1), notify address. */
class PciTest {
    /** A configuration space in a byte array. */
    static final class ArrayFunction implements PciFunction {
        final byte[] b = new byte[256];

        @Override
        public int read32(int o) {
            return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
        }

        @Override
        public void write32(int o, int v) {
            for (int i = 0; i < 4; i++) {
                b[o + i] = (byte) (v >>> (8 * i));
            }
        }

        void put8(int o, int v) {
            b[o] = (byte) v;
        }

        @Override
        public String describe() {
            return "pci 00:03.0";
        }
    }

    /** Registers as plain bytes: what is written is read back. */
    static final class ArrayWindow implements RegisterWindow {
        final byte[] b;
        final List<int[]> writes16 = new java.util.ArrayList<>();

        ArrayWindow(int size) {
            b = new byte[size];
        }

        @Override
        public int read8(int o) {
            return b[o] & 0xff;
        }

        @Override
        public int read16(int o) {
            return read8(o) | read8(o + 1) << 8;
        }

        @Override
        public int read32(int o) {
            return read16(o) | read16(o + 2) << 16;
        }

        @Override
        public void write8(int o, int v) {
            b[o] = (byte) v;
        }

        @Override
        public void write16(int o, int v) {
            writes16.add(new int[] {o, v});
            write8(o, v);
            write8(o + 1, v >>> 8);
        }

        @Override
        public void write32(int o, int v) {
            write16(o, v);
            write16(o + 2, v >>> 16);
        }
    }

    static void cap(ArrayFunction f, int at, int next, int len, int type, int bar, int offset, int length) {
        f.put8(at, 0x09);
        f.put8(at + 1, next);
        f.put8(at + 2, len);
        f.put8(at + 3, type);
        f.put8(at + 4, bar);
        f.write32(at + 8, offset);
        f.write32(at + 12, length);
    }

    /** A virtio-rng (0x1044) like QEMU's: MSI-X cap, then common/isr/device/notify in BAR 4 (64-bit). */
    static ArrayFunction rngFunction() {
        ArrayFunction f = new ArrayFunction();
        f.write32(0, 0x1044 << 16 | 0x1af4);
        f.write32(0x04, 0x0010_0000); // status: capability list
        f.write32(0x10 + 16, 0xfebf000c); // BAR 4: memory, 64-bit, prefetchable
        f.write32(0x10 + 20, 0);
        f.put8(0x34, 0x98);
        f.put8(0x98, 0x11); // MSI-X, not ours
        f.put8(0x99, 0x40);
        cap(f, 0x40, 0x50, 16, PciCapabilities.COMMON_CFG, 4, 0x0000, 0x1000);
        cap(f, 0x50, 0x60, 16, PciCapabilities.ISR_CFG, 4, 0x1000, 0x1000);
        cap(f, 0x60, 0x70, 16, PciCapabilities.DEVICE_CFG, 4, 0x2000, 0x1000);
        cap(f, 0x70, 0x84, 20, PciCapabilities.NOTIFY_CFG, 4, 0x3000, 0x1000);
        f.write32(0x70 + 16, 4); // notify_off_multiplier
        cap(f, 0x84, 0x00, 20, PciCapabilities.PCI_CFG, 0, 0, 0);
        f.put8(0x3c, 11);
        return f;
    }

    @Test
    void parsesVirtioCapabilities() {
        List<PciCapabilities.Cap> caps = PciCapabilities.parse(rngFunction());
        assertEquals(List.of(new PciCapabilities.Cap(1, 4, 0, 0x1000, 0), new PciCapabilities.Cap(3, 4, 0x1000, 0x1000, 0),
                new PciCapabilities.Cap(4, 4, 0x2000, 0x1000, 0), new PciCapabilities.Cap(2, 4, 0x3000, 0x1000, 4),
                new PciCapabilities.Cap(5, 0, 0, 0, 0)), caps);
    }

    @Test
    void hostileCapabilityListsEndQuietly() {
        ArrayFunction f = rngFunction();
        f.put8(0x85, 0x40); // loop back to the first capability
        assertEquals(5, PciCapabilities.parse(f).size());
        f.put8(0x34, 0x10); // pointer into the header
        assertEquals(0, PciCapabilities.parse(f).size());
        ArrayFunction g = rngFunction();
        g.put8(0x42, 8); // common cfg with cap_len 8: malformed, skipped
        g.put8(0x74, 9); // notify cfg naming BAR 9: skipped
        g.put8(0x72, 16); // (and too short for the multiplier)
        assertNull(PciCapabilities.first(PciCapabilities.parse(g), PciCapabilities.COMMON_CFG));
        assertNull(PciCapabilities.first(PciCapabilities.parse(g), PciCapabilities.NOTIFY_CFG));
        ArrayFunction h = rngFunction();
        h.write32(0x04, 0); // no capability list bit
        assertEquals(0, PciCapabilities.parse(h).size());
        for (int seed = 0; seed < 2000; seed++) { // random bytes never throw
            java.util.Random r = new java.util.Random(seed);
            ArrayFunction x = new ArrayFunction();
            r.nextBytes(x.b);
            PciCapabilities.parse(x);
        }
    }

    @Test
    void decodesBars() {
        ArrayFunction f = new ArrayFunction();
        f.write32(0x10, 0xfe000000);          // BAR 0: 32-bit memory
        f.write32(0x14, 0xc001);              // BAR 1: I/O
        f.write32(0x18, 0x0000000c);          // BAR 2: 64-bit memory, high half in BAR 3
        f.write32(0x1c, 0x1);
        f.write32(0x24, 0x4);                 // BAR 5: 64-bit with no BAR 6
        assertEquals(0xfe000000L, PciCapabilities.barAddress(f, 0));
        assertEquals(-1, PciCapabilities.barAddress(f, 1));
        assertEquals(0x1_0000_0000L, PciCapabilities.barAddress(f, 2));
        assertEquals(-1, PciCapabilities.barAddress(f, 4), "unassigned");
        assertEquals(-1, PciCapabilities.barAddress(f, 5));
        assertEquals(-1, PciCapabilities.barAddress(f, 6));
    }

    @Test
    void openMapsStructuresAndComputesNotifyAddress() {
        ArrayFunction f = rngFunction();
        Map<Long, ArrayWindow> mapped = new HashMap<>();
        PciTransport t = PciTransport.open(f, (addr, len) -> mapped.computeIfAbsent(addr, a -> new ArrayWindow((int) len)));
        assertEquals(4, t.deviceId());
        assertEquals(Map.of(0xfebf0000L, 1, 0xfebf1000L, 1, 0xfebf2000L, 1, 0xfebf3000L, 1),
                mapped.keySet().stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> 1)));
        assertEquals(0x6, f.read32(0x04) & 0x6, "memory decoding and bus mastering enabled");
        assertEquals(11, t.interruptLine());
        ArrayWindow common = mapped.get(0xfebf0000L);
        common.write16(PciTransport.NUM_QUEUES, 1);
        common.write16(PciTransport.QUEUE_SIZE, 64);
        common.write16(PciTransport.QUEUE_NOTIFY_OFF, 3);
        assertEquals(0, t.queueMaxSize(1), "only one queue");
        assertEquals(64, t.queueMaxSize(0));
        t.enableQueue(0, 64, 0x123456789000L, 0x2000, 0x3000);
        assertEquals(0x56789000, common.read32(PciTransport.QUEUE_DESC));
        assertEquals(0x1234, common.read32(PciTransport.QUEUE_DESC + 4));
        assertEquals(1, common.read16(PciTransport.QUEUE_ENABLE));
        ArrayWindow notify = mapped.get(0xfebf3000L);
        t.notifyQueue(0);
        assertEquals(12, notify.writes16.get(0)[0], "queue_notify_off 3 x multiplier 4");
        assertEquals(0, notify.writes16.get(0)[1]);
    }

    @Test
    void nonVirtioAndBrokenDevices() {
        ArrayFunction other = new ArrayFunction();
        other.write32(0, 0x10d3 << 16 | 0x8086);
        assertNull(PciTransport.open(other, (a, l) -> new ArrayWindow((int) l)));
        ArrayFunction legacy = rngFunction();
        legacy.write32(0, 0x1005 << 16 | 0x1af4); // transitional id
        assertNull(PciTransport.open(legacy, (a, l) -> new ArrayWindow((int) l)));
        ArrayFunction noCommon = rngFunction();
        noCommon.put8(0x43, 7); // common cfg becomes an unknown type
        VirtioException e = assertThrows(VirtioException.class, () -> PciTransport.open(noCommon, (a, l) -> new ArrayWindow((int) l)));
        assertTrue(e.getMessage().contains("without common"), e.getMessage());
        ArrayFunction noBar = rngFunction();
        noBar.write32(0x20, 0);
        assertThrows(VirtioException.class, () -> PciTransport.open(noBar, (a, l) -> new ArrayWindow((int) l)));
        assertThrows(VirtioException.class, () -> PciDevices.MMIO.map(0xc0000000L, 0x1000), "outside the mapped window");
    }
}
