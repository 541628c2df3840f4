package kiln.virtio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import kiln.net.Clock;

class VirtioBlkTest {
    static final long FLUSH = 1L << 9;
    final ArrayMemory mem = new ArrayMemory(1 << 20);
    final byte[] disk = new byte[64 * 512];
    final FakeMmioDevice dev = new FakeMmioDevice(mem, 2, Features.VERSION_1 | FLUSH);
    int flushes;
    /** Returned in reverse order, to show completions are matched by id, not position. */
    boolean reverse;
    int statusOverride = -1;

    VirtioBlkTest() {
        long sectors = disk.length / 512;
        for (int i = 0; i < 8; i++) {
            dev.config[i] = (byte) (sectors >>> (8 * i));
        }
    }

    /** Plays the block device: executes every available request (§5.2.6). */
    void serve() {
        List<FakeMmioDevice.Chain> chains = new ArrayList<>(dev.takeAvail(0));
        if (reverse) {
            Collections.reverse(chains);
        }
        for (FakeMmioDevice.Chain c : chains) {
            FakeMmioDevice.Desc h = c.descs().get(0);
            assertEquals(16, h.len());
            assertFalse(h.write());
            int type = mem.get32(h.addr());
            long sector = mem.get64(h.addr() + 8);
            FakeMmioDevice.Desc st = c.descs().get(c.descs().size() - 1);
            assertTrue(st.write());
            assertEquals(1, st.len());
            int written = 1;
            if (type == 0) {
                FakeMmioDevice.Desc d = c.descs().get(1);
                assertTrue(d.write());
                mem.copyIn(d.addr(), disk, (int) sector * 512, d.len());
                written += d.len();
            } else if (type == 1) {
                FakeMmioDevice.Desc d = c.descs().get(1);
                assertFalse(d.write());
                mem.copyOut(d.addr(), disk, (int) sector * 512, d.len());
            } else if (type == 4) {
                assertEquals(2, c.descs().size());
                flushes++;
            }
            mem.put8(st.addr(), statusOverride >= 0 ? statusOverride : 0);
            dev.pushUsed(0, c.head(), written);
        }
    }

    /** A clock on which every reading serves the device, so blocking calls make progress. */
    Clock serving() {
        long[] now = {0};
        return () -> {
            serve();
            return now[0] += 1000;
        };
    }

    @Test
    void capacityWriteReadFlush() {
        VirtioBlk blk = new VirtioBlk(dev.transport(), mem, 4);
        assertEquals(64, blk.capacitySectors());
        assertTrue(blk.canFlush());
        assertFalse(blk.readOnly());
        byte[] pattern = new byte[1024];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) (i * 7 + 3);
        }
        blk.writeBlocking(10, pattern, 0, 1024, serving(), 1_000_000_000L);
        assertArrayEquals(pattern, java.util.Arrays.copyOfRange(disk, 5120, 6144));
        blk.flushBlocking(serving(), 1_000_000_000L);
        assertEquals(1, flushes);
        byte[] back = new byte[1024 + 8];
        blk.readBlocking(10, back, 8, 1024, serving(), 1_000_000_000L);
        assertArrayEquals(pattern, java.util.Arrays.copyOfRange(back, 8, 1032));
    }

    @Test
    void severalRequestsInFlightCompleteOutOfOrder() {
        VirtioBlk blk = new VirtioBlk(dev.transport(), mem, 4);
        for (int i = 0; i < disk.length; i++) {
            disk[i] = (byte) (i / 512);
        }
        byte[][] bufs = new byte[4][512];
        BlockRequest[] rs = new BlockRequest[4];
        for (int i = 0; i < 4; i++) {
            rs[i] = blk.read(i * 3, bufs[i], 0, 512);
        }
        assertNull(blk.read(0, new byte[512], 0, 512), "all slots busy");
        reverse = true;
        serve();
        assertEquals(4, blk.poll());
        for (int i = 0; i < 4; i++) {
            assertEquals(BlockRequest.OK, rs[i].status());
            assertEquals(i * 3, bufs[i][0]);
            assertEquals(i * 3, bufs[i][511]);
        }
    }

    @Test
    void errorsAreReported() {
        VirtioBlk blk = new VirtioBlk(dev.transport(), mem, 2);
        statusOverride = 1;
        VirtioException e = assertThrows(VirtioException.class,
                () -> blk.readBlocking(0, new byte[512], 0, 512, serving(), 1_000_000_000L));
        assertTrue(e.getMessage().contains("IOERR"), e.getMessage());
        statusOverride = 77; // not a status the spec defines
        assertThrows(VirtioException.class, () -> blk.readBlocking(0, new byte[512], 0, 512, serving(), 1_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> blk.read(63, new byte[1024], 0, 1024), "past the end");
        assertThrows(IllegalArgumentException.class, () -> blk.read(0, new byte[100], 0, 100), "not whole sectors");
    }

    @Test
    void timeoutWhenDeviceNeverAnswers() {
        VirtioBlk blk = new VirtioBlk(dev.transport(), mem, 2);
        long[] now = {0};
        Clock idle = () -> now[0] += 1_000_000;
        VirtioException e = assertThrows(VirtioException.class,
                () -> blk.readBlocking(0, new byte[512], 0, 512, idle, 50_000_000L));
        assertTrue(e.getMessage().contains("not finished within 50 ms"), e.getMessage());
    }

    @Test
    void sizeMaxLimitsRequests() {
        FakeMmioDevice small = new FakeMmioDevice(mem, 2, Features.VERSION_1 | VirtioBlk.F_SIZE_MAX);
        small.config[8] = 0x00;
        small.config[9] = 0x06; // size_max 1536: three sectors
        VirtioBlk blk = new VirtioBlk(small.transport(), mem, 1);
        assertEquals(1536, blk.maxTransfer());
        assertThrows(IllegalArgumentException.class, () -> blk.read(0, new byte[2048], 0, 2048));
        FakeMmioDevice tiny = new FakeMmioDevice(mem, 2, Features.VERSION_1 | VirtioBlk.F_SIZE_MAX);
        tiny.config[8] = 100;
        assertThrows(VirtioException.class, () -> new VirtioBlk(tiny.transport(), mem, 1));
        assertTrue((tiny.status & Status.FAILED) != 0);
    }

    /**
     * With an interrupt line, a blocked caller sleeps on it instead of polling, and acknowledges the
     * device before letting the line through again (else a completion could be missed).
     */
    @Test
    void blockingCallsSleepOnTheInterruptLine() {
        VirtioBlk blk = new VirtioBlk(dev.transport(), mem, 4);
        assertEquals(1, mem.get16(dev.driverAddr[0]), "polling: the device is asked not to interrupt");
        List<String> events = new ArrayList<>();
        blk.useInterrupts(new InterruptLine() {
            @Override
            public void await(long timeoutNanos) {
                events.add("await");
                serve();
                dev.interruptStatus |= 1; // used buffer notification
            }

            @Override
            public void rearm() {
                events.add("rearm, interrupt status " + dev.interruptStatus);
            }
        });
        assertEquals(0, mem.get16(dev.driverAddr[0]), "interrupts: VIRTQ_AVAIL_F_NO_INTERRUPT cleared");
        Clock still = () -> 0; // never times out, and never serves the device itself
        byte[] pattern = new byte[2048];
        java.util.Arrays.fill(pattern, (byte) 0x5a);
        blk.writeBlocking(4, pattern, 0, 2048, still, 1_000_000_000L);
        assertArrayEquals(pattern, java.util.Arrays.copyOfRange(disk, 2048, 4096));
        assertEquals(List.of("await", "rearm, interrupt status 0"), events);
        assertEquals(1, blk.interruptWakeups());
        // A device that never answers: the line's timeout ends the wait, the deadline the call.
        long[] now = {0};
        FakeMmioDevice quiet = new FakeMmioDevice(mem, 2, Features.VERSION_1);
        quiet.config[0] = 8; // 8 sectors
        VirtioBlk silent = new VirtioBlk(quiet.transport(), mem, 1);
        silent.useInterrupts(new InterruptLine() {
            @Override
            public void await(long timeoutNanos) {
                now[0] += timeoutNanos;
            }

            @Override
            public void rearm() {}
        });
        VirtioException e = assertThrows(VirtioException.class,
                () -> silent.readBlocking(0, new byte[512], 0, 512, () -> now[0], 30_000_000L));
        assertTrue(e.getMessage().contains("not finished within 30 ms"), e.getMessage());
    }

    @Test
    void readOnlyAndNoFlush() {
        FakeMmioDevice ro = new FakeMmioDevice(mem, 2, Features.VERSION_1 | 1L << 5);
        VirtioBlk blk = new VirtioBlk(ro.transport(), mem, 1);
        assertTrue(blk.readOnly());
        assertFalse(blk.canFlush());
        assertThrows(VirtioException.class, () -> blk.write(0, new byte[512], 0, 512));
        assertThrows(VirtioException.class, blk::flush);
    }
}
