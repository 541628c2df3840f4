package kiln.net.iface;

import java.util.ArrayDeque;
import java.util.ArrayList;

import kiln.net.Clock;
import kiln.net.Drop;
import kiln.net.Entropy;
import kiln.net.IpAddr;
import kiln.net.IpConfig;
import kiln.net.IpOutput;
import kiln.net.NetStats;
import kiln.net.NetworkInterface;
import kiln.net.PacketBuffer;
import kiln.net.Pollable;
import kiln.net.ProtocolHandler;
import kiln.net.udp.UdpLayer;
import kiln.net.wire.Arp;
import kiln.net.wire.Ethernet;
import kiln.net.wire.Ipv4;

/**
 * One IPv4 interface: Ethernet in and out, ARP, IPv4 input (validation, reassembly, delivery by
 * protocol number) and output (routing, fragmentation, neighbour resolution). It owns an ICMP and a
 * UDP layer; other transports (TCP) register with {@link #register} and send through this object as
 * their {@link IpOutput}.
 *
 * <p>Everything comes in through the constructor — device, clock, entropy — and nothing is static, so
 * several stacks can share one JVM in a simulation. There are no threads: {@link #poll} does all work
 * that is due, and {@link #nextDeadline} says when to call it again if no frame arrives first.
 */
public final class NetStack implements IpOutput {
    private static final int NO_ROUTE = 0;
    private static final int ETH_BROADCAST = -1;

    private final NetworkInterface device;
    private final Clock clock;
    private final StackLimits limits;
    private final NetStats stats = new NetStats();
    private final byte[] mac;
    private final ArpCache arp;
    private final Reassembler reassembler;
    private final ProtocolHandler[] handlers = new ProtocolHandler[256];
    private final ArrayList<Pollable> pollables = new ArrayList<>();
    /** Datagrams this host sent to itself, delivered at the next poll so the sender's call returns first. */
    private final ArrayDeque<PacketBuffer> loopback = new ArrayDeque<>();
    private final IcmpLayer icmp;
    private final UdpLayer udp;
    private final byte[] scratchMac = new byte[6];
    /** Made once: a capturing lambda created in poll() would allocate on every call. */
    private final ArpCache.Requester arpRequester =
            addr -> sendArp(Arp.OP_REQUEST, Ethernet.BROADCAST, null, sourceAddress(), addr);
    private IpConfig config;
    private int nextIdent;

    /** The IPv4 header of the datagram being delivered, for ICMP errors that must quote it (RFC 792). */
    final byte[] rxHeader = new byte[Ipv4.MAX_HEADER];
    int rxHeaderLength;

    public NetStack(NetworkInterface device, Clock clock, Entropy entropy) {
        this(device, clock, entropy, StackLimits.DEFAULTS);
    }

    public NetStack(NetworkInterface device, Clock clock, Entropy entropy, StackLimits limits) {
        this.device = device;
        this.clock = clock;
        this.limits = limits;
        this.mac = device.mac().clone();
        this.arp = new ArpCache(limits, stats);
        this.reassembler = new Reassembler(limits, stats);
        this.nextIdent = (int) entropy.nextLong();
        this.icmp = new IcmpLayer(this, limits);
        this.udp = new UdpLayer(this, entropy);
        register(Ipv4.PROTO_ICMP, icmp);
        register(Ipv4.PROTO_UDP, udp);
    }

    // ---- configuration and registration ----

    /** Sets (or with null removes) the address; a new address is announced by gratuitous ARP (RFC 5227 §2.3). */
    public void configure(IpConfig c) {
        this.config = c;
        if (c != null) {
            sendArp(Arp.OP_REQUEST, Ethernet.BROADCAST, null, c.address(), c.address());
        }
    }

    public IpConfig config() {
        return config;
    }

    /** The source address for datagrams this host originates: its own, or 0.0.0.0 before it has one (DHCP). */
    public int sourceAddress() {
        return config == null ? 0 : config.address();
    }

    /** Registers the transport for an IPv4 protocol number (6 for TCP); replaces any earlier one. */
    public void register(int protocol, ProtocolHandler handler) {
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("IP protocol number out of range 0..255: " + protocol);
        }
        handlers[protocol] = handler;
    }

    ProtocolHandler handler(int protocol) {
        return handlers[protocol];
    }

    /** Adds a timer-driven engine (DHCP, DNS, TCP) to this stack's {@link #poll} and {@link #nextDeadline}. */
    public void addPollable(Pollable p) {
        pollables.add(p);
    }

    public void removePollable(Pollable p) {
        pollables.remove(p);
    }

    public StackLimits limits() {
        return limits;
    }

    public NetStats stats() {
        return stats;
    }

    public IcmpLayer icmp() {
        return icmp;
    }

    public UdpLayer udp() {
        return udp;
    }

    public Clock clock() {
        return clock;
    }

    public byte[] mac() {
        return mac.clone();
    }

    /** The MAC learned for a neighbour, or null (tests and diagnostics). */
    public byte[] neighbour(int ip) {
        byte[] m = arp.lookup(ip);
        return m == null ? null : m.clone();
    }

    int reassemblyInProgress() {
        return reassembler.datagramsInProgress();
    }

    /** Buffer bytes held by partially reassembled datagrams. */
    public int reassemblyMemory() {
        return reassembler.memoryInUse();
    }

    // ---- the event loop ----

    /**
     * Processes up to {@code framesPerPoll} received frames, then every timer that is due. Returns the
     * number of frames processed, so a caller can poll again at once while the device is busy.
     */
    public int poll() {
        int n = 0;
        while (!loopback.isEmpty()) {
            PacketBuffer b = loopback.poll();
            ipInput(b);
        }
        while (n < limits.framesPerPoll()) {
            PacketBuffer f = device.receive();
            if (f == null) {
                break;
            }
            input(f);
            n++;
        }
        long now = clock.nanoTime();
        arp.expire(now, arpRequester);
        reassembler.expire(now);
        for (int i = 0; i < pollables.size(); i++) {
            Pollable p = pollables.get(i);
            if (p.nextDeadline() <= now) {
                p.poll(now);
            }
        }
        return n;
    }

    /** Earliest time a timer of this stack or its engines needs {@link #poll}; {@link Long#MAX_VALUE} if none. */
    public long nextDeadline() {
        if (!loopback.isEmpty()) {
            return clock.nanoTime();
        }
        long t = Math.min(arp.nextDeadline(), reassembler.nextDeadline());
        for (int i = 0; i < pollables.size(); i++) {
            t = Math.min(t, pollables.get(i).nextDeadline());
        }
        return t;
    }

    // ---- receive path ----

    /** Processes one received Ethernet frame ({@code frame[start, end)}); the stack takes ownership. */
    public void input(PacketBuffer frame) {
        stats.rxFrames++;
        byte[] d = frame.data;
        int off = frame.start;
        Drop r = Ethernet.check(frame.length());
        if (r != null) {
            stats.drop(r);
            return;
        }
        if (!Ethernet.macEquals(d, off + Ethernet.DST, mac) && !Ethernet.isBroadcast(d, off)) {
            stats.drop(Drop.ETH_NOT_FOR_US);
            return;
        }
        int type = Ethernet.type(d, off);
        frame.strip(Ethernet.HEADER);
        if (type == Ethernet.TYPE_IPV4) {
            ipInput(frame);
        } else if (type == Ethernet.TYPE_ARP) {
            arpInput(frame);
        } else {
            stats.drop(Drop.ETH_UNKNOWN_TYPE);
        }
    }

    /** RFC 826 "packet reception", with the merge step, and RFC 5227 announcements simply learned. */
    private void arpInput(PacketBuffer b) {
        byte[] d = b.data;
        int off = b.start;
        Drop r = Arp.check(d, off, b.length());
        if (r != null) {
            stats.drop(r);
            return;
        }
        int spa = Arp.senderIp(d, off);
        int tpa = Arp.targetIp(d, off);
        int self = sourceAddress();
        boolean forUs = self != 0 && tpa == self;
        long now = clock.nanoTime();
        // A sender address of 0 is an RFC 5227 probe: nothing to learn. Broadcast/multicast senders are bogus.
        if (spa != 0 && spa != IpAddr.BROADCAST && !IpAddr.isMulticast(spa) && spa != self) {
            int i = arp.learn(spa, d, off + Arp.SHA, forUs, now);
            if (i >= 0) {
                flushQueue(i, arp.lookup(spa));
            }
        }
        if (forUs && Arp.oper(d, off) == Arp.OP_REQUEST) {
            // Reply in the request's own buffer: swap sender into target, put ourselves as sender.
            byte[] requester = scratchMac;
            System.arraycopy(d, off + Arp.SHA, requester, 0, 6);
            Arp.write(d, off, Arp.OP_REPLY, mac, self, requester, spa);
            b.end = b.start + Arp.LENGTH;
            transmitEthernet(b, requester, Ethernet.TYPE_ARP);
            stats.arpRepliesSent++;
        }
    }

    private void flushQueue(int entry, byte[] dstMac) {
        PacketBuffer q;
        while ((q = arp.takeQueued(entry)) != null) {
            transmitEthernet(q, dstMac, Ethernet.TYPE_IPV4);
        }
    }

    private void ipInput(PacketBuffer b) {
        byte[] d = b.data;
        int ip = b.start;
        Drop r = Ipv4.check(d, ip, b.length());
        if (r != null) {
            stats.drop(r);
            return;
        }
        int src = Ipv4.src(d, ip);
        int dst = Ipv4.dst(d, ip);
        // RFC 1122 §3.2.1.3: a source that is broadcast or multicast is discarded.
        if (src == IpAddr.BROADCAST || IpAddr.isMulticast(src) || (config != null && config.isSubnetBroadcast(src))) {
            stats.drop(Drop.IP_BAD_SOURCE);
            return;
        }
        if (IpAddr.isMulticast(dst)) {
            stats.drop(Drop.IP_MULTICAST);
            return;
        }
        // Before an address is configured everything is accepted, so a DHCP offer unicast to the
        // address being offered reaches the client (RFC 2131 §4.1).
        if (config != null && dst != config.address() && !isBroadcast(dst) && (dst >>> 24) != 127) {
            stats.drop(Drop.IP_NOT_FOR_US);
            return;
        }
        stats.rxIpDatagrams++;
        int hl = Ipv4.headerLength(d, ip);
        int total = Ipv4.totalLength(d, ip);
        int protocol = Ipv4.protocol(d, ip);
        if (Ipv4.moreFragments(d, ip) || Ipv4.fragmentOffset(d, ip) != 0) {
            PacketBuffer whole = reassembler.add(d, ip, clock.nanoTime(), rxHeader);
            if (whole == null) {
                return;
            }
            rxHeaderLength = reassembler.completedHeaderLength;
            deliver(protocol, whole, src, dst);
            return;
        }
        System.arraycopy(d, ip, rxHeader, 0, hl);
        rxHeaderLength = hl;
        b.end = ip + total;
        b.strip(hl);
        deliver(protocol, b, src, dst);
    }

    private void deliver(int protocol, PacketBuffer payload, int src, int dst) {
        ProtocolHandler h = handlers[protocol];
        if (h == null) {
            stats.drop(Drop.IP_NO_HANDLER);
            // RFC 1122 §3.2.2.1: protocol unreachable, but never about broadcasts.
            if (!isBroadcast(dst)) {
                icmp.sendUnreachable(kiln.net.wire.Icmp.CODE_PROTOCOL_UNREACHABLE, payload, src);
            }
            return;
        }
        h.receive(payload, src, dst);
    }

    /** True for the limited broadcast and this subnet's directed broadcast. */
    public boolean isBroadcast(int ip) {
        return ip == IpAddr.BROADCAST || (config != null && config.isSubnetBroadcast(ip));
    }

    // ---- send path ----

    @Override
    public boolean send(PacketBuffer buf, int srcIp, int dstIp, int protocol) {
        return send(buf, srcIp, dstIp, protocol, false);
    }

    @Override
    public boolean completesChecksums(int dstIp) {
        return device.checksumOffload() || isLocal(dstIp);
    }

    /** This host's own address or loopback: delivered through the loopback queue, never the device. */
    private boolean isLocal(int ip) {
        return config != null && (ip == config.address() || (ip >>> 24) == 127);
    }

    @Override
    public int maxPayload(int dstIp) {
        return device.mtu() - Ipv4.MIN_HEADER;
    }

    /**
     * Sends {@code buf[start, end)} as one IPv4 datagram's payload. A datagram larger than the MTU is
     * fragmented (RFC 791 §3.2) unless {@code dontFragment}, in which case it is dropped as too big.
     */
    public boolean send(PacketBuffer buf, int srcIp, int dstIp, int protocol, boolean dontFragment) {
        if (srcIp == 0) {
            srcIp = sourceAddress();
        }
        int nextHop = route(dstIp);
        if (nextHop == NO_ROUTE) {
            stats.drop(Drop.IP_NO_ROUTE);
            return false;
        }
        int payload = buf.length();
        int ident = nextIdent++ & 0xffff;
        int flags = dontFragment ? Ipv4.FLAG_DF : 0;
        if (Ipv4.MIN_HEADER + payload <= device.mtu()) {
            int off = buf.prepend(Ipv4.MIN_HEADER);
            Ipv4.write(buf.data, off, Ipv4.MIN_HEADER + payload, ident, flags, Ipv4.DEFAULT_TTL, protocol, srcIp, dstIp);
            stats.txIpDatagrams++;
            return toNextHop(buf, nextHop);
        }
        if (dontFragment || Ipv4.MIN_HEADER + payload > Ipv4.MAX_TOTAL) {
            stats.drop(Drop.IP_TOO_BIG);
            return false;
        }
        buf.completeChecksum(); // no device completes a checksum across fragments
        stats.txIpDatagrams++;
        return fragment(buf, srcIp, dstIp, protocol, ident, nextHop);
    }

    /** Splits a payload into fragments of at most MTU bytes, each a multiple of 8 but the last (RFC 791). */
    private boolean fragment(PacketBuffer buf, int src, int dst, int protocol, int ident, int nextHop) {
        int chunk = (device.mtu() - Ipv4.MIN_HEADER) & ~7;
        int payload = buf.length();
        boolean ok = true;
        for (int offset = 0; offset < payload; offset += chunk) {
            int n = Math.min(chunk, payload - offset);
            boolean last = offset + n == payload;
            PacketBuffer f = new PacketBuffer(Ethernet.HEADER + Ipv4.MIN_HEADER + Math.max(n, Ethernet.MIN_FRAME));
            f.start = Ethernet.HEADER + Ipv4.MIN_HEADER;
            f.end = f.start + n;
            System.arraycopy(buf.data, buf.start + offset, f.data, f.start, n);
            int off = f.prepend(Ipv4.MIN_HEADER);
            int flags = (last ? 0 : Ipv4.FLAG_MF) | (offset >>> 3);
            Ipv4.write(f.data, off, Ipv4.MIN_HEADER + n, ident, flags, Ipv4.DEFAULT_TTL, protocol, src, dst);
            stats.txFragments++;
            ok &= toNextHop(f, nextHop);
        }
        return ok;
    }

    /** The next hop for a destination: itself on-link, the gateway off-link, or broadcast (RFC 1122 §3.3.1). */
    private int route(int dst) {
        if (dst == IpAddr.BROADCAST) {
            return ETH_BROADCAST;
        }
        if (config == null || dst == 0 || IpAddr.isMulticast(dst)) {
            return NO_ROUTE;
        }
        if (config.isSubnetBroadcast(dst)) {
            return ETH_BROADCAST;
        }
        if (config.onLink(dst) || dst == config.address() || (dst >>> 24) == 127) {
            return dst;
        }
        return config.gateway() != 0 ? config.gateway() : NO_ROUTE;
    }

    /** Buffer view = IPv4 datagram. Resolves the next hop's MAC, queueing the datagram while ARP asks. */
    private boolean toNextHop(PacketBuffer datagram, int nextHop) {
        if (nextHop == ETH_BROADCAST) {
            return transmitEthernet(datagram, Ethernet.BROADCAST, Ethernet.TYPE_IPV4);
        }
        if (isLocal(nextHop)) {
            // Never on a wire: a partial checksum stays partial, and the receiver need not check it.
            datagram.csumStart = -1;
            datagram.checksumVerified = true;
            loopback.add(datagram);
            return true;
        }
        byte[] m = arp.lookup(nextHop);
        if (m != null) {
            return transmitEthernet(datagram, m, Ethernet.TYPE_IPV4);
        }
        int q = arp.enqueue(nextHop, datagram, clock.nanoTime());
        if (q == 1) {
            sendArp(Arp.OP_REQUEST, Ethernet.BROADCAST, null, sourceAddress(), nextHop);
        }
        return q >= 0;
    }

    private void sendArp(int op, byte[] dstMac, byte[] tha, int spa, int tpa) {
        PacketBuffer b = new PacketBuffer(Ethernet.MIN_FRAME);
        b.start = Ethernet.HEADER;
        b.end = b.start + Arp.LENGTH;
        Arp.write(b.data, b.start, op, mac, spa, tha, tpa);
        if (op == Arp.OP_REQUEST) {
            stats.arpRequestsSent++;
        }
        transmitEthernet(b, dstMac, Ethernet.TYPE_ARP);
    }

    /**
     * A buffer for an outgoing transport payload of {@code length} bytes: {@link PacketBuffer#HEADROOM}
     * in front for headers, and room behind so a short frame can be padded to the Ethernet minimum.
     * The view is the (zeroed) payload.
     */
    public static PacketBuffer payloadBuffer(int length) {
        PacketBuffer b = new PacketBuffer(PacketBuffer.HEADROOM + Math.max(length, Ethernet.MIN_FRAME));
        b.resetForPayload();
        b.end = b.start + length;
        return b;
    }

    /**
     * Prepends the Ethernet header, pads to the 60-byte minimum (IEEE 802.3) when the buffer has room
     * (a buffer without tail room goes out short: virtio-net and tap devices accept that, and real NICs
     * pad in hardware), and hands the frame to the device.
     */
    private boolean transmitEthernet(PacketBuffer b, byte[] dstMac, int type) {
        int off = b.prepend(Ethernet.HEADER);
        Ethernet.write(b.data, off, dstMac, mac, type);
        int min = off + Ethernet.MIN_FRAME;
        if (b.end < min && min <= b.data.length) {
            for (int i = b.end; i < min; i++) {
                b.data[i] = 0;
            }
            b.end = min;
        }
        if (!device.transmit(b)) {
            stats.drop(Drop.DEVICE_QUEUE_FULL);
            return false;
        }
        stats.txFrames++;
        return true;
    }
}
