package kiln.net.wire;

import kiln.net.Checksum;
import kiln.net.Drop;
import kiln.net.IpAddr;

/**
 * The IPv4 header (RFC 791 §3.1). Options are not interpreted: the header length field says how far
 * to skip, and {@link #check} makes sure that much is present, so unknown or malformed options can
 * never be read past.
 */
public final class Ipv4 {
    public static final int MIN_HEADER = 20;
    public static final int MAX_HEADER = 60;
    public static final int MAX_TOTAL = 65535;
    public static final int VER_IHL = 0;
    public static final int TOTAL_LENGTH = 2;
    public static final int IDENT = 4;
    public static final int FLAGS_FRAG = 6;
    public static final int TTL = 8;
    public static final int PROTOCOL = 9;
    public static final int CHECKSUM = 10;
    public static final int SRC = 12;
    public static final int DST = 16;

    public static final int FLAG_DF = 0x4000;
    public static final int FLAG_MF = 0x2000;
    public static final int FRAG_OFFSET_MASK = 0x1fff;

    public static final int PROTO_ICMP = 1;
    public static final int PROTO_TCP = 6;
    public static final int PROTO_UDP = 17;

    /** RFC 1700 / RFC 1122 §3.2.1.7 recommended default. */
    public static final int DEFAULT_TTL = 64;

    private Ipv4() {
    }

    /**
     * Null if {@code d[off, off+len)} starts with a well-formed IPv4 header whose total length fits
     * (Ethernet padding after the datagram is allowed), else the reason (RFC 1122 §3.2.1.1-2).
     */
    public static Drop check(byte[] d, int off, int len) {
        if (len < MIN_HEADER) {
            return Drop.IP_TRUNCATED;
        }
        if ((d[off] & 0xf0) != 0x40) {
            return Drop.IP_BAD_VERSION;
        }
        int hl = headerLength(d, off);
        if (hl < MIN_HEADER) {
            return Drop.IP_BAD_HEADER_LENGTH;
        }
        if (hl > len) {
            return Drop.IP_TRUNCATED;
        }
        int total = totalLength(d, off);
        if (total < hl) {
            return Drop.IP_BAD_TOTAL_LENGTH;
        }
        if (total > len) {
            return Drop.IP_TRUNCATED;
        }
        if (Checksum.finish(Checksum.add(0, d, off, hl)) != 0) {
            return Drop.IP_BAD_CHECKSUM;
        }
        return null;
    }

    public static int headerLength(byte[] d, int off) {
        return (d[off] & 0x0f) * 4;
    }

    public static int totalLength(byte[] d, int off) {
        return Arp.u16(d, off + TOTAL_LENGTH);
    }

    public static int ident(byte[] d, int off) {
        return Arp.u16(d, off + IDENT);
    }

    public static int flagsFrag(byte[] d, int off) {
        return Arp.u16(d, off + FLAGS_FRAG);
    }

    /** Fragment offset in bytes. */
    public static int fragmentOffset(byte[] d, int off) {
        return (flagsFrag(d, off) & FRAG_OFFSET_MASK) * 8;
    }

    public static boolean moreFragments(byte[] d, int off) {
        return (flagsFrag(d, off) & FLAG_MF) != 0;
    }

    public static int protocol(byte[] d, int off) {
        return d[off + PROTOCOL] & 0xff;
    }

    public static int ttl(byte[] d, int off) {
        return d[off + TTL] & 0xff;
    }

    public static int src(byte[] d, int off) {
        return IpAddr.read(d, off + SRC);
    }

    public static int dst(byte[] d, int off) {
        return IpAddr.read(d, off + DST);
    }

    /** Writes a 20-byte header without options and its checksum. */
    public static void write(byte[] d, int off, int totalLength, int ident, int flagsFrag, int ttl, int protocol,
            int src, int dst) {
        d[off] = 0x45;
        d[off + 1] = 0;
        put16(d, off + TOTAL_LENGTH, totalLength);
        put16(d, off + IDENT, ident);
        put16(d, off + FLAGS_FRAG, flagsFrag);
        d[off + TTL] = (byte) ttl;
        d[off + PROTOCOL] = (byte) protocol;
        put16(d, off + CHECKSUM, 0);
        IpAddr.write(d, off + SRC, src);
        IpAddr.write(d, off + DST, dst);
        put16(d, off + CHECKSUM, Checksum.finish(Checksum.add(0, d, off, MIN_HEADER)));
    }

    static void put16(byte[] d, int off, int v) {
        d[off] = (byte) (v >>> 8);
        d[off + 1] = (byte) v;
    }
}
