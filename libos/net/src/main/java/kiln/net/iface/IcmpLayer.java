package kiln.net.iface;

import java.util.ArrayDeque;

import kiln.net.Drop;
import kiln.net.PacketBuffer;
import kiln.net.ProtocolHandler;
import kiln.net.wire.Icmp;
import kiln.net.wire.Ipv4;

/**
 * ICMP for a host (RFC 792, RFC 1122 §3.2.2): answers echo requests in the request's own buffer,
 * sends destination-unreachable errors (rate limited), passes unreachables it receives to the
 * transport they are about, and lets the application ping.
 */
public final class IcmpLayer implements ProtocolHandler {
    /** An echo reply received: who answered, and the identifier and sequence number it echoed. */
    public record EchoReply(int from, int ident, int sequence, int dataLength) {
    }

    private static final int MAX_QUEUED_REPLIES = 64;
    private static final long SECOND = 1_000_000_000L;

    private final NetStack stack;
    private final StackLimits limits;
    private final ArrayDeque<EchoReply> replies = new ArrayDeque<>();
    private long tokens;
    private long lastRefill;

    IcmpLayer(NetStack stack, StackLimits limits) {
        this.stack = stack;
        this.limits = limits;
        this.tokens = limits.icmpErrorsPerSecond();
    }

    @Override
    public void receive(PacketBuffer b, int src, int dst) {
        byte[] d = b.data;
        int off = b.start;
        int len = b.length();
        Drop r = Icmp.check(d, off, len);
        if (r != null) {
            stack.stats().drop(r);
            return;
        }
        switch (Icmp.type(d, off)) {
            case Icmp.ECHO_REQUEST -> {
                // RFC 1122 §3.2.2.6: a request to a broadcast address MAY be ignored; we do (no smurf amplifier).
                if (stack.isBroadcast(dst)) {
                    stack.stats().drop(Drop.ICMP_IGNORED);
                    return;
                }
                Icmp.writeHeader(d, off, len, Icmp.ECHO_REPLY, 0, Icmp.rest(d, off));
                if (stack.send(b, dst, src, Ipv4.PROTO_ICMP, false)) {
                    stack.stats().icmpEchoRepliesSent++;
                }
            }
            case Icmp.ECHO_REPLY -> {
                if (replies.size() < MAX_QUEUED_REPLIES) {
                    int rest = Icmp.rest(d, off);
                    replies.add(new EchoReply(src, rest >>> 16, rest & 0xffff, len - Icmp.HEADER));
                } else {
                    stack.stats().drop(Drop.ICMP_IGNORED);
                }
            }
            case Icmp.DEST_UNREACHABLE -> unreachable(b, Icmp.code(d, off));
            default -> stack.stats().drop(Drop.ICMP_IGNORED);
        }
    }

    /** Hands an unreachable to the transport named in the quoted header, if the quote is sane. */
    private void unreachable(PacketBuffer b, int code) {
        b.strip(Icmp.HEADER);
        byte[] d = b.data;
        int q = b.start;
        int len = b.length();
        if (len < Ipv4.MIN_HEADER || (d[q] & 0xf0) != 0x40 || Ipv4.headerLength(d, q) < Ipv4.MIN_HEADER
                || len < Ipv4.headerLength(d, q) + 8) {
            stack.stats().drop(Drop.ICMP_MALFORMED);
            return;
        }
        ProtocolHandler h = stack.handler(Ipv4.protocol(d, q));
        if (h == null || h == this) {
            stack.stats().drop(Drop.ICMP_IGNORED);
            return;
        }
        h.destinationUnreachable(code, b);
    }

    /**
     * Sends a destination unreachable about the datagram being delivered: the stack's saved header
     * and the first 8 bytes of {@code payload} (RFC 792). Never about an ICMP error (RFC 1122 §3.2.2).
     */
    public void sendUnreachable(int code, PacketBuffer payload, int to) {
        if (stack.rxHeader[Ipv4.PROTOCOL] == Ipv4.PROTO_ICMP) {
            return;
        }
        if (!takeToken()) {
            stack.stats().drop(Drop.ICMP_RATE_LIMITED);
            return;
        }
        int hl = stack.rxHeaderLength;
        int quoted = Math.min(8, payload.length());
        int len = Icmp.HEADER + hl + quoted;
        PacketBuffer b = NetStack.payloadBuffer(len);
        System.arraycopy(stack.rxHeader, 0, b.data, b.start + Icmp.HEADER, hl);
        System.arraycopy(payload.data, payload.start, b.data, b.start + Icmp.HEADER + hl, quoted);
        Icmp.writeHeader(b.data, b.start, len, Icmp.DEST_UNREACHABLE, code, 0);
        if (stack.send(b, 0, to, Ipv4.PROTO_ICMP, false)) {
            stack.stats().icmpUnreachablesSent++;
        }
    }

    /** Token bucket refilled continuously at icmpErrorsPerSecond, holding at most one second's worth. */
    private boolean takeToken() {
        long now = stack.clock().nanoTime();
        long rate = limits.icmpErrorsPerSecond();
        long elapsed = now - lastRefill;
        long earned = elapsed >= SECOND ? rate : elapsed * rate / SECOND;
        if (earned > 0) {
            tokens = Math.min(rate, tokens + earned);
            lastRefill = now;
        }
        if (tokens == 0) {
            return false;
        }
        tokens--;
        return true;
    }

    /** Sends an echo request (ping) with the given identifier, sequence number and data. */
    public boolean sendEchoRequest(int dst, int ident, int sequence, byte[] data) {
        int len = Icmp.HEADER + data.length;
        PacketBuffer b = NetStack.payloadBuffer(len);
        System.arraycopy(data, 0, b.data, b.start + Icmp.HEADER, data.length);
        Icmp.writeHeader(b.data, b.start, len, Icmp.ECHO_REQUEST, 0, (ident << 16) | (sequence & 0xffff));
        return stack.send(b, 0, dst, Ipv4.PROTO_ICMP, false);
    }

    /** The oldest echo reply not yet taken, or null. */
    public EchoReply pollEchoReply() {
        return replies.poll();
    }
}
