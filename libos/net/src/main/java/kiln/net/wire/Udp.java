package kiln.net.wire;

import kiln.net.Checksum;
import kiln.net.Drop;

/** UDP (RFC 768): ports, length, and a checksum over a pseudo-header and the whole datagram. */
public final class Udp {
    public static final int HEADER = 8;
    public static final int SRC_PORT = 0;
    public static final int DST_PORT = 2;
    public static final int LENGTH = 4;
    public static final int CHECKSUM = 6;

    private Udp() {
    }

    /**
     * Null if {@code d[off, off+len)} (the IP payload) holds a valid UDP datagram from src to dst. The
     * UDP length may be shorter than the IP payload (the rest is ignored) but never longer. A zero
     * checksum means the sender did not compute one (RFC 768).
     */
    public static Drop check(byte[] d, int off, int len, int srcIp, int dstIp) {
        if (len < HEADER) {
            return Drop.UDP_MALFORMED;
        }
        int ulen = length(d, off);
        if (ulen < HEADER || ulen > len) {
            return Drop.UDP_MALFORMED;
        }
        if (Arp.u16(d, off + CHECKSUM) == 0) {
            return null;
        }
        int sum = Checksum.pseudoHeader(srcIp, dstIp, Ipv4.PROTO_UDP, ulen);
        return Checksum.finish(Checksum.add(sum, d, off, ulen)) == 0 ? null : Drop.UDP_BAD_CHECKSUM;
    }

    public static int srcPort(byte[] d, int off) {
        return Arp.u16(d, off + SRC_PORT);
    }

    public static int dstPort(byte[] d, int off) {
        return Arp.u16(d, off + DST_PORT);
    }

    public static int length(byte[] d, int off) {
        return Arp.u16(d, off + LENGTH);
    }

    /** Writes the header in front of {@code payloadLen} bytes already at {@code off + 8}, with checksum. */
    public static void write(byte[] d, int off, int srcPort, int dstPort, int payloadLen, int srcIp, int dstIp) {
        int ulen = HEADER + payloadLen;
        Ipv4.put16(d, off + SRC_PORT, srcPort);
        Ipv4.put16(d, off + DST_PORT, dstPort);
        Ipv4.put16(d, off + LENGTH, ulen);
        Ipv4.put16(d, off + CHECKSUM, 0);
        int c = Checksum.finish(Checksum.add(Checksum.pseudoHeader(srcIp, dstIp, Ipv4.PROTO_UDP, ulen), d, off, ulen));
        // RFC 768: a computed zero is sent as all ones, since zero means "no checksum".
        Ipv4.put16(d, off + CHECKSUM, c == 0 ? 0xffff : c);
    }
}
