package kiln.net.dhcp;

import static kiln.net.TwoHosts.MAC_A;
import static kiln.net.TwoHosts.MAC_B;
import static kiln.net.TwoHosts.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kiln.net.Drop;
import kiln.net.IpAddr;
import kiln.net.IpConfig;
import kiln.net.PcapOnFailure;
import kiln.net.iface.NetStack;
import kiln.net.sim.SeededEntropy;
import kiln.net.sim.SimLink;
import kiln.net.sim.Simulation;
import kiln.net.sim.VirtualClock;

class DhcpClientTest {
    @RegisterExtension
    static final PcapOnFailure CAPTURE = new PcapOnFailure();

    private static final int SERVER = IpAddr.parse("10.0.0.2");
    private static final int OFFER = IpAddr.parse("10.0.0.50");

    private final VirtualClock clock = new VirtualClock(5 * SECOND);
    private SimLink link;
    private NetStack client;
    private NetStack serverStack;
    private TestDhcpServer server;
    private DhcpClient dhcp;
    private Simulation sim;

    private void setUp(long seed) {
        link = new SimLink(clock, seed, SimLink.Conditions.PERFECT, MAC_A, MAC_B, 1500);
        link.setTap(CAPTURE.pcap()::write);
        client = new NetStack(link.a(), clock, new SeededEntropy(seed));
        serverStack = new NetStack(link.b(), clock, new SeededEntropy(seed + 1));
        serverStack.configure(new IpConfig(SERVER, 24, 0, 0));
        server = new TestDhcpServer(serverStack.udp().open(67), SERVER, OFFER);
        dhcp = new DhcpClient(client, new SeededEntropy(seed + 2));
        sim = new Simulation(clock).add(client).add(serverStack).add(link).addActor(server);
    }

    @Test
    void discoverOfferRequestAck() {
        setUp(1);
        dhcp.start();
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.BOUND, 10 * SECOND));
        assertEquals(new IpConfig(OFFER, 24, SERVER, IpAddr.parse("10.0.0.3")), client.config());
        assertEquals(List.of(DhcpMessage.DISCOVER, DhcpMessage.REQUEST), server.received);
        // T1 and T2 default to 50% and 87.5% of the 100 s lease.
        long now = clock.nanoTime();
        assertEquals(50 * SECOND, dhcp.t1() - now);
        assertEquals(87_500_000_000L, dhcp.t2() - now);
        // The configured stack is reachable at its new address.
        client.icmp();
        serverStack.icmp().sendEchoRequest(OFFER, 1, 1, new byte[4]);
        assertTrue(sim.runUntil(() -> serverStack.icmp().pollEchoReply() != null, SECOND));
    }

    @Test
    void retransmitsWithBackoffWhileTheServerIsSilent() {
        setUp(2);
        server.silent = true;
        dhcp.start();
        long start = clock.nanoTime();
        // §4.1: 4, 8, 16, 32 s (each ±1 s) after the first: sends at ~0, 4, 12, 28, 60 s.
        sim.run(55 * SECOND);
        assertEquals(4, server.received.size(), "DISCOVERs within 55 s: " + server.received);
        sim.run(10 * SECOND);
        assertEquals(5, server.received.size(), "DISCOVERs within 65 s: " + server.received);
        server.silent = false;
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.BOUND, 70 * SECOND));
        assertTrue(clock.nanoTime() - start > 65 * SECOND);
    }

    @Test
    void renewsAtT1ByUnicastToTheServer() {
        setUp(3);
        dhcp.start();
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.BOUND, 10 * SECOND));
        long t1 = dhcp.t1();
        server.received.clear();
        server.ciaddrs.clear();
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.RENEWING, 60 * SECOND));
        assertTrue(clock.nanoTime() >= t1);
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.BOUND, 10 * SECOND));
        assertEquals(List.of(DhcpMessage.REQUEST), server.received);
        assertEquals(List.of(OFFER), server.ciaddrs, "the renewing REQUEST carries ciaddr");
        assertTrue(dhcp.t1() > t1, "the lease was extended");
        assertEquals(2, dhcp.leasesBound);
    }

    @Test
    void rebindsThenLosesTheLeaseWhenNoServerAnswers() {
        setUp(4);
        dhcp.start();
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.BOUND, 10 * SECOND));
        long t2 = dhcp.t2();
        long expiry = dhcp.expiry();
        server.silent = true;
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.REBINDING, 100 * SECOND));
        assertTrue(clock.nanoTime() >= t2);
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.SELECTING, 100 * SECOND));
        assertTrue(clock.nanoTime() >= expiry);
        assertNull(client.config(), "an expired lease removes the address");
        assertNull(dhcp.lease());
        assertTrue(server.received.size() >= 3, "renew and rebind requests were sent: " + server.received);
    }

    @Test
    void nakRestartsDiscovery() {
        setUp(5);
        server.nak = true;
        dhcp.start();
        sim.run(2 * SECOND);
        assertEquals(DhcpClient.State.SELECTING, dhcp.state());
        assertEquals(List.of(DhcpMessage.DISCOVER, DhcpMessage.REQUEST), server.received);
        assertNull(client.config());
        sim.run(4 * SECOND);
        assertEquals(DhcpMessage.DISCOVER, server.received.get(2), "discovery restarts after a pause");
    }

    @Test
    void malformedAndForeignRepliesAreCountedAndIgnored() {
        setUp(6);
        server.silent = true;
        dhcp.start();
        sim.run(SECOND);
        var raw = serverStack.udp().open(6767);
        byte[] junk = new byte[300];
        raw.sendTo(IpAddr.BROADCAST, 68, junk, 0, 100); // too short
        junk[0] = 2;
        junk[1] = 1;
        junk[2] = 6;
        IpAddr.write(junk, 236, 0x63825363);
        junk[240] = 53;
        junk[241] = 1;
        junk[242] = 2;
        junk[243] = 54;
        junk[244] = (byte) 200; // option length past the end
        raw.sendTo(IpAddr.BROADCAST, 68, junk, 0, 300);
        junk[243] = (byte) 255;
        raw.sendTo(IpAddr.BROADCAST, 68, junk, 0, 300); // well formed, wrong xid and chaddr
        sim.run(SECOND);
        assertEquals(2, client.stats().drops(Drop.DHCP_MALFORMED));
        assertEquals(1, client.stats().drops(Drop.DHCP_IGNORED));
        assertEquals(DhcpClient.State.SELECTING, dhcp.state());
    }

    /** Boot as an image would: DHCP, then a DNS query to the server the lease named, answered by B. */
    @Test
    void leaseThenResolveThroughTheLeasedDnsServer() {
        setUp(7);
        serverStack.configure(new IpConfig(SERVER, 24, 0, 0));
        dhcp.start();
        assertTrue(sim.runUntil(() -> dhcp.state() == DhcpClient.State.BOUND, 10 * SECOND));
        // The lease named 10.0.0.3 as DNS server: give B that address too so it can answer.
        serverStack.configure(new IpConfig(IpAddr.parse("10.0.0.3"), 24, 0, 0));
        var dnsSocket = serverStack.udp().open(53);
        byte[] buf = new byte[512];
        sim.addActor(() -> {
            int n;
            while ((n = dnsSocket.receive(buf, 0, buf.length)) >= 0) {
                byte[] r = java.util.Arrays.copyOf(buf, n + 16);
                r[2] = (byte) 0x81;
                r[3] = (byte) 0x80;
                r[7] = 1;
                System.arraycopy(new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 0, 80}, 0, r, n, 16);
                dnsSocket.sendTo(dnsSocket.sourceIp(), dnsSocket.sourcePort(), r, 0, r.length);
            }
        });
        var resolver = kiln.net.dns.DnsResolver.forConfiguredServer(client, new SeededEntropy(8));
        var q = resolver.resolve("web.lan");
        assertTrue(sim.runUntil(q::isDone, 10 * SECOND));
        assertEquals(List.of(IpAddr.parse("10.0.0.80")), java.util.Arrays.stream(q.addresses()).boxed().toList(), q.error());
    }
}
