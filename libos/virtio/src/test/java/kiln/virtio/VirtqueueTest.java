package kiln.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VirtqueueTest {
    ArrayMemory mem;
    FakeMmioDevice dev;
    MmioTransport t;

    @BeforeEach
    void setUp() {
        mem = new ArrayMemory(1 << 20);
        dev = new FakeMmioDevice(mem, 4, Features.VERSION_1);
        t = dev.transport();
    }

    @Test
    void layoutFollowsSpecFormulas() {
        // §2.7: 16*N descriptor table, 6+2*N available ring, 6+8*N used ring.
        assertEquals(4096, Virtqueue.descTableBytes(256));
        assertEquals(518, Virtqueue.availRingBytes(256));
        assertEquals(2054, Virtqueue.usedRingBytes(256));
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        assertEquals(0, q.desc % 16);
        assertEquals(0, q.avail % 2);
        assertEquals(0, q.used % 4);
        assertTrue(q.avail >= q.desc + 128 && q.used >= q.avail + 22, "areas must not overlap");
        assertEquals(8, dev.num[0]);
        assertTrue(dev.ready[0]);
        assertEquals(q.desc, dev.descAddr[0]);
        assertEquals(q.avail, dev.driverAddr[0]);
        assertEquals(q.used, dev.deviceAddr[0]);
    }

    @Test
    void sizeIsClampedToDeviceMaximumAndMissingQueueIsAnError() {
        dev.queueMax = 100;
        assertEquals(64, new Virtqueue(t, mem, 0, 256).size());
        dev.queueMax = 0;
        assertThrows(VirtioException.class, () -> new Virtqueue(t, mem, 1, 8));
        dev.queueMax = 8;
        assertThrows(IllegalArgumentException.class, () -> new Virtqueue(t, mem, 2, 6));
    }

    @Test
    void chainsReachTheDeviceAndComeBack() {
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        q.begin();
        assertTrue(q.readable(0x1000, 16));
        assertTrue(q.writable(0x2000, 512));
        assertTrue(q.writable(0x3000, 1));
        q.submit("first");
        assertTrue(dev.takeAvail(0).isEmpty(), "not visible before publish");
        q.publish();
        assertEquals(List.of(0), dev.notifications);
        List<FakeMmioDevice.Chain> chains = dev.takeAvail(0);
        assertEquals(1, chains.size());
        assertEquals(List.of(new FakeMmioDevice.Desc(0x1000, 16, false), new FakeMmioDevice.Desc(0x2000, 512, true),
                new FakeMmioDevice.Desc(0x3000, 1, true)), chains.get(0).descs());
        assertEquals(5, q.freeDescriptors());
        assertNull(q.takeUsed());
        dev.pushUsed(0, chains.get(0).head(), 513);
        assertEquals("first", q.takeUsed());
        assertEquals(513, q.lastUsedLength());
        assertEquals(8, q.freeDescriptors());
        assertEquals(0, q.inFlight());
        assertNull(q.takeUsed());
    }

    @Test
    void completionsInAnyOrderAndRingWraps() {
        Virtqueue q = new Virtqueue(t, mem, 0, 4);
        for (int round = 0; round < 40000; round++) { // past the 16-bit index wrap
            q.begin();
            q.writable(0x1000, 8);
            q.submit("a" + round);
            q.begin();
            q.writable(0x2000, 8);
            q.submit("b" + round);
            q.publish();
            List<FakeMmioDevice.Chain> c = dev.takeAvail(0);
            assertEquals(2, c.size());
            dev.pushUsed(0, c.get(1).head(), 8);
            dev.pushUsed(0, c.get(0).head(), 0);
            assertEquals("b" + round, q.takeUsed());
            assertEquals("a" + round, q.takeUsed());
        }
        assertEquals(4, q.freeDescriptors());
    }

    @Test
    void fullQueueRefusesAndAbandonsTheChain() {
        Virtqueue q = new Virtqueue(t, mem, 0, 2);
        q.begin();
        assertTrue(q.writable(0x1000, 1));
        assertTrue(q.writable(0x1000, 1));
        assertFalse(q.writable(0x1000, 1));
        assertEquals(2, q.freeDescriptors(), "abandoned chain gives its descriptors back");
    }

    @Test
    void readableAfterWritableIsRejected() {
        Virtqueue q = new Virtqueue(t, mem, 0, 4);
        q.begin();
        q.writable(0x1000, 1);
        assertThrows(IllegalStateException.class, () -> q.readable(0x2000, 1));
    }

    @Test
    void batchedSubmitsNotifyOnceAndNoNotifyIsHonoured() {
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        for (int i = 0; i < 5; i++) {
            q.begin();
            q.readable(0x1000, 60);
            q.submit(i);
        }
        q.publish();
        assertEquals(1, dev.notifications.size());
        assertEquals(5, dev.takeAvail(0).size());
        dev.setUsedFlags(0, Virtqueue.USED_F_NO_NOTIFY);
        q.begin();
        q.readable(0x1000, 60);
        q.submit(9);
        q.publish();
        assertEquals(1, dev.notifications.size(), "device asked not to be notified");
        assertEquals(1, dev.takeAvail(0).size(), "but the chain is still available");
    }

    private Virtqueue queueWithOneInFlight() {
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        q.begin();
        q.readable(0x1000, 16);
        q.writable(0x2000, 100);
        q.submit("x");
        q.publish();
        return q;
    }

    @Test
    void usedIndexRunningAheadIsReported() {
        Virtqueue q = queueWithOneInFlight();
        dev.takeAvail(0);
        dev.setUsedIndex(0, 5);
        byte[] before = mem.bytes.clone();
        VirtioException e = assertThrows(VirtioException.class, q::takeUsed);
        assertTrue(e.getMessage().contains("used index moved from 0 to 5 with only 1 buffers in flight"), e.getMessage());
        assertTrue(q.isBroken());
        assertEquals(1, q.errors());
        assertThrows(VirtioException.class, q::takeUsed);
        assertTrue(Arrays.equals(before, mem.bytes), "driver wrote nothing on the device's say-so");
    }

    @Test
    void descriptorIdOutOfRangeIsReported() {
        Virtqueue q = queueWithOneInFlight();
        dev.takeAvail(0);
        dev.pushUsed(0, 4000, 1);
        VirtioException e = assertThrows(VirtioException.class, q::takeUsed);
        assertTrue(e.getMessage().contains("descriptor 4000, out of range"), e.getMessage());
        dev.pushUsed(0, -1, 1);
        assertThrows(VirtioException.class, q::takeUsed);
    }

    @Test
    void descriptorNotInFlightIsReported() {
        Virtqueue q = queueWithOneInFlight();
        FakeMmioDevice.Chain c = dev.takeAvail(0).get(0);
        dev.pushUsed(0, c.head() + 1, 1); // the second descriptor of the chain, not its head
        VirtioException e = assertThrows(VirtioException.class, q::takeUsed);
        assertTrue(e.getMessage().contains("not the head of a chain in flight"), e.getMessage());
    }

    @Test
    void sameIdReturnedTwiceIsReported() {
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        for (int i = 0; i < 2; i++) {
            q.begin();
            q.writable(0x2000, 10);
            q.submit(i);
        }
        q.publish();
        FakeMmioDevice.Chain c = dev.takeAvail(0).get(0);
        dev.pushUsed(0, c.head(), 1);
        dev.pushUsed(0, c.head(), 1);
        assertEquals(0, q.takeUsed());
        assertThrows(VirtioException.class, q::takeUsed);
    }

    @Test
    void lengthLargerThanBufferIsReported() {
        Virtqueue q = queueWithOneInFlight();
        FakeMmioDevice.Chain c = dev.takeAvail(0).get(0);
        dev.pushUsed(0, c.head(), 101); // only 100 device-writable bytes (16 are device-readable)
        VirtioException e = assertThrows(VirtioException.class, q::takeUsed);
        assertTrue(e.getMessage().contains("claims 101 bytes written, the chain holds 100"), e.getMessage());
        dev.pushUsed(0, c.head(), -1); // 4 GiB - 1 as le32
        assertThrows(VirtioException.class, q::takeUsed);
    }

    @Test
    void interruptSuppressionFlag() {
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        assertEquals(Virtqueue.AVAIL_F_NO_INTERRUPT, mem.get16(q.avail));
        q.setInterrupts(true);
        assertEquals(0, mem.get16(q.avail));
    }

    @Test
    void tokenIsReturnedByIdentity() {
        Virtqueue q = new Virtqueue(t, mem, 0, 8);
        Object token = new Object();
        q.begin();
        q.writable(0x1000, 4);
        q.submit(token);
        q.publish();
        dev.pushUsed(0, dev.takeAvail(0).get(0).head(), 4);
        assertSame(token, q.takeUsed());
    }
}
