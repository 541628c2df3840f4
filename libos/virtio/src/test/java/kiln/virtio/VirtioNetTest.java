package kiln.virtio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kiln.net.Checksum;
import kiln.net.PacketBuffer;

class VirtioNetTest {
    static final long F_MAC = 1L << 5;
    static final long F_CSUM = 1L;
    static final long F_GUEST_CSUM = 1L << 1;
    final ArrayMemory mem = new ArrayMemory(2 << 20);
    final FakeMmioDevice dev = new FakeMmioDevice(mem, 1, Features.VERSION_1 | F_MAC | F_CSUM | F_GUEST_CSUM | 1L << 16);
    final ArrayDeque<FakeMmioDevice.Chain> rxPosted = new ArrayDeque<>();

    @BeforeEach
    void setUp() {
        byte[] mac = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
        System.arraycopy(mac, 0, dev.config, 0, 6);
        dev.config[6] = 1; // link up
    }

    static byte[] frame(int len, int seed) {
        byte[] f = new byte[len];
        for (int i = 0; i < len; i++) {
            f[i] = (byte) (seed + i);
        }
        return f;
    }

    /** The device delivers a frame into the next posted receive buffer, with header fields given. */
    void deliver(byte[] frame, int flags, int csumStart, int csumOffset) {
        rxPosted.addAll(dev.takeAvail(0));
        FakeMmioDevice.Chain c = rxPosted.poll();
        FakeMmioDevice.Desc d = c.descs().get(0);
        assertTrue(d.write());
        assertTrue(d.len() >= 1526, "§5.1.6.3.1 minimum receive buffer");
        mem.put8(d.addr(), flags);
        mem.put16(d.addr() + 6, csumStart);
        mem.put16(d.addr() + 8, csumOffset);
        mem.copyIn(d.addr() + 12, frame, 0, frame.length);
        dev.pushUsed(0, c.head(), 12 + frame.length);
    }

    @Test
    void featuresMacAndChecksumOffloadNegotiated() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 16, 16);
        assertArrayEquals(new byte[] {0x52, 0x54, 0x00, 0x12, 0x34, 0x56}, net.mac());
        assertEquals(F_CSUM, dev.driverFeatures & F_CSUM, "checksum offload offered, so accepted");
        assertTrue(net.checksumOffload());
        assertTrue(net.linkUp());
        assertEquals(1500, net.mtu());
        assertEquals(16, dev.takeAvail(0).size(), "receive buffers posted before use");
    }

    @Test
    void receivesFramesAndRepostsBuffers() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 4, 4);
        assertNull(net.receive());
        for (int i = 0; i < 10; i++) {
            byte[] f = frame(60 + i, i);
            deliver(f, 0, 0, 0);
            PacketBuffer p = net.receive();
            assertArrayEquals(f, Arrays.copyOfRange(p.data, p.start, p.end));
        }
        assertEquals(10, net.rxFrames());
        deliver(new byte[5], 0, 0, 0); // shorter than an Ethernet header
        assertNull(net.receive());
        assertEquals(1, net.rxDropped());
    }

    @Test
    void completesChecksumWhenDeviceAsks() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 4, 4);
        byte[] f = frame(80, 1);
        f[34 + 6] = 0; // checksum field at csum_start 34 + offset 6 starts at 0 (pseudo-header sum 0 here)
        f[34 + 7] = 0;
        deliver(f, 1, 34, 6);
        PacketBuffer p = net.receive();
        int sum = Checksum.add(0, p.data, p.start + 34, p.length() - 34);
        assertEquals(0, Checksum.finish(sum), "region now sums to all-ones");
        deliver(f, 1, 79, 6); // field would lie past the frame
        assertNull(net.receive());
        assertEquals(1, net.rxDropped());
    }

    @Test
    void partialChecksumGoesToTheDeviceAsNeedsCsum() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 4, 4);
        PacketBuffer p = new PacketBuffer(frame(100, 3));
        p.start = 0;
        p.csumStart = 34;
        p.csumOffset = 16;
        assertTrue(net.transmit(p));
        FakeMmioDevice.Desc d = dev.takeAvail(1).get(0).descs().get(0);
        assertEquals(1, mem.get8(d.addr()), "flags: NEEDS_CSUM");
        assertEquals(34, mem.get16(d.addr() + 6));
        assertEquals(16, mem.get16(d.addr() + 8));
    }

    @Test
    void partialChecksumIsCompletedWithoutOffload() {
        FakeMmioDevice plain = new FakeMmioDevice(mem, 1, Features.VERSION_1 | F_MAC);
        VirtioNet net = new VirtioNet(plain.transport(), mem, 4, 4);
        assertFalse(net.checksumOffload());
        byte[] f = frame(100, 3);
        f[34 + 16] = 0;
        f[34 + 17] = 0;
        PacketBuffer p = new PacketBuffer(f);
        p.csumStart = 34;
        p.csumOffset = 16;
        assertTrue(net.transmit(p));
        FakeMmioDevice.Desc d = plain.takeAvail(1).get(0).descs().get(0);
        assertEquals(0, mem.get8(d.addr()), "no flags");
        byte[] sent = new byte[100];
        mem.copyOut(d.addr() + 12, sent, 0, 100);
        assertEquals(0, Checksum.finish(Checksum.add(0, sent, 34, 66)), "completed in software");
    }

    @Test
    void dataValidMarksTheFrameVerified() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 4, 4);
        deliver(frame(80, 1), 2, 0, 0);
        assertTrue(net.receive().checksumVerified);
        deliver(frame(80, 1), 0, 0, 0);
        assertFalse(net.receive().checksumVerified);
    }

    @Test
    void transmitsWithZeroHeaderAndBatches() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 4, 3);
        int before = dev.notifications.size();
        PacketBuffer[] fs = new PacketBuffer[4];
        for (int i = 0; i < 4; i++) {
            fs[i] = new PacketBuffer(frame(100 + i, 9 * i));
        }
        assertEquals(3, net.transmitBatch(fs, 4), "three transmit slots");
        assertEquals(List.of(1), dev.notifications.subList(before, dev.notifications.size()));
        List<FakeMmioDevice.Chain> sent = dev.takeAvail(1);
        assertEquals(3, sent.size());
        for (int i = 0; i < 3; i++) {
            FakeMmioDevice.Desc d = sent.get(i).descs().get(0);
            assertFalse(d.write());
            assertEquals(12 + 100 + i, d.len());
            byte[] hdr = new byte[12];
            mem.copyOut(d.addr(), hdr, 0, 12);
            assertArrayEquals(new byte[12], hdr);
            byte[] body = new byte[100 + i];
            mem.copyOut(d.addr() + 12, body, 0, body.length);
            assertArrayEquals(frame(100 + i, 9 * i), body);
        }
        assertFalse(net.transmit(fs[3]));
        assertEquals(2, net.txBusy(), "the batch's fourth frame and this one");
        dev.pushUsed(1, sent.get(0).head(), 0);
        assertTrue(net.transmit(fs[3]), "slot reclaimed from the used ring");
    }

    @Test
    void hostileTransmitCompletionIsReported() {
        VirtioNet net = new VirtioNet(dev.transport(), mem, 4, 3);
        net.transmit(new PacketBuffer(frame(60, 0)));
        dev.takeAvail(1);
        dev.pushUsed(1, 200, 0);
        try {
            net.poll();
            throw new AssertionError("expected a VirtioException");
        } catch (VirtioException e) {
            assertTrue(e.getMessage().contains("queue 1: device error"), e.getMessage());
        }
    }
}
