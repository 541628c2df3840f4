package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nagle, delayed ACKs, keepalive and the listen backlog. */
class TcpTimingTest extends TcpTestBase {
    @Test
    void nagleCoalescesSmallWrites() {
        setUp();
        TcpConnection[] c = establish();
        long t0 = net.now;
        for (int i = 0; i < 3; i++) {
            c[0].write(new byte[] {(byte) i}, 0, 1);
        }
        assertArrayEquals(new byte[] {0, 1, 2}, readN(c[1], 3));
        List<TcpSegment> data = a.sent(TcpTestBase::dataSegment);
        assertEquals(2, data.size());
        assertEquals(1, data.get(0).payloadLength);
        assertEquals(t0, a.timeOf(data.get(0)));
        assertEquals(2, data.get(1).payloadLength);
        // The second segment waited for the (delayed) ACK of the first: 5 ms + 40 ms + 5 ms.
        assertEquals(t0 + 50 * MS, a.timeOf(data.get(1)));
    }

    @Test
    void noDelaySendsAtOnce() {
        setUp();
        TcpConnection[] c = establish();
        c[0].setNoDelay(true);
        long t0 = net.now;
        for (int i = 0; i < 3; i++) {
            c[0].write(new byte[] {(byte) i}, 0, 1);
        }
        readN(c[1], 3);
        List<TcpSegment> data = a.sent(TcpTestBase::dataSegment);
        assertEquals(3, data.size());
        for (TcpSegment s : data) {
            assertEquals(t0, a.timeOf(s));
        }
    }

    @Test
    void delayedAckTiming() {
        setUp();
        TcpConnection[] c = establish();
        c[0].setNoDelay(true);
        int before = b.sent.size();
        long t0 = net.now;
        c[0].write(new byte[100], 0, 100);
        net.run(200 * MS);
        assertEquals(before + 1, b.sent.size());
        assertEquals(t0 + 5 * MS + 40 * MS, b.timeOf(b.last()), "one small segment: ACK after the 40 ms delay");
        // Two full-sized segments: the second is ACKed at once (RFC 9293 §3.8.6.3).
        long t1 = net.now;
        int mss = c[0].effectiveMss();
        c[0].write(new byte[2 * mss], 0, 2 * mss);
        net.run(200 * MS);
        assertEquals(before + 2, b.sent.size());
        assertEquals(t1 + 5 * MS, b.timeOf(b.last()));
    }

    @Test
    void keepaliveProbesThenGivesUp() {
        TcpConfig cfg = config();
        cfg.keepaliveIdle = 10 * SEC;
        cfg.keepaliveInterval = 1 * SEC;
        cfg.keepaliveProbes = 3;
        setUp(cfg, cfg);
        TcpConnection[] c = establish();
        c[0].setKeepAlive(true);
        net.run(25 * SEC);
        assertEquals(TcpState.ESTABLISHED, c[0].state());
        assertEquals(2, a.tcp.stats().keepaliveProbes, "one probe per idle period, answered each time");
        TcpSegment probe = a.sent(s -> s.payloadLength == 0 && s.seq == c[0].sndNxtSeq() - 1).get(0);
        assertNotNull(probe);
        b.dropIf = s -> true; // the peer vanishes
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.CLOSED, 30 * SEC));
        assertEquals(TcpError.TIMED_OUT, c[0].error());
        assertEquals(5, a.tcp.stats().keepaliveProbes);
    }

    @Test
    void backlogOverflowDropsSynsUntilAccept() {
        setUp();
        listener = b.tcp.listen(PORT, 1);
        TcpConnection first = a.tcp.connect(IP_A, IP_B, PORT);
        assertTrue(net.runUntil(() -> listener.pending() == 1, SEC));
        TcpConnection second = a.tcp.connect(IP_A, IP_B, PORT);
        net.run(500 * MS);
        assertEquals(TcpState.SYN_SENT, second.state());
        assertEquals(1, b.tcp.stats().drops(TcpDrop.BACKLOG_FULL));
        assertNotNull(listener.accept());
        assertNull(listener.accept());
        // The SYN retransmitted after 1 s finds room now.
        assertTrue(net.runUntil(() -> second.state() == TcpState.ESTABLISHED && listener.pending() == 1, 2 * SEC));
        assertEquals(TcpState.ESTABLISHED, first.state());
    }

    @Test
    void halfOpenConnectionsAreBounded() {
        TcpConfig cfg = config();
        cfg.maxHalfOpen = 2;
        setUp(config(), cfg);
        listener = b.tcp.listen(PORT, 16);
        a.dropIf = s -> s.has(TcpSegment.ACK); // clients never complete the handshake
        for (int i = 0; i < 4; i++) {
            a.tcp.connect(IP_A, IP_B, PORT);
        }
        net.run(100 * MS);
        assertEquals(2, listener.halfOpen());
        assertEquals(2, b.tcp.stats().drops(TcpDrop.HALF_OPEN_FULL));
        // SYN-ACK retransmissions give up eventually and free the slots.
        net.run(200 * SEC);
        assertEquals(0, b.tcp.connectionCount());
    }

    @Test
    void manyShortConnectionsAllExpireFromTimeWait() {
        setUp();
        listener = b.tcp.listen(PORT, 1024);
        int n = 1000;
        for (int i = 0; i < n; i++) {
            TcpConnection c = a.tcp.connect(IP_A, IP_B, PORT);
            TcpConnection[] accepted = new TcpConnection[1];
            assertTrue(net.runUntil(() -> (accepted[0] = listener.accept()) != null, SEC));
            TcpConnection s = accepted[0];
            c.write(new byte[] {1}, 0, 1);
            readN(s, 1);
            s.close(); // the server closes first, like an HTTP/1.0 server: TIME-WAIT is on B
            assertTrue(net.runUntil(() -> c.state() == TcpState.CLOSE_WAIT, SEC));
            c.close();
            assertTrue(net.runUntil(() -> c.state() == TcpState.CLOSED, SEC));
        }
        // Random ephemeral ports repeat; a SYN with a newer timestamp takes over a TIME-WAIT 4-tuple.
        long reused = b.tcp.stats().timeWaitReused;
        assertTrue(reused > 0, "birthday collisions among 1000 of 16384 ports are near certain");
        assertEquals(n, b.tcp.connectionCount() + reused);
        assertEquals(0, a.tcp.connectionCount());
        long started = System.nanoTime();
        net.run(61 * SEC);
        assertEquals(0, b.tcp.connectionCount());
        assertTrue(System.nanoTime() - started < 2 * SEC, "expiring 1000 TIME-WAITs must be cheap");
    }
}
