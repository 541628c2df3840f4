package kiln.net.udp;

import java.util.ArrayList;

import kiln.net.Drop;
import kiln.net.Entropy;
import kiln.net.PacketBuffer;
import kiln.net.ProtocolHandler;
import kiln.net.iface.NetStack;
import kiln.net.wire.Icmp;
import kiln.net.wire.Ipv4;
import kiln.net.wire.Udp;

/**
 * UDP (RFC 768) demultiplexing: datagrams go to the socket bound to their destination port, or are
 * answered with ICMP port unreachable (RFC 1122 §4.1.3.1) when no socket is bound.
 */
public final class UdpLayer implements ProtocolHandler {
    /** RFC 6335 §6: the dynamic port range. */
    static final int EPHEMERAL_FIRST = 49152;
    static final int EPHEMERAL_COUNT = 65536 - EPHEMERAL_FIRST;

    private final NetStack stack;
    private final Entropy entropy;
    /** Few sockets are open in a unikernel; a list scan beats a boxed-key map and allocates nothing. */
    private final ArrayList<UdpSocket> sockets = new ArrayList<>();

    public UdpLayer(NetStack stack, Entropy entropy) {
        this.stack = stack;
        this.entropy = entropy;
    }

    /** Opens a socket with a receive queue of {@code queueLimit} datagrams. */
    public UdpSocket open(int port, int queueLimit) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("UDP port out of range 0..65535: " + port);
        }
        if (port == 0) {
            port = ephemeralPort();
        } else if (find(port) != null) {
            throw new IllegalStateException("UDP port " + port + " is already bound");
        }
        UdpSocket s = new UdpSocket(this, port, queueLimit);
        sockets.add(s);
        return s;
    }

    public UdpSocket open(int port) {
        return open(port, 64);
    }

    /** A free port in the dynamic range, starting at a random point (RFC 6056 §3.3.1, simple form). */
    private int ephemeralPort() {
        int startAt = (int) Long.remainderUnsigned(entropy.nextLong(), EPHEMERAL_COUNT);
        for (int i = 0; i < EPHEMERAL_COUNT; i++) {
            int p = EPHEMERAL_FIRST + (startAt + i) % EPHEMERAL_COUNT;
            if (find(p) == null) {
                return p;
            }
        }
        throw new IllegalStateException("no free ephemeral UDP port");
    }

    void close(UdpSocket s) {
        sockets.remove(s);
    }

    private UdpSocket find(int port) {
        for (int i = 0; i < sockets.size(); i++) {
            if (sockets.get(i).port() == port) {
                return sockets.get(i);
            }
        }
        return null;
    }

    NetStack stack() {
        return stack;
    }

    @Override
    public void receive(PacketBuffer b, int srcIp, int dstIp) {
        byte[] d = b.data;
        int off = b.start;
        Drop r = Udp.check(d, off, b.length(), srcIp, dstIp);
        if (r != null) {
            stack.stats().drop(r);
            return;
        }
        UdpSocket s = find(Udp.dstPort(d, off));
        if (s == null) {
            stack.stats().drop(Drop.UDP_PORT_CLOSED);
            if (!stack.isBroadcast(dstIp)) {
                stack.icmp().sendUnreachable(Icmp.CODE_PORT_UNREACHABLE, b, srcIp);
            }
            return;
        }
        int srcPort = Udp.srcPort(d, off);
        b.end = off + Udp.length(d, off);
        b.strip(Udp.HEADER);
        if (!s.enqueue(b, srcIp, srcPort)) {
            stack.stats().drop(Drop.UDP_QUEUE_FULL);
            return;
        }
        stack.stats().udpDelivered++;
    }

    @Override
    public void destinationUnreachable(int code, PacketBuffer quoted) {
        byte[] d = quoted.data;
        int udp = quoted.start + Ipv4.headerLength(d, quoted.start);
        UdpSocket s = find(Udp.srcPort(d, udp));
        if (s != null) {
            s.reportError(code);
        }
    }

    /** Sends {@code data[off, off+len)} from the socket's port; the payload is copied once, into the frame. */
    boolean send(int srcPort, int dstIp, int dstPort, byte[] data, int off, int len, boolean dontFragment) {
        if (len < 0 || len > Ipv4.MAX_TOTAL - Ipv4.MIN_HEADER - Udp.HEADER) {
            throw new IllegalArgumentException("UDP payload length out of range: " + len);
        }
        if (dstPort <= 0 || dstPort > 65535) {
            throw new IllegalArgumentException("UDP destination port out of range 1..65535: " + dstPort);
        }
        PacketBuffer b = NetStack.payloadBuffer(len);
        System.arraycopy(data, off, b.data, b.start, len);
        int at = b.prepend(Udp.HEADER);
        int srcIp = stack.sourceAddress();
        Udp.write(b.data, at, srcPort, dstPort, len, srcIp, dstIp);
        return stack.send(b, srcIp, dstIp, Ipv4.PROTO_UDP, dontFragment);
    }
}
