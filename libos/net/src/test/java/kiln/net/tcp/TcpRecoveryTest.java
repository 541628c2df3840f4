package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loss recovery, zero windows and window scaling. */
class TcpRecoveryTest extends TcpTestBase {
    @Test
    void retransmissionBacksOffExponentiallyAndKarnSkipsTheSample() {
        TcpConfig cfg = config();
        cfg.timestamps = false; // so RTT comes from timing segments, where Karn's rule applies
        setUp(cfg, cfg);
        TcpConnection[] c = establish();
        assertEquals(200 * MS, c[0].rto()); // 10 ms RTT gives 30 ms, raised to the 200 ms floor
        int[] drops = {0};
        a.dropIf = s -> s.payloadLength > 0 && drops[0]++ < 3;
        c[0].write(new byte[] {1, 2, 3}, 0, 3);
        assertArrayEquals(new byte[] {1, 2, 3}, readN(c[1], 3));
        List<TcpSegment> data = a.sent(TcpTestBase::dataSegment);
        assertEquals(4, data.size());
        long t0 = a.timeOf(data.get(0));
        assertEquals(200 * MS, a.timeOf(data.get(1)) - t0);
        assertEquals(600 * MS, a.timeOf(data.get(2)) - t0);
        assertEquals(1400 * MS, a.timeOf(data.get(3)) - t0);
        assertEquals(3, a.tcp.stats().timeouts);
        assertTrue(net.runUntil(() -> c[0].sndUnaSeq() == c[0].sndNxtSeq(), SEC));
        // Karn: the ACK of a retransmitted segment gives no sample, so the backed-off RTO stays.
        assertEquals(1600 * MS, c[0].rto());
        c[0].write(new byte[] {4}, 0, 1);
        readN(c[1], 1);
        assertTrue(net.runUntil(() -> c[0].sndUnaSeq() == c[0].sndNxtSeq(), SEC));
        assertEquals(200 * MS, c[0].rto(), "a fresh sample ends the back-off");
    }

    @Test
    void fastRetransmitAfterThreeDuplicateAcks() {
        setUp();
        TcpConnection[] c = establish();
        c[0].setNoDelay(true);
        int[] seen = {0};
        a.dropIf = s -> s.payloadLength > 0 && ++seen[0] == 12;
        byte[] data = pattern(200_000, 9);
        int[] off = {0};
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        assertTrue(net.runUntil(() -> {
            if (off[0] < data.length) off[0] += c[0].write(data, off[0], data.length - off[0]);
            int k;
            while ((k = c[1].read(buf, 0, buf.length)) > 0) got.write(buf, 0, k);
            return got.size() == data.length;
        }, 30 * SEC));
        assertArrayEquals(data, got.toByteArray());
        assertEquals(1, a.tcp.stats().fastRetransmits);
        assertEquals(0, a.tcp.stats().timeouts);
        assertEquals(1, a.tcp.stats().retransmits);
        // The receiver answered the gap with immediate duplicate ACKs.
        assertTrue(b.sent.stream().filter(s -> s.payloadLength == 0).count() > 3);
    }

    @Test
    void zeroWindowIsProbedAndReopens() {
        TcpConfig small = config();
        small.receiveBuffer = 8192;
        setUp(config(), small);
        TcpConnection[] c = establish();
        byte[] data = pattern(30_000, 4);
        int written = c[0].write(data, 0, data.length);
        assertEquals(data.length, written);
        net.run(10 * SEC); // the server application does not read
        assertEquals(8192, c[1].available());
        assertEquals(0, c[0].sendWindow());
        long probes = a.tcp.stats().persistProbes;
        assertTrue(probes >= 3 && probes <= 8, "persist probes with back-off in 10 s: " + probes);
        assertEquals(TcpState.ESTABLISHED, c[0].state());
        assertEquals(0, a.tcp.stats().timeouts, "probing is not a loss");
        // Probe intervals double.
        List<TcpSegment> tiny = a.sent(s -> s.payloadLength == 1);
        assertTrue(tiny.size() >= 3);
        long d1 = a.timeOf(tiny.get(1)) - a.timeOf(tiny.get(0));
        long d2 = a.timeOf(tiny.get(2)) - a.timeOf(tiny.get(1));
        assertEquals(2 * d1, d2);
        // Reading opens the window; the rest arrives intact.
        assertArrayEquals(data, readN(c[1], data.length));
    }

    @Test
    void windowScalingCarriesMoreThan64KiBInFlight() {
        TcpConfig big = config();
        big.receiveBuffer = 1 << 20;
        big.sendBuffer = 1 << 20;
        setUp(big, big);
        a.delay = 20 * MS;
        b.delay = 20 * MS;
        TcpConnection[] c = establish();
        assertEquals(5, c[0].sendScale());
        assertEquals(5, c[1].receiveScale());
        byte[] data = pattern(4 << 20, 5);
        long start = net.now;
        long[] maxWnd = {0};
        int[] off = {0};
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        assertTrue(net.runUntil(() -> {
            if (off[0] < data.length) off[0] += c[0].write(data, off[0], data.length - off[0]);
            maxWnd[0] = Math.max(maxWnd[0], c[0].sendWindow());
            int k;
            while ((k = c[1].read(buf, 0, buf.length)) > 0) got.write(buf, 0, k);
            return got.size() == data.length;
        }, 60 * SEC));
        assertArrayEquals(data, got.toByteArray());
        long took = net.now - start;
        assertTrue(maxWnd[0] > 500_000, "window seen " + maxWnd[0]);
        // A 64 KiB window over a 40 ms RTT caps at 1.6 MB/s, i.e. 2.6 s for 4 MiB.
        assertTrue(took < 1500 * MS, "4 MiB took " + took / MS + " ms");
    }

    @Test
    void newRenoRepairsTwoLossesInOneWindowWithoutTimeout() {
        setUp();
        TcpConnection[] c = establish();
        c[0].setNoDelay(true);
        int[] seen = {0};
        a.dropIf = s -> s.payloadLength > 0 && (++seen[0] == 30 || seen[0] == 33);
        byte[] data = pattern(300_000, 10);
        int[] off = {0};
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        assertTrue(net.runUntil(() -> {
            if (off[0] < data.length) off[0] += c[0].write(data, off[0], data.length - off[0]);
            int k;
            while ((k = c[1].read(buf, 0, buf.length)) > 0) got.write(buf, 0, k);
            return got.size() == data.length;
        }, 30 * SEC));
        assertArrayEquals(data, got.toByteArray());
        assertEquals(1, a.tcp.stats().fastRetransmits, "one recovery episode");
        assertEquals(2, a.tcp.stats().retransmits, "the second loss is repaired by the partial ACK (RFC 6582)");
        assertEquals(0, a.tcp.stats().timeouts);
    }
}
