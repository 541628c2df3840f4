package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Handshake, data, closing sequences and TIME-WAIT on a clean pipe. */
class TcpBasicTest extends TcpTestBase {
    @BeforeEach
    void init() {
        setUp();
    }

    @Test
    void handshakeNegotiatesOptions() {
        TcpConnection[] c = establish();
        List<TcpSegment> syns = a.sent(s -> s.has(TcpSegment.SYN));
        assertEquals(1, syns.size());
        TcpSegment syn = syns.get(0);
        assertEquals(1460, syn.mss); // 1480 IP payload - 20
        assertEquals(1, syn.windowScale); // 65536 bytes of buffer need a shift of 1
        assertTrue(syn.hasTimestamps);
        TcpSegment synAck = b.sent(s -> s.has(TcpSegment.SYN)).get(0);
        assertTrue(synAck.has(TcpSegment.ACK));
        assertEquals(syn.seq + 1, synAck.ack);
        assertEquals(syn.tsVal, synAck.tsEcr);
        assertTrue(c[0].timestampsOn() && c[1].timestampsOn());
        assertEquals(1460 - 12, c[0].effectiveMss());
        assertEquals(1, a.tcp.connectionCount());
        // The SYN timed the round trip: 2 x 5 ms.
        assertEquals(10 * MS, c[0].srtt(), 1 * MS);
    }

    @Test
    void dataBothWays() {
        TcpConnection[] c = establish();
        byte[] up = pattern(200_000, 1);
        byte[] down = pattern(150_000, 2);
        int[] offs = {0, 0};
        java.io.ByteArrayOutputStream gotUp = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream gotDown = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[5000];
        assertTrue(net.runUntil(() -> {
            if (offs[0] < up.length) offs[0] += c[0].write(up, offs[0], up.length - offs[0]);
            if (offs[1] < down.length) offs[1] += c[1].write(down, offs[1], down.length - offs[1]);
            int k;
            while ((k = c[1].read(buf, 0, buf.length)) > 0) gotUp.write(buf, 0, k);
            while ((k = c[0].read(buf, 0, buf.length)) > 0) gotDown.write(buf, 0, k);
            return gotUp.size() == up.length && gotDown.size() == down.length;
        }, 60 * SEC));
        assertArrayEquals(up, gotUp.toByteArray());
        assertArrayEquals(down, gotDown.toByteArray());
        assertEquals(0, a.tcp.stats().retransmits);
        assertEquals(0, b.tcp.stats().retransmits);
    }

    @Test
    void halfCloseThenDataStillFlowsTheOtherWay() {
        TcpConnection[] c = establish();
        c[0].write(new byte[] {1, 2, 3}, 0, 3);
        c[0].shutdownOutput();
        assertEquals(TcpState.FIN_WAIT_1, c[0].state());
        assertArrayEquals(new byte[] {1, 2, 3}, readN(c[1], 3));
        byte[] buf = new byte[10];
        assertTrue(net.runUntil(() -> c[1].read(buf, 0, 10) == -1, SEC), "server sees EOF");
        assertEquals(TcpState.CLOSE_WAIT, c[1].state());
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.FIN_WAIT_2, SEC));
        assertEquals(-1, c[0].write(buf, 0, 1), "no writes after shutdownOutput");
        byte[] reply = pattern(10_000, 3);
        writeAll(c[1], reply);
        assertArrayEquals(reply, readN(c[0], reply.length));
        c[1].close();
        assertEquals(TcpState.LAST_ACK, c[1].state());
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.CLOSED && c[0].state() == TcpState.TIME_WAIT, SEC));
        assertEquals(-1, c[0].read(buf, 0, 10));
        assertEquals(TcpError.NONE, c[0].error());
        assertEquals(TcpError.NONE, c[1].error());
        assertEquals(0, b.tcp.connectionCount());
    }

    @Test
    void timeWaitLastsTwoMslAndAnswersRetransmittedFin() {
        TcpConfig cfg = config();
        cfg.msl = 10 * SEC;
        setUp(cfg, cfg);
        TcpConnection[] c = establish();
        c[0].close();
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.CLOSE_WAIT, SEC));
        // Lose the client's last ACK once: the server retransmits its FIN, which TIME-WAIT must ACK.
        int[] dropped = {0};
        a.dropIf = s -> s.has(TcpSegment.ACK) && !s.has(TcpSegment.FIN) && s.payloadLength == 0 && dropped[0]++ == 0;
        c[1].close();
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.TIME_WAIT, SEC));
        long enteredTimeWait = net.now;
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.CLOSED, 5 * SEC), "server closed after the retransmitted FIN was acked");
        assertEquals(1, dropped[0] >= 1 ? 1 : 0);
        assertTrue(b.tcp.stats().retransmits >= 1);
        long restarted = net.now - 5 * MS; // the retransmitted FIN arrived one delay earlier
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.CLOSED, 30 * SEC));
        long lasted = net.now - enteredTimeWait;
        assertTrue(lasted >= 20 * SEC, "TIME-WAIT lasted " + lasted);
        assertTrue(net.now - restarted <= 20 * SEC + 10 * MS, "2*MSL restarted at the retransmitted FIN");
        assertEquals(0, a.tcp.connectionCount());
    }

    @Test
    void simultaneousOpen() {
        TcpConnection x = a.tcp.connect(IP_A, 5000, IP_B, 6000);
        TcpConnection y = b.tcp.connect(IP_B, 6000, IP_A, 5000);
        assertTrue(net.runUntil(() -> x.state() == TcpState.ESTABLISHED && y.state() == TcpState.ESTABLISHED, 5 * SEC));
        // Both went through SYN-RECEIVED: each sent a SYN and then a SYN-ACK.
        assertEquals(1, a.sent(s -> s.has(TcpSegment.SYN) && !s.has(TcpSegment.ACK)).size());
        assertEquals(1, a.sent(s -> s.has(TcpSegment.SYN) && s.has(TcpSegment.ACK)).size());
        x.write(new byte[] {42}, 0, 1);
        assertArrayEquals(new byte[] {42}, readN(y, 1));
    }

    @Test
    void simultaneousClose() {
        TcpConnection[] c = establish();
        c[0].close();
        c[1].close();
        assertEquals(TcpState.FIN_WAIT_1, c[0].state());
        assertEquals(TcpState.FIN_WAIT_1, c[1].state());
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.CLOSING && c[1].state() == TcpState.CLOSING, SEC));
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.TIME_WAIT && c[1].state() == TcpState.TIME_WAIT, SEC));
        assertTrue(net.runUntil(() -> a.tcp.connectionCount() == 0 && b.tcp.connectionCount() == 0, 61 * SEC));
    }

    @Test
    void connectToClosedPortIsRefused() {
        TcpConnection c = a.tcp.connect(IP_A, IP_B, 9999);
        int[] ops = {0};
        c.setReadinessHook(o -> ops[0] = o);
        assertTrue(net.runUntil(() -> c.state() == TcpState.CLOSED, SEC));
        assertEquals(TcpError.REFUSED, c.error());
        assertEquals(1, b.tcp.stats().drops(TcpDrop.NO_SOCKET));
        TcpSegment rst = b.sent.get(0);
        assertTrue(rst.has(TcpSegment.RST) && rst.has(TcpSegment.ACK));
        assertTrue((ops[0] & TcpReadiness.OP_CONNECT) != 0 && (ops[0] & TcpReadiness.CLOSED) != 0);
        assertEquals(-1, c.read(new byte[1], 0, 1));
        assertEquals(0, a.tcp.connectionCount());
    }

    @Test
    void connectTimesOutWhenNobodyAnswers() {
        b.dropIf = s -> true;
        a.dropIf = s -> true;
        TcpConnection c = a.tcp.connect(IP_A, IP_B, PORT);
        assertTrue(net.runUntil(() -> c.state() == TcpState.CLOSED, 600 * SEC));
        assertEquals(TcpError.TIMED_OUT, c.error());
        // 1 SYN + 6 retries at 1, 2, 4, 8, 16, 32 s, given up 64 s after the last: 127 s in all.
        List<TcpSegment> syns = a.sent(s -> s.has(TcpSegment.SYN));
        assertEquals(7, syns.size());
    }

    @Test
    void readinessHookFollowsState() {
        listener = b.tcp.listen(PORT, 4);
        int[] acceptOps = {0};
        listener.setReadinessHook(o -> acceptOps[0] = o);
        TcpConnection c = a.tcp.connect(IP_A, IP_B, PORT);
        java.util.List<Integer> changes = new java.util.ArrayList<>();
        c.setReadinessHook(changes::add);
        assertTrue(net.runUntil(() -> acceptOps[0] == TcpReadiness.OP_ACCEPT, SEC));
        TcpConnection s = listener.accept();
        assertEquals(0, acceptOps[0]);
        assertTrue(changes.contains(TcpReadiness.OP_CONNECT | TcpReadiness.OP_WRITE));
        int[] sops = {0};
        s.setReadinessHook(o -> sops[0] = o);
        c.write(new byte[] {7}, 0, 1);
        assertTrue(net.runUntil(() -> (sops[0] & TcpReadiness.OP_READ) != 0, SEC));
        s.read(new byte[1], 0, 1);
        assertEquals(0, sops[0] & TcpReadiness.OP_READ);
        assertFalse(s.available() > 0);
    }

    @Test
    void closeWithUnreadDataResets() {
        TcpConnection[] c = establish();
        c[0].write(new byte[] {1, 2}, 0, 2);
        assertTrue(net.runUntil(() -> c[1].available() == 2, SEC));
        c[1].close();
        assertEquals(TcpState.CLOSED, c[1].state());
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.CLOSED, SEC));
        assertEquals(TcpError.RESET, c[0].error());
    }

    @Test
    void orphanedFinWait2TimesOut() {
        TcpConnection[] c = establish();
        c[0].close();
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.FIN_WAIT_2, SEC));
        net.run(59 * SEC);
        assertEquals(TcpState.FIN_WAIT_2, c[0].state());
        net.run(2 * SEC);
        assertEquals(TcpState.CLOSED, c[0].state());
        assertEquals(TcpState.CLOSE_WAIT, c[1].state());
    }

    @Test
    void dataAfterCloseIsAnsweredWithReset() {
        TcpConnection[] c = establish();
        c[0].close();
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.FIN_WAIT_2, SEC));
        c[1].write(new byte[] {9}, 0, 1);
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.CLOSED, SEC));
        assertEquals(TcpError.RESET, c[1].error());
        assertEquals(1, a.tcp.stats().drops(TcpDrop.AFTER_CLOSE));
    }

    @Test
    void ephemeralPortsAreDistinctAndInRange() {
        listener = b.tcp.listen(PORT, 64);
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) {
            TcpConnection c = a.tcp.connect(IP_A, IP_B, PORT);
            assertTrue(c.localPort >= 49152 && c.localPort <= 65535);
            assertTrue(ports.add(c.localPort));
        }
        assertTrue(net.runUntil(() -> listener.pending() == 50, 5 * SEC));
    }

    @Test
    void clockValuesMayBeNegative() {
        net.now = -3 * SEC; // System.nanoTime() may be negative; timers must not treat that as "off"
        a.dropIf = s -> s.payloadLength > 0 && a.sent(TcpTestBase::dataSegment).size() == 1; // lose the first data segment
        TcpConnection[] c = establish();
        c[0].write(new byte[] {1, 2}, 0, 2);
        assertArrayEquals(new byte[] {1, 2}, readN(c[1], 2));
        assertEquals(1, a.tcp.stats().timeouts);
        c[0].close();
        c[1].close();
        assertTrue(net.runUntil(() -> a.tcp.connectionCount() == 0 && b.tcp.connectionCount() == 0, 120 * SEC));
    }

    @Test
    void timeWaitConnectionsHoldNoBuffers() {
        TcpConnection[] c = establish();
        byte[] data = pattern(20_000, 8);
        writeAll(c[0], data);
        writeAll(c[1], data);
        readN(c[0], data.length);
        readN(c[1], data.length);
        assertTrue(c[0].holdsBuffers());
        c[1].close();
        assertTrue(net.runUntil(() -> c[0].state() == TcpState.CLOSE_WAIT, SEC));
        c[0].close();
        assertTrue(net.runUntil(() -> c[1].state() == TcpState.TIME_WAIT && c[0].state() == TcpState.CLOSED, SEC));
        assertFalse(c[1].holdsBuffers());
        assertFalse(c[0].holdsBuffers());
    }

    @Test
    void mssIsClampedToThePathAndOptionsFallBack() {
        TcpConfig plain = config();
        plain.timestamps = false;
        plain.windowScaling = false;
        setUp(config(), plain);
        a.maxPayload = 1000; // A's side of the path carries less
        TcpConnection[] c = establish();
        assertEquals(980, a.sent(s -> s.has(TcpSegment.SYN)).get(0).mss);
        TcpSegment synAck = b.sent(s -> s.has(TcpSegment.SYN)).get(0);
        assertEquals(1460, synAck.mss);
        assertEquals(-1, synAck.windowScale);
        assertFalse(synAck.hasTimestamps);
        assertFalse(c[0].timestampsOn());
        assertEquals(0, c[0].sendScale());
        assertEquals(980, c[0].effectiveMss()); // min(peer's 1460, own path 980), no options
        assertEquals(980, c[1].effectiveMss()); // the peer's MSS option
        byte[] data = pattern(50_000, 6);
        writeAll(c[1], data);
        assertArrayEquals(data, readN(c[0], data.length));
        assertTrue(b.sent.stream().allMatch(s -> s.payloadLength <= 980));
        assertTrue(b.sent.stream().noneMatch(s -> s.hasTimestamps));
    }
}
