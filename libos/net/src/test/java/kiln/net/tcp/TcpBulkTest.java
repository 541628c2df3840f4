package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** 50 MB each way at once through a pipe with 1% loss, reordering and duplication. */
class TcpBulkTest extends TcpTestBase {
    private static final int SIZE = 50 * 1000 * 1000;

    /** One direction: generates a seeded byte stream, writes it, reads it on the other side, checksums both. */
    private static final class Stream {
        final TcpConnection from;
        final TcpConnection to;
        final Random gen;
        final byte[] chunk = new byte[64 * 1024];
        final byte[] in = new byte[64 * 1024];
        final CRC32 sent = new CRC32();
        final CRC32 received = new CRC32();
        int chunkLen;
        int chunkOff;
        long written;
        long read;

        Stream(TcpConnection from, TcpConnection to, long seed) {
            this.from = from;
            this.to = to;
            this.gen = new Random(seed);
        }

        void pump() {
            while (written < SIZE) {
                if (chunkOff == chunkLen) {
                    chunkLen = (int) Math.min(chunk.length, SIZE - written);
                    gen.nextBytes(chunk);
                    sent.update(chunk, 0, chunkLen);
                    chunkOff = 0;
                }
                int n = from.write(chunk, chunkOff, chunkLen - chunkOff);
                assertTrue(n >= 0, "write failed: " + from);
                if (n == 0) {
                    break;
                }
                chunkOff += n;
                written += n;
            }
            int k;
            while ((k = to.read(in, 0, in.length)) > 0) {
                received.update(in, 0, k);
                read += k;
            }
        }
    }

    @Test
    void fiftyMegabytesEachWayThroughALossyPipe() {
        TcpConfig cfg = config();
        cfg.sendBuffer = 256 * 1024;
        cfg.receiveBuffer = 256 * 1024;
        setUp(cfg, cfg);
        net.traceLimit = 4000; // the pcap on failure keeps the last segments only
        for (SimNet.Host h : net.hosts) {
            h.keepSent = false;
            h.loss = 0.01;
            h.reorder = 0.05;
            h.reorderDelay = 4 * MS;
            h.duplicate = 0.005;
        }
        TcpConnection[] c = establish();
        Stream up = new Stream(c[0], c[1], 1);
        Stream down = new Stream(c[1], c[0], 2);
        long start = net.now;
        long wallStart = System.nanoTime();
        assertTrue(net.runUntil(() -> {
            up.pump();
            down.pump();
            return up.read == SIZE && down.read == SIZE;
        }, 600 * SEC), "transfer incomplete: up " + up.read + " down " + down.read);
        double seconds = (net.now - start) / 1e9;
        assertEquals(up.sent.getValue(), up.received.getValue());
        assertEquals(down.sent.getValue(), down.received.getValue());
        System.out.printf("bulk: 2 x %d MB in %.1f s virtual (%.2f MB/s each way), %.1f s wall; A: %s; B: %s%n",
                SIZE / 1_000_000, seconds, SIZE / 1e6 / seconds, (System.nanoTime() - wallStart) / 1e9,
                a.tcp.stats(), b.tcp.stats());
        // Clean shutdown after the bulk transfer.
        c[0].close();
        c[1].close();
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.TIME_WAIT || c[0].state() == TcpState.CLOSED, 60 * SEC));
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.TIME_WAIT || c[1].state() == TcpState.CLOSED, 60 * SEC));
    }

    /** Smaller transfers over harsher pipes, several seeds: the bytes must always arrive intact. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void harshPipesStillDeliverIntact(long seed) {
        TcpConfig cfg = config();
        cfg.receiveBuffer = 16 * 1024;
        cfg.sendBuffer = 16 * 1024;
        net = new SimNet(seed);
        a = net.addHost(IP_A, cfg);
        b = net.addHost(IP_B, cfg);
        for (SimNet.Host h : net.hosts) {
            h.loss = 0.05;
            h.reorder = 0.2;
            h.reorderDelay = 20 * MS;
            h.duplicate = 0.05;
        }
        TcpConnection[] c = establish();
        byte[] data = pattern(300_000, (int) seed);
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        int[] off = {0};
        byte[] buf = new byte[4096];
        assertTrue(net.runUntil(() -> {
            if (off[0] < data.length) off[0] += c[0].write(data, off[0], data.length - off[0]);
            int k;
            while ((k = c[1].read(buf, 0, buf.length)) > 0) got.write(buf, 0, k);
            return got.size() == data.length;
        }, 600 * SEC), "got " + got.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(data, got.toByteArray());
        c[0].close();
        assertTrue(net.runUntil(() -> c[1].read(buf, 0, 1) == -1, 120 * SEC), "EOF arrives");
        c[1].close();
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.CLOSED, 120 * SEC));
    }
}
