package kiln.net.iface;

import static kiln.net.TwoHosts.IP_A;
import static kiln.net.TwoHosts.IP_B;
import static kiln.net.TwoHosts.MAC_A;
import static kiln.net.TwoHosts.MAC_B;
import static kiln.net.TwoHosts.MS;
import static kiln.net.TwoHosts.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kiln.net.Drop;
import kiln.net.IpAddr;
import kiln.net.PcapOnFailure;
import kiln.net.TwoHosts;
import kiln.net.sim.SimLink;

class ArpAndPingTest {
    @RegisterExtension
    static final PcapOnFailure CAPTURE = new PcapOnFailure();

    @Test
    void gratuitousArpOnConfigureTeachesThePeer() {
        TwoHosts h = new TwoHosts(1, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        // Both announced themselves when configured; announcements only update existing entries
        // (RFC 826 merge), so nobody has learned anything yet.
        h.sim.run(10 * MS);
        assertNull(h.a.neighbour(IP_B));
        assertEquals(1, h.a.stats().arpRequestsSent);
        assertEquals(0, h.a.stats().arpRepliesSent, "an announcement is not a question to answer");
    }

    @Test
    void pingResolvesArpThenGetsAReply() {
        TwoHosts h = new TwoHosts(2, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        assertTrue(h.a.icmp().sendEchoRequest(IP_B, 7, 1, "hello".getBytes()));
        IcmpLayer.EchoReply[] got = new IcmpLayer.EchoReply[1];
        assertTrue(h.sim.runUntil(() -> (got[0] = h.a.icmp().pollEchoReply()) != null, SECOND));
        assertEquals(new IcmpLayer.EchoReply(IP_B, 7, 1, 5), got[0]);
        assertArrayEquals(MAC_B, h.a.neighbour(IP_B));
        // B learned A from A's request (A was the target's questioner): no ARP needed for the reply.
        assertArrayEquals(MAC_A, h.b.neighbour(IP_A));
        assertEquals(1, h.b.stats().arpRepliesSent);
        assertEquals(1, h.b.stats().icmpEchoRepliesSent);
    }

    @Test
    void pendingQueueHoldsPacketsUntilResolvedAndIsBounded() {
        StackLimits limits = StackLimits.DEFAULTS.withArpPending(3, 10);
        TwoHosts h = new TwoHosts(3, SimLink.Conditions.PERFECT, CAPTURE.pcap(), limits, 1500);
        for (int i = 0; i < 5; i++) {
            h.a.icmp().sendEchoRequest(IP_B, 1, i, new byte[8]);
        }
        assertEquals(2, h.a.stats().drops(Drop.ARP_QUEUE_FULL));
        List<Integer> seqs = new ArrayList<>();
        h.sim.runUntil(() -> {
            IcmpLayer.EchoReply r;
            while ((r = h.a.icmp().pollEchoReply()) != null) {
                seqs.add(r.sequence());
            }
            return seqs.size() == 3;
        }, SECOND);
        assertEquals(List.of(0, 1, 2), seqs, "queued packets leave in order once the MAC is known");
        assertEquals(2, h.a.stats().arpRequestsSent, "one announcement and one request for three packets");
    }

    @Test
    void unresolvedHopIsRetriedThenItsQueueDropped() {
        TwoHosts h = new TwoHosts(4, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        int nobody = IpAddr.parse("10.0.0.99");
        h.a.icmp().sendEchoRequest(nobody, 1, 1, new byte[8]);
        h.a.icmp().sendEchoRequest(nobody, 1, 2, new byte[8]);
        h.sim.run(10 * SECOND);
        assertEquals(1 + 3, h.a.stats().arpRequestsSent, "announcement + arpMaxRequests requests");
        assertEquals(2, h.a.stats().drops(Drop.ARP_UNRESOLVED));
        assertEquals(Long.MAX_VALUE, h.a.nextDeadline(), "nothing left to time out");
    }

    @Test
    void learnedNeighbourExpires() {
        TwoHosts h = new TwoHosts(5, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        h.a.icmp().sendEchoRequest(IP_B, 1, 1, new byte[8]);
        h.sim.run(SECOND);
        assertNotNull(h.a.neighbour(IP_B));
        h.sim.run(StackLimits.DEFAULTS.arpReachableNanos());
        assertNull(h.a.neighbour(IP_B));
    }

    @Test
    void offLinkDestinationGoesToTheGatewayAndNoGatewayMeansNoRoute() {
        TwoHosts h = new TwoHosts(6, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        int far = IpAddr.parse("192.0.2.1");
        assertEquals(false, h.a.icmp().sendEchoRequest(far, 1, 1, new byte[8]));
        assertEquals(1, h.a.stats().drops(Drop.IP_NO_ROUTE));
        h.a.configure(new kiln.net.IpConfig(IP_A, 24, IP_B, 0));
        assertTrue(h.a.icmp().sendEchoRequest(far, 1, 2, new byte[8]));
        h.sim.run(SECOND);
        // B is the gateway: the request reached B's MAC but B is not 192.0.2.1 and does not forward.
        assertArrayEquals(MAC_B, h.a.neighbour(IP_B));
        assertEquals(1, h.b.stats().drops(Drop.IP_NOT_FOR_US));
    }

    @Test
    void largePingIsFragmentedBothWays() {
        TwoHosts h = new TwoHosts(7, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        byte[] data = new byte[4000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        h.a.icmp().sendEchoRequest(IP_B, 9, 9, data);
        IcmpLayer.EchoReply[] got = new IcmpLayer.EchoReply[1];
        assertTrue(h.sim.runUntil(() -> (got[0] = h.a.icmp().pollEchoReply()) != null, SECOND));
        assertEquals(4000, got[0].dataLength());
        assertEquals(3, h.a.stats().txFragments);
        assertEquals(1, h.b.stats().reassembled);
        assertEquals(1, h.a.stats().reassembled);
        assertEquals(0, h.a.reassemblyMemory());
    }

    @Test
    void pingToBroadcastIsIgnored() {
        TwoHosts h = new TwoHosts(8, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        h.a.icmp().sendEchoRequest(IpAddr.parse("10.0.0.255"), 1, 1, new byte[8]);
        h.sim.run(SECOND);
        assertEquals(1, h.b.stats().drops(Drop.ICMP_IGNORED));
        assertEquals(0, h.b.stats().icmpEchoRepliesSent);
    }

    @Test
    void shortFramesArePaddedToTheEthernetMinimum() {
        TwoHosts h = new TwoHosts(9, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        List<Integer> lengths = new ArrayList<>();
        h.link.setTap((t, d, off, len) -> lengths.add(len));
        h.a.icmp().sendEchoRequest(IP_B, 1, 1, new byte[1]);
        h.sim.run(SECOND);
        assertEquals(List.of(60, 60, 60, 60, 60, 60), lengths, "2 announcements, ARP request and reply, echo request and reply");
    }

    @Test
    void pingToSelfIsLoopedBack() {
        TwoHosts h = new TwoHosts(10, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        h.a.icmp().sendEchoRequest(IP_A, 3, 4, new byte[10]);
        IcmpLayer.EchoReply[] got = new IcmpLayer.EchoReply[1];
        assertTrue(h.sim.runUntil(() -> (got[0] = h.a.icmp().pollEchoReply()) != null, SECOND));
        assertEquals(new IcmpLayer.EchoReply(IP_A, 3, 4, 10), got[0]);
        assertEquals(0, h.link.sent - 2, "only the two announcements went on the wire");
    }
}
