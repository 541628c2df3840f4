package kiln.net.wire;

import kiln.net.Drop;
import kiln.net.IpAddr;

/**
 * ARP (RFC 826) for Ethernet and IPv4 only: a fixed 28-byte packet. Other hardware or protocol types
 * are rejected as unsupported rather than misread.
 */
public final class Arp {
    public static final int LENGTH = 28;
    public static final int HTYPE = 0;
    public static final int PTYPE = 2;
    public static final int HLEN = 4;
    public static final int PLEN = 5;
    public static final int OPER = 6;
    public static final int SHA = 8;
    public static final int SPA = 14;
    public static final int THA = 18;
    public static final int TPA = 24;

    public static final int OP_REQUEST = 1;
    public static final int OP_REPLY = 2;
    private static final int HTYPE_ETHERNET = 1;

    private Arp() {
    }

    public static Drop check(byte[] d, int off, int len) {
        if (len < LENGTH) {
            return Drop.ARP_MALFORMED;
        }
        if (u16(d, off + HTYPE) != HTYPE_ETHERNET || u16(d, off + PTYPE) != Ethernet.TYPE_IPV4
                || d[off + HLEN] != 6 || d[off + PLEN] != 4) {
            return Drop.ARP_UNSUPPORTED;
        }
        int op = u16(d, off + OPER);
        return op == OP_REQUEST || op == OP_REPLY ? null : Drop.ARP_UNSUPPORTED;
    }

    public static int oper(byte[] d, int off) {
        return u16(d, off + OPER);
    }

    public static int senderIp(byte[] d, int off) {
        return IpAddr.read(d, off + SPA);
    }

    public static int targetIp(byte[] d, int off) {
        return IpAddr.read(d, off + TPA);
    }

    /** Writes a whole ARP packet; {@code tha} may be null for a request (all zeros, RFC 826). */
    public static void write(byte[] d, int off, int op, byte[] sha, int spa, byte[] tha, int tpa) {
        d[off] = 0;
        d[off + 1] = HTYPE_ETHERNET;
        d[off + 2] = (byte) (Ethernet.TYPE_IPV4 >>> 8);
        d[off + 3] = (byte) Ethernet.TYPE_IPV4;
        d[off + HLEN] = 6;
        d[off + PLEN] = 4;
        d[off + OPER] = (byte) (op >>> 8);
        d[off + OPER + 1] = (byte) op;
        System.arraycopy(sha, 0, d, off + SHA, 6);
        IpAddr.write(d, off + SPA, spa);
        for (int i = 0; i < 6; i++) {
            d[off + THA + i] = tha == null ? 0 : tha[i];
        }
        IpAddr.write(d, off + TPA, tpa);
    }

    static int u16(byte[] d, int off) {
        return ((d[off] & 0xff) << 8) | (d[off + 1] & 0xff);
    }
}
