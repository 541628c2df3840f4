package kiln.net.wire;

import kiln.net.Checksum;
import kiln.net.Drop;

/** ICMP for IPv4 (RFC 792): type, code, checksum over the whole message, then 4 type-specific bytes. */
public final class Icmp {
    public static final int HEADER = 8;
    public static final int TYPE = 0;
    public static final int CODE = 1;
    public static final int CHECKSUM = 2;
    /** Echo: identifier and sequence number; unreachable: unused (or next-hop MTU, RFC 1191). */
    public static final int REST = 4;

    public static final int ECHO_REPLY = 0;
    public static final int DEST_UNREACHABLE = 3;
    public static final int ECHO_REQUEST = 8;
    public static final int TIME_EXCEEDED = 11;

    public static final int CODE_PROTOCOL_UNREACHABLE = 2;
    public static final int CODE_PORT_UNREACHABLE = 3;
    public static final int CODE_FRAGMENTATION_NEEDED = 4;

    private Icmp() {
    }

    public static Drop check(byte[] d, int off, int len) {
        if (len < HEADER) {
            return Drop.ICMP_MALFORMED;
        }
        return Checksum.finish(Checksum.add(0, d, off, len)) == 0 ? null : Drop.ICMP_BAD_CHECKSUM;
    }

    public static int type(byte[] d, int off) {
        return d[off + TYPE] & 0xff;
    }

    public static int code(byte[] d, int off) {
        return d[off + CODE] & 0xff;
    }

    /** Writes type, code and the 4 "rest" bytes, then the checksum over {@code len} bytes (header + body already in place). */
    public static void writeHeader(byte[] d, int off, int len, int type, int code, int rest) {
        d[off + TYPE] = (byte) type;
        d[off + CODE] = (byte) code;
        Ipv4.put16(d, off + CHECKSUM, 0);
        Ipv4.put16(d, off + REST, rest >>> 16);
        Ipv4.put16(d, off + REST + 2, rest);
        Ipv4.put16(d, off + CHECKSUM, Checksum.finish(Checksum.add(0, d, off, len)));
    }

    public static int rest(byte[] d, int off) {
        return (Arp.u16(d, off + REST) << 16) | Arp.u16(d, off + REST + 2);
    }
}
