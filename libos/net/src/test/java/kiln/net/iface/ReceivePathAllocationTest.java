package kiln.net.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import kiln.net.IpAddr;
import kiln.net.IpConfig;
import kiln.net.NetworkInterface;
import kiln.net.PacketBuffer;
import kiln.net.sim.SeededEntropy;
import kiln.net.sim.VirtualClock;
import kiln.net.udp.UdpSocket;
import kiln.net.wire.Arp;
import kiln.net.wire.Ethernet;
import kiln.net.wire.Icmp;
import kiln.net.wire.Ipv4;
import kiln.net.wire.Udp;

/**
 * The hot receive paths allocate nothing per packet: a UDP datagram into a socket and out to the
 * application's array, an echo request answered in place, an ARP request answered in place.
 * Measured with HotSpot's per-thread allocation counter.
 */
class ReceivePathAllocationTest {
    private static final byte[] MAC = {2, 0, 0, 0, 0, 1};
    private static final byte[] PEER = {2, 0, 0, 0, 0, 2};
    private static final int SELF = IpAddr.parse("10.0.0.1");
    private static final int OTHER = IpAddr.parse("10.0.0.2");
    private static final int N = 20_000;

    private static final class Sink implements NetworkInterface {
        int sent;

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

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static PacketBuffer[] frames(byte[] template) {
        PacketBuffer[] f = new PacketBuffer[N];
        for (int i = 0; i < N; i++) {
            f[i] = new PacketBuffer(template.clone());
        }
        return f;
    }

    @Test
    void udpEchoAndArpReceivePathsDoNotAllocate() {
        Sink device = new Sink();
        NetStack stack = new NetStack(device, new VirtualClock(0), new SeededEntropy(1));
        stack.configure(new IpConfig(SELF, 24, 0, 0));
        UdpSocket socket = stack.udp().open(7, 4);

        byte[] arp = new byte[60];
        Ethernet.write(arp, 0, Ethernet.BROADCAST, PEER, Ethernet.TYPE_ARP);
        Arp.write(arp, 14, Arp.OP_REQUEST, PEER, OTHER, null, SELF);
        byte[] udp = new byte[14 + 20 + 8 + 100];
        Ethernet.write(udp, 0, MAC, PEER, Ethernet.TYPE_IPV4);
        Ipv4.write(udp, 14, 128, 1, 0, 64, Ipv4.PROTO_UDP, OTHER, SELF);
        Udp.write(udp, 34, 999, 7, 100, OTHER, SELF);
        byte[] ping = new byte[14 + 20 + 8 + 56];
        Ethernet.write(ping, 0, MAC, PEER, Ethernet.TYPE_IPV4);
        Ipv4.write(ping, 14, 84, 2, 0, 64, Ipv4.PROTO_ICMP, OTHER, SELF);
        Icmp.writeHeader(ping, 34, 64, Icmp.ECHO_REQUEST, 0, 0x00010001);

        stack.input(new PacketBuffer(arp.clone())); // learn the peer, so replies need no ARP
        PacketBuffer[] arps = frames(arp);
        PacketBuffer[] udps = frames(udp);
        PacketBuffer[] pings = frames(ping);
        byte[] app = new byte[2000];
        // Warm up (class loading, JIT) on separate frames, then measure.
        for (int round = 0; round < 2; round++) {
            PacketBuffer[] a = round == 0 ? frames(arp) : arps;
            PacketBuffer[] u = round == 0 ? frames(udp) : udps;
            PacketBuffer[] p = round == 0 ? frames(ping) : pings;
            long before = allocated();
            int received = 0;
            for (int i = 0; i < N; i++) {
                stack.input(a[i]);
                stack.input(u[i]);
                received += socket.receive(app, 0, app.length) == 100 ? 1 : 0;
                stack.input(p[i]);
            }
            long bytes = allocated() - before;
            if (round == 1) {
                assertEquals(N, received);
                System.out.println("receive path: " + bytes + " bytes allocated for " + 3 * N + " frames");
                assertTrue(bytes < 64 * 1024, "allocated " + bytes + " bytes for " + 3 * N + " frames");
            }
        }
        assertEquals(4 * N + 1, stack.stats().arpRepliesSent + stack.stats().icmpEchoRepliesSent);
    }
}
