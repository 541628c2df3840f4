package kiln.net.iface;

import static kiln.net.TwoHosts.IP_A;
import static kiln.net.TwoHosts.IP_B;
import static kiln.net.TwoHosts.MAC_A;
import static kiln.net.TwoHosts.MAC_B;
import static kiln.net.TwoHosts.MS;
import static kiln.net.TwoHosts.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kiln.net.Drop;
import kiln.net.PcapOnFailure;
import kiln.net.TwoHosts;
import kiln.net.sim.SimLink;
import kiln.net.udp.UdpSocket;
import kiln.net.wire.Ethernet;
import kiln.net.wire.Ipv4;
import kiln.net.wire.Udp;

/** Hand-made fragments injected into B, whose UDP socket on port 7 must see exactly the original datagram. */
class ReassemblyTest {
    @RegisterExtension
    static final PcapOnFailure CAPTURE = new PcapOnFailure();

    private static final int PORT = 7;
    private TwoHosts h;
    private UdpSocket socket;
    private byte[] payload;
    private byte[] udp;

    private void setUp(StackLimits limits, int payloadLength) {
        h = new TwoHosts(11, SimLink.Conditions.PERFECT, CAPTURE.pcap(), limits, 1500);
        socket = h.b.udp().open(PORT);
        payload = new byte[payloadLength];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31 + 5);
        }
        udp = new byte[Udp.HEADER + payloadLength];
        System.arraycopy(payload, 0, udp, Udp.HEADER, payloadLength);
        Udp.write(udp, 0, 5555, PORT, payloadLength, IP_A, IP_B);
    }

    /** Injects bytes [from, to) of the UDP datagram as one fragment. */
    private void fragment(int ident, int from, int to, boolean more) {
        byte[] f = new byte[Ethernet.HEADER + Ipv4.MIN_HEADER + (to - from)];
        Ethernet.write(f, 0, MAC_B, MAC_A, Ethernet.TYPE_IPV4);
        Ipv4.write(f, Ethernet.HEADER, Ipv4.MIN_HEADER + to - from, ident, (more ? Ipv4.FLAG_MF : 0) | (from / 8), 64,
                Ipv4.PROTO_UDP, IP_A, IP_B);
        System.arraycopy(udp, from, f, Ethernet.HEADER + Ipv4.MIN_HEADER, to - from);
        h.link.b().inject(f);
    }

    private byte[] received() {
        h.sim.run(MS);
        byte[] buf = new byte[70000];
        int n = socket.receive(buf, 0, buf.length);
        return n < 0 ? null : Arrays.copyOf(buf, n);
    }

    @Test
    void inOrder() {
        setUp(StackLimits.DEFAULTS, 3000);
        fragment(1, 0, 1480, true);
        fragment(1, 1480, 2960, true);
        fragment(1, 2960, 3008, false);
        assertArrayEquals(payload, received());
        assertEquals(0, h.b.reassemblyMemory());
    }

    @Test
    void outOfOrderAndDuplicated() {
        setUp(StackLimits.DEFAULTS, 2000);
        fragment(2, 1600, 2008, false);
        fragment(2, 800, 1600, true);
        fragment(2, 800, 1600, true);
        fragment(2, 0, 800, true);
        assertArrayEquals(payload, received());
        assertEquals(1, h.b.stats().drops(Drop.FRAG_DUPLICATE));
    }

    @Test
    void interleavedDatagramsAreKeptApart() {
        setUp(StackLimits.DEFAULTS, 1000);
        fragment(3, 0, 504, true);
        fragment(4, 504, 1008, false);
        fragment(4, 0, 504, true);
        fragment(3, 504, 1008, false);
        assertArrayEquals(payload, received());
        assertArrayEquals(payload, received());
    }

    @Test
    void overlapDiscardsTheDatagram() {
        setUp(StackLimits.DEFAULTS, 2000);
        fragment(5, 0, 800, true);
        fragment(5, 400, 1200, true); // overlaps [400, 800)
        fragment(5, 1200, 2008, false);
        assertEquals(null, received());
        assertEquals(1, h.b.stats().drops(Drop.FRAG_OVERLAP));
        // The late fragment started a new datagram, which then times out.
        h.sim.run(StackLimits.DEFAULTS.reassemblyNanos() + SECOND);
        assertEquals(1, h.b.stats().drops(Drop.FRAG_TIMEOUT));
        assertEquals(0, h.b.reassemblyMemory());
    }

    @Test
    void fragmentPastTheKnownEndIsAnOverlap() {
        setUp(StackLimits.DEFAULTS, 1100);
        fragment(6, 504, 1008, false);
        fragment(6, 0, 1016, true);
        assertEquals(null, received());
        assertEquals(1, h.b.stats().drops(Drop.FRAG_OVERLAP));
    }

    @Test
    void incompleteDatagramTimesOut() {
        setUp(StackLimits.DEFAULTS.withReassembly(256 * 1024, 16, 5 * SECOND), 2000);
        fragment(7, 0, 800, true);
        fragment(7, 1600, 2008, false);
        h.sim.run(4 * SECOND);
        assertEquals(0, h.b.stats().drops(Drop.FRAG_TIMEOUT));
        h.sim.run(2 * SECOND);
        assertEquals(1, h.b.stats().drops(Drop.FRAG_TIMEOUT));
        fragment(7, 800, 1600, true); // the missing piece, too late: starts a new, hopeless datagram
        assertEquals(null, received());
        assertEquals(0, socket.available());
    }

    @Test
    void memoryLimitEvictsTheOldestDatagram() {
        // Room for about two 3000-byte datagrams (each buffer is HEADROOM + payload).
        setUp(StackLimits.DEFAULTS.withReassembly(7000, 16, 30 * SECOND), 3000);
        fragment(10, 0, 1480, true);
        fragment(10, 2960, 3008, false);
        fragment(11, 0, 1480, true);
        fragment(11, 2960, 3008, false);
        fragment(12, 0, 1480, true);
        fragment(12, 2960, 3008, false);
        h.sim.run(MS);
        assertEquals(1, h.b.stats().drops(Drop.FRAG_MEMORY));
        assertEquals(true, h.b.reassemblyMemory() <= 7000);
        fragment(12, 1480, 2960, true);
        assertArrayEquals(payload, received());
        fragment(10, 1480, 2960, true); // its datagram was evicted: nothing completes
        assertEquals(null, received());
    }

    @Test
    void tooManyConcurrentDatagramsEvictsTheOldest() {
        setUp(StackLimits.DEFAULTS.withReassembly(1 << 20, 2, 30 * SECOND), 1000);
        fragment(20, 0, 504, true);
        fragment(21, 0, 504, true);
        fragment(22, 0, 504, true);
        h.sim.run(MS);
        assertEquals(1, h.b.stats().drops(Drop.FRAG_MEMORY));
    }

    @Test
    void malformedFragmentsAreRejected() {
        setUp(StackLimits.DEFAULTS, 1000);
        fragment(30, 0, 500, true); // not a multiple of 8 with more fragments
        byte[] f = new byte[Ethernet.HEADER + Ipv4.MIN_HEADER + 16];
        Ethernet.write(f, 0, MAC_B, MAC_A, Ethernet.TYPE_IPV4);
        Ipv4.write(f, Ethernet.HEADER, Ipv4.MIN_HEADER + 16, 31, 65520 / 8, 64, Ipv4.PROTO_UDP, IP_A, IP_B);
        h.link.b().inject(f); // 65520 + 16 + 20 > 65535
        h.sim.run(MS);
        assertEquals(1, h.b.stats().drops(Drop.FRAG_MALFORMED));
        assertEquals(1, h.b.stats().drops(Drop.FRAG_TOO_LONG));
    }
}
