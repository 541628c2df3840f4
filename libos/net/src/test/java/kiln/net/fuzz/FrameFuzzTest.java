package kiln.net.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import kiln.net.Checksum;
import kiln.net.Drop;
import kiln.net.IpAddr;
import kiln.net.IpConfig;
import kiln.net.NetStats;
import kiln.net.NetworkInterface;
import kiln.net.PacketBuffer;
import kiln.net.dhcp.DhcpClient;
import kiln.net.dhcp.DhcpMessage;
import kiln.net.dns.DnsMessage;
import kiln.net.iface.NetStack;
import kiln.net.iface.StackLimits;
import kiln.net.sim.SeededEntropy;
import kiln.net.sim.VirtualClock;
import kiln.net.udp.UdpSocket;
import kiln.net.wire.Arp;
import kiln.net.wire.Ethernet;
import kiln.net.wire.Icmp;
import kiln.net.wire.Ipv4;
import kiln.net.wire.Udp;

/**
 * Seeded random and mutated frames into a whole stack: no exception may escape, memory stays within
 * the limits, and the drop counters show that every layer was reached. (A coverage-guided fuzzer is
 * a separate item of issue 4; this is the deterministic smoke version that runs with every build.)
 */
class FrameFuzzTest {
    private static final byte[] MAC = {0x02, 0, 0, 0, 0, 1};
    private static final byte[] PEER = {0x02, 0, 0, 0, 0, 2};
    private static final int SELF = IpAddr.parse("10.0.0.1");
    private static final int OTHER = IpAddr.parse("10.0.0.2");
    private static final int INPUTS = 200_000;

    /** A device that accepts and forgets what the stack sends. */
    private static final class Sink implements NetworkInterface {
        long sent;

        @Override
        public boolean transmit(PacketBuffer frame) {
            sent++;
            return true;
        }

        @Override
        public PacketBuffer receive() {
            return null;
        }

        @Override
        public byte[] mac() {
            return MAC;
        }

        @Override
        public int mtu() {
            return 1500;
        }
    }

    @Test
    void twoHundredThousandFramesNeverThrow() {
        Random rnd = new Random(0x5eed);
        VirtualClock clock = new VirtualClock(1_000_000_000L);
        Sink device = new Sink();
        StackLimits limits = StackLimits.DEFAULTS.withReassembly(64 * 1024, 8, 5_000_000_000L);
        NetStack stack = new NetStack(device, clock, new SeededEntropy(1), limits);
        stack.configure(new IpConfig(SELF, 24, IpAddr.parse("10.0.0.254"), 0));
        UdpSocket open = stack.udp().open(7, 32);
        DhcpClient dhcp = new DhcpClient(stack, new SeededEntropy(2));
        dhcp.start();
        List<byte[]> seeds = seeds();
        byte[] scratch = new byte[2000];
        for (int i = 0; i < INPUTS; i++) {
            byte[] f = input(rnd, seeds, scratch);
            stack.input(new PacketBuffer(f));
            if (i % 64 == 0) {
                clock.advance(rnd.nextInt(50_000_000));
                stack.poll();
                while (open.receive(scratch, 0, scratch.length) >= 0) {
                    // drain, as an application would
                }
            }
            assertTrue(stack.reassemblyMemory() <= limits.reassemblyBytes());
        }
        NetStats s = stack.stats();
        System.out.println("fuzz: " + INPUTS + " frames, " + device.sent + " sent, " + s);
        assertEquals(INPUTS, s.rxFrames);
        for (Drop d : new Drop[] {Drop.ETH_TRUNCATED, Drop.ETH_UNKNOWN_TYPE, Drop.ETH_NOT_FOR_US, Drop.ARP_MALFORMED,
                Drop.ARP_UNSUPPORTED, Drop.IP_BAD_CHECKSUM, Drop.IP_BAD_VERSION, Drop.IP_TRUNCATED, Drop.IP_NOT_FOR_US,
                Drop.UDP_BAD_CHECKSUM, Drop.UDP_PORT_CLOSED, Drop.ICMP_BAD_CHECKSUM, Drop.FRAG_OVERLAP, Drop.IP_NO_HANDLER,
                Drop.DHCP_MALFORMED}) {
            assertTrue(s.drops(d) > 0, "never reached: " + d + " in " + s);
        }
        assertTrue(s.udpDelivered > 0 && s.icmpEchoRepliesSent > 0 && s.arpRepliesSent > 0 && s.reassembled > 0, s.toString());
    }

    /** Parsers of DHCP and DNS messages on their own: mutated real messages, every length. */
    @Test
    void dhcpAndDnsParsersNeverThrow() {
        Random rnd = new Random(7);
        byte[] dhcp = new byte[400];
        int dhcpLen = DhcpMessage.writeClientMessage(dhcp, 0, DhcpMessage.REQUEST, 1, 0, true, 0, MAC, SELF, OTHER);
        dhcp[0] = 2;
        byte[] dns = Arrays.copyOf(new byte[0], 0);
        byte[] q = new byte[300];
        int qn = DnsMessage.writeQuery(q, 0x4242, "www.example.com");
        dns = Arrays.copyOf(q, qn + 16);
        dns[2] = (byte) 0x81;
        dns[3] = (byte) 0x80;
        dns[7] = 1;
        byte[] rec = {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 1, 2, 3, 4};
        System.arraycopy(rec, 0, dns, qn, 16);
        DhcpMessage dm = new DhcpMessage();
        DnsMessage nm = new DnsMessage();
        assertEquals(null, dm.parse(dhcp, 0, dhcpLen));
        assertEquals(null, nm.parseResponse(dns, dns.length, "www.example.com"));
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] a = mutate(rnd, dhcp, dhcpLen);
            if (dm.parse(a, 0, a.length) == null) {
                accepted++;
            }
            byte[] b = mutate(rnd, dns, dns.length);
            if (nm.parseResponse(b, b.length, "www.example.com") == null) {
                accepted++;
            }
        }
        assertTrue(accepted > 1000 && accepted < 200_000, "accepted " + accepted);
    }

    private static byte[] mutate(Random rnd, byte[] base, int len) {
        byte[] m = Arrays.copyOf(base, rnd.nextInt(4) == 0 ? rnd.nextInt(len + 1) : len);
        int flips = rnd.nextInt(4);
        for (int k = 0; k < flips && m.length > 0; k++) {
            m[rnd.nextInt(m.length)] = (byte) (rnd.nextInt(4) == 0 ? 0xc0 | rnd.nextInt(64) : rnd.nextInt(256));
        }
        return m;
    }

    /** Valid frames of each kind the stack handles, to mutate. */
    private static List<byte[]> seeds() {
        List<byte[]> s = new ArrayList<>();
        byte[] arp = new byte[60];
        Ethernet.write(arp, 0, Ethernet.BROADCAST, PEER, Ethernet.TYPE_ARP);
        Arp.write(arp, 14, Arp.OP_REQUEST, PEER, OTHER, null, SELF);
        s.add(arp);
        byte[] ping = ip(Ipv4.PROTO_ICMP, 0, 16);
        Icmp.writeHeader(ping, 34, 16, Icmp.ECHO_REQUEST, 0, 0x10001);
        s.add(ping);
        byte[] udp = ip(Ipv4.PROTO_UDP, 0, 20);
        Udp.write(udp, 34, 1000, 7, 12, OTHER, SELF);
        s.add(udp);
        byte[] closed = ip(Ipv4.PROTO_UDP, 0, 20);
        Udp.write(closed, 34, 1000, 9, 12, OTHER, SELF);
        s.add(closed);
        byte[] frag = ip(Ipv4.PROTO_UDP, Ipv4.FLAG_MF, 64);
        s.add(frag);
        byte[] frag2 = ip(Ipv4.PROTO_UDP, 8, 40);
        s.add(frag2);
        byte[] dhcp = ip(Ipv4.PROTO_UDP, 0, 8 + 300);
        DhcpMessage.writeClientMessage(dhcp, 42, DhcpMessage.REQUEST, 5, 0, true, 0, MAC, SELF, OTHER);
        dhcp[42] = 2;
        Udp.write(dhcp, 34, 67, 68, 300, OTHER, SELF);
        s.add(dhcp);
        byte[] unreachable = ip(Ipv4.PROTO_ICMP, 0, 8 + 28);
        Ipv4.write(unreachable, 42, 28, 1, 0, 64, Ipv4.PROTO_UDP, SELF, OTHER);
        Icmp.writeHeader(unreachable, 34, 36, Icmp.DEST_UNREACHABLE, 3, 0);
        s.add(unreachable);
        return s;
    }

    private static byte[] ip(int protocol, int flagsFrag, int payload) {
        byte[] f = new byte[Math.max(60, 34 + payload)];
        Ethernet.write(f, 0, MAC, PEER, Ethernet.TYPE_IPV4);
        Ipv4.write(f, 14, 20 + payload, 77, flagsFrag, 64, protocol, OTHER, SELF);
        return f;
    }

    /** One input: pure noise, a seed with random damage, or a damaged seed whose IPv4 checksum is made right again. */
    private static byte[] input(Random rnd, List<byte[]> seeds, byte[] scratch) {
        int kind = rnd.nextInt(10);
        if (kind == 0) {
            byte[] f = new byte[rnd.nextInt(100)];
            rnd.nextBytes(f);
            return f;
        }
        byte[] seed = seeds.get(rnd.nextInt(seeds.size()));
        byte[] f = mutate(rnd, seed, seed.length);
        if (kind < 4) {
            return f; // random damage: mostly caught by checksums
        }
        if (f.length >= 34 && Ethernet.type(f, 0) == Ethernet.TYPE_IPV4 && (f[14] & 0xf0) == 0x40) {
            int hl = (f[14] & 15) * 4;
            if (hl >= 20 && 14 + hl <= f.length) {
                f[24] = 0;
                f[25] = 0;
                int c = Checksum.finish(Checksum.add(0, f, 14, hl));
                f[24] = (byte) (c >>> 8);
                f[25] = (byte) c;
                if (f[23] == Ipv4.PROTO_UDP && rnd.nextBoolean() && 14 + hl + 8 <= f.length) {
                    f[14 + hl + 6] = 0; // no UDP checksum: let damage reach the ports and payload
                    f[14 + hl + 7] = 0;
                }
            }
        }
        return f;
    }
}
