package kiln.net.tcp;

import static kiln.net.tcp.TcpSegment.ACK;
import static kiln.net.tcp.TcpSegment.RST;
import static kiln.net.tcp.TcpSegment.SYN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5961 blind attacks, RSTs in every state, and PAWS: segments injected "from B" into A. */
class TcpAttackTest extends TcpTestBase {
    TcpConnection client;
    TcpConnection server;

    @BeforeEach
    void init() {
        setUp();
        TcpConnection[] c = establish();
        client = c[0];
        server = c[1];
    }

    /** Delivers a hand-made segment from B:PORT to the client, now. */
    void injectToClient(int seq, int ack, int flags, byte[] payload) {
        net.inject(a, IP_B, SimNet.segment(IP_B, IP_A, PORT, client.localPort, seq, ack, flags, 65535, payload, false, 0, 0), 0);
        net.run(1 * MS);
    }

    void assertChallengeAck(int sentBefore) {
        assertEquals(sentBefore + 1, a.sent.size(), "exactly one answer");
        TcpSegment ack = a.last();
        assertTrue(ack.has(ACK) && !ack.has(RST) && ack.payloadLength == 0);
        assertEquals(client.rcvNxtSeq(), ack.ack);
        assertEquals(client.sndNxtSeq(), ack.seq);
    }

    @Test
    void blindRstInWindowGetsChallengeAck() {
        int n = a.sent.size();
        injectToClient(client.rcvNxtSeq() + 1000, 0, RST, new byte[0]);
        assertEquals(TcpState.ESTABLISHED, client.state());
        assertChallengeAck(n);
        assertEquals(1, a.tcp.stats().drops(TcpDrop.RST_IN_WINDOW));
        // Out of window: dropped without an answer.
        injectToClient(client.rcvNxtSeq() + 10_000_000, 0, RST, new byte[0]);
        assertEquals(n + 1, a.sent.size());
        assertEquals(TcpState.ESTABLISHED, client.state());
        // The connection still works.
        client.write(new byte[] {5}, 0, 1);
        assertArrayEquals(new byte[] {5}, readN(server, 1));
    }

    @Test
    void exactRstResets() {
        int[] ops = {0};
        client.setReadinessHook(o -> ops[0] = o);
        injectToClient(client.rcvNxtSeq(), 0, RST, new byte[0]);
        assertEquals(TcpState.CLOSED, client.state());
        assertEquals(TcpError.RESET, client.error());
        assertTrue((ops[0] & TcpReadiness.CLOSED) != 0);
        assertEquals(-1, client.write(new byte[1], 0, 1));
    }

    @Test
    void blindSynGetsChallengeAck() {
        int n = a.sent.size();
        injectToClient(client.rcvNxtSeq() + 5, 0, SYN, new byte[0]);
        assertEquals(TcpState.ESTABLISHED, client.state());
        assertChallengeAck(n);
        assertEquals(1, a.tcp.stats().drops(TcpDrop.SYN_IN_WINDOW));
        // Even a SYN with exactly RCV.NXT does not reset (RFC 5961 §4.2).
        injectToClient(client.rcvNxtSeq(), 0, SYN, new byte[0]);
        assertEquals(TcpState.ESTABLISHED, client.state());
    }

    @Test
    void blindDataInjectionWithOldAckIsRefused() {
        int n = a.sent.size();
        int rcvNxt = client.rcvNxtSeq();
        injectToClient(rcvNxt, client.sndUnaSeq() - 0x40000000, ACK, "evil".getBytes());
        assertEquals(0, client.available());
        assertEquals(rcvNxt, client.rcvNxtSeq());
        assertChallengeAck(n);
        assertEquals(1, a.tcp.stats().drops(TcpDrop.BAD_ACK));
        // An ACK for data never sent is dropped too (and answered with an ACK).
        injectToClient(rcvNxt, client.sndNxtSeq() + 100_000, ACK, "evil".getBytes());
        assertEquals(0, client.available());
        assertEquals(2, a.tcp.stats().drops(TcpDrop.BAD_ACK));
    }

    @Test
    void challengeAcksAreRateLimited() {
        int n = a.sent.size();
        for (int i = 0; i < 25; i++) {
            injectToClient(client.rcvNxtSeq() + 100 + i, 0, RST, new byte[0]);
        }
        assertEquals(n + 10, a.sent.size());
        assertEquals(15, a.tcp.stats().challengeAcksSuppressed);
        net.run(2 * SEC);
        injectToClient(client.rcvNxtSeq() + 100, 0, RST, new byte[0]);
        assertEquals(n + 11, a.sent.size(), "a new second allows challenge ACKs again");
        assertEquals(TcpState.ESTABLISHED, client.state());
    }

    @Test
    void pawsDropsOldTimestamps() {
        server.write(new byte[] {1}, 0, 1);
        assertArrayEquals(new byte[] {1}, readN(client, 1));
        TcpSegment lastFromB = b.sent(TcpTestBase::dataSegment).get(0);
        int oldTs = lastFromB.tsVal - 1000;
        int n = a.sent.size();
        byte[] seg = SimNet.segment(IP_B, IP_A, PORT, client.localPort, client.rcvNxtSeq(), client.sndNxtSeq(), ACK,
                65535, "old".getBytes(), true, oldTs, 0);
        net.inject(a, IP_B, seg, 0);
        net.run(MS);
        assertEquals(0, client.available());
        assertEquals(1, a.tcp.stats().drops(TcpDrop.PAWS));
        assertEquals(n + 1, a.sent.size(), "PAWS drop is answered with an ACK");
        // The same bytes with a current timestamp are taken.
        seg = SimNet.segment(IP_B, IP_A, PORT, client.localPort, client.rcvNxtSeq(), client.sndNxtSeq(), ACK,
                65535, "new".getBytes(), true, lastFromB.tsVal + 10, 0);
        net.inject(a, IP_B, seg, 0);
        net.run(MS);
        assertEquals(3, client.available());
    }

    // ---- a RST with the exact sequence number, in each state ----

    private void resetClientAndExpect(TcpError expected) {
        injectToClient(client.rcvNxtSeq(), 0, RST, new byte[0]);
        assertEquals(TcpState.CLOSED, client.state());
        assertEquals(expected, client.error());
        assertEquals(0, a.tcp.connectionCount());
    }

    @Test
    void rstInFinWait1() {
        b.dropIf = s -> true;
        client.close();
        assertEquals(TcpState.FIN_WAIT_1, client.state());
        resetClientAndExpect(TcpError.RESET);
    }

    @Test
    void rstInFinWait2() {
        client.shutdownOutput();
        assertTrue(net.runUntil(() -> client.state() == TcpState.FIN_WAIT_2, SEC));
        resetClientAndExpect(TcpError.RESET);
    }

    @Test
    void rstInCloseWait() {
        server.shutdownOutput();
        assertTrue(net.runUntil(() -> client.state() == TcpState.CLOSE_WAIT, SEC));
        resetClientAndExpect(TcpError.RESET);
    }

    @Test
    void rstInLastAck() {
        server.shutdownOutput();
        assertTrue(net.runUntil(() -> client.state() == TcpState.CLOSE_WAIT, SEC));
        b.dropIf = s -> true;
        client.close();
        assertEquals(TcpState.LAST_ACK, client.state());
        resetClientAndExpect(TcpError.NONE);
    }

    @Test
    void rstInClosing() {
        client.close();
        server.close();
        assertTrue(net.runUntil(() -> client.state() == TcpState.CLOSING, SEC));
        resetClientAndExpect(TcpError.NONE);
    }

    @Test
    void rstInTimeWait() {
        client.close();
        server.close();
        assertTrue(net.runUntil(() -> client.state() == TcpState.TIME_WAIT, SEC));
        resetClientAndExpect(TcpError.NONE);
    }

    @Test
    void rstInSynSentNeedsAcceptableAck() {
        TcpConnection c = a.tcp.connect(IP_A, IP_B, 7777);
        b.dropIf = s -> true; // B's real RST never arrives
        int iss = a.last().seq;
        // A RST without an ACK, or with a wrong ACK, is ignored in SYN-SENT (RFC 9293 §3.10.7.3).
        net.inject(a, IP_B, SimNet.segment(IP_B, IP_A, 7777, c.localPort, 0, 0, RST, 0, new byte[0], false, 0, 0), 0);
        net.inject(a, IP_B, SimNet.segment(IP_B, IP_A, 7777, c.localPort, 0, iss + 5, RST | ACK, 0, new byte[0], false, 0, 0), 0);
        net.run(MS);
        assertEquals(TcpState.SYN_SENT, c.state());
        net.inject(a, IP_B, SimNet.segment(IP_B, IP_A, 7777, c.localPort, 0, iss + 1, RST | ACK, 0, new byte[0], false, 0, 0), 0);
        net.run(MS);
        assertEquals(TcpError.REFUSED, c.error());
    }

    @Test
    void rstInSynReceivedReturnsToListen() {
        a.dropIf = s -> s.has(ACK) && !s.has(SYN); // the handshake's last ACK is lost
        TcpConnection c = a.tcp.connect(IP_A, IP_B, PORT);
        assertTrue(net.runUntil(() -> c.state() == TcpState.ESTABLISHED, SEC));
        assertEquals(1, listener.halfOpen());
        int bRcvNxt = a.sent(s -> s.has(SYN) && s.srcPort == c.localPort).get(0).seq + 1;
        net.inject(b, IP_A, SimNet.segment(IP_A, IP_B, c.localPort, PORT, bRcvNxt, 0, RST, 0, new byte[0], false, 0, 0), 0);
        net.run(MS);
        assertEquals(0, listener.halfOpen());
        assertEquals(1, b.tcp.connectionCount()); // only the connection from init() remains
        assertEquals(null, listener.accept());
    }
}
