package kiln.net.udp;

import static kiln.net.TwoHosts.IP_A;
import static kiln.net.TwoHosts.IP_B;
import static kiln.net.TwoHosts.MS;
import static kiln.net.TwoHosts.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kiln.net.Drop;
import kiln.net.IpAddr;
import kiln.net.PcapOnFailure;
import kiln.net.TwoHosts;
import kiln.net.sim.SimLink;
import kiln.net.wire.Icmp;

class UdpTest {
    @RegisterExtension
    static final PcapOnFailure CAPTURE = new PcapOnFailure();

    /** A echoes 200 numbered datagrams off B over a link losing 20%, duplicating and reordering; A resends until all come back. */
    @Test
    void exchangeOverALossyLink() {
        TwoHosts h = new TwoHosts(21, SimLink.Conditions.lossy(0.2, 0.05, 0.1), CAPTURE.pcap());
        UdpSocket server = h.b.udp().open(7);
        UdpSocket client = h.a.udp().open(0);
        byte[] buf = new byte[2000];
        h.sim.addActor(() -> {
            int n;
            while ((n = server.receive(buf, 0, buf.length)) >= 0) {
                server.sendTo(server.sourceIp(), server.sourcePort(), buf, 0, n);
            }
        });
        int count = 200;
        BitSet echoed = new BitSet(count);
        byte[] in = new byte[2000];
        long deadline = h.clock.nanoTime() + 120 * SECOND;
        while (echoed.cardinality() < count && h.clock.nanoTime() < deadline) {
            for (int i = echoed.nextClearBit(0); i < count; i = echoed.nextClearBit(i + 1)) {
                client.sendTo(IP_B, 7, message(i), 0, message(i).length);
            }
            h.sim.run(200 * MS);
            int n;
            while ((n = client.receive(in, 0, in.length)) >= 0) {
                int i = ((in[0] & 0xff) << 8) | (in[1] & 0xff);
                assertArrayEquals(message(i), Arrays.copyOf(in, n));
                assertEquals(IP_B, client.sourceIp());
                assertEquals(7, client.sourcePort());
                echoed.set(i);
            }
        }
        assertEquals(count, echoed.cardinality(), "all datagrams echoed; link " + h.link.lost + " lost");
        assertTrue(h.link.lost > 0 && h.link.duplicated > 0 && h.link.reordered > 0, "the link really misbehaved");
    }

    private static byte[] message(int i) {
        byte[] m = new byte[2 + (i * 13) % 1700]; // some are fragmented
        m[0] = (byte) (i >>> 8);
        m[1] = (byte) i;
        for (int k = 2; k < m.length; k++) {
            m[k] = (byte) (i + k);
        }
        return m;
    }

    @Test
    void closedPortAnswersPortUnreachable() {
        TwoHosts h = new TwoHosts(22, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        UdpSocket client = h.a.udp().open(4000);
        client.sendTo(IP_B, 9999, new byte[] {1, 2, 3}, 0, 3);
        h.sim.run(SECOND);
        assertEquals(1, h.b.stats().drops(Drop.UDP_PORT_CLOSED));
        assertEquals(1, h.b.stats().icmpUnreachablesSent);
        assertEquals(Icmp.CODE_PORT_UNREACHABLE, client.takeError());
        assertEquals(-1, client.takeError());
    }

    @Test
    void broadcastToClosedPortIsSilent() {
        TwoHosts h = new TwoHosts(23, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        UdpSocket client = h.a.udp().open(4000);
        client.sendTo(IpAddr.BROADCAST, 9999, new byte[] {1}, 0, 1);
        h.sim.run(SECOND);
        assertEquals(1, h.b.stats().drops(Drop.UDP_PORT_CLOSED));
        assertEquals(0, h.b.stats().icmpUnreachablesSent, "RFC 1122 §3.2.2: no ICMP error about a broadcast");
    }

    @Test
    void receiveQueueIsBounded() {
        TwoHosts h = new TwoHosts(24, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        UdpSocket server = h.b.udp().open(7, 3);
        UdpSocket client = h.a.udp().open(0);
        for (int i = 0; i < 5; i++) {
            client.sendTo(IP_B, 7, new byte[] {(byte) i}, 0, 1);
        }
        h.sim.run(SECOND);
        assertEquals(3, server.available());
        assertEquals(2, h.b.stats().drops(Drop.UDP_QUEUE_FULL));
        byte[] b = new byte[1];
        for (int i = 0; i < 3; i++) {
            assertEquals(1, server.receive(b, 0, 1));
            assertEquals(i, b[0]);
        }
        assertEquals(-1, server.receive(b, 0, 1));
    }

    @Test
    void portsAreBoundOnceAndEphemeralPortsAreDynamic() {
        TwoHosts h = new TwoHosts(25, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        UdpSocket s = h.a.udp().open(53);
        assertThrows(IllegalStateException.class, () -> h.a.udp().open(53));
        s.close();
        h.a.udp().open(53);
        for (int i = 0; i < 100; i++) {
            int p = h.a.udp().open(0).port();
            assertTrue(p >= 49152 && p <= 65535, "port " + p);
        }
    }

    @Test
    void dontFragmentDropsOversizedDatagrams() {
        TwoHosts h = new TwoHosts(26, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        UdpSocket s = h.a.udp().open(0);
        s.setDontFragment(true);
        assertFalse(s.sendTo(IP_B, 7, new byte[1473], 0, 1473));
        assertEquals(1, h.a.stats().drops(Drop.IP_TOO_BIG));
        assertTrue(s.sendTo(IP_B, 7, new byte[1472], 0, 1472));
    }

    @Test
    void longDatagramIsTruncatedToTheReader() {
        TwoHosts h = new TwoHosts(27, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        UdpSocket server = h.b.udp().open(7);
        h.a.udp().open(0).sendTo(IP_B, 7, new byte[] {1, 2, 3, 4}, 0, 4);
        h.sim.run(SECOND);
        byte[] b = new byte[2];
        assertEquals(2, server.receive(b, 0, 2));
        assertArrayEquals(new byte[] {1, 2}, b);
        assertEquals(IP_A, server.sourceIp());
    }
}
