package kiln.net.dhcp;

import kiln.net.Drop;
import kiln.net.IpAddr;

/**
 * A DHCP message (RFC 2131 §2, options RFC 2132): the fixed BOOTP part, the magic cookie, then
 * type-length-value options. {@link #parse} fills this object from untrusted bytes and never reads
 * past the given length; {@link #writeClientMessage} builds the client's DISCOVER and REQUEST.
 */
public final class DhcpMessage {
    public static final int OP = 0;
    public static final int XID = 4;
    public static final int SECS = 8;
    public static final int FLAGS = 10;
    public static final int CIADDR = 12;
    public static final int YIADDR = 16;
    public static final int SIADDR = 20;
    public static final int CHADDR = 28;
    public static final int COOKIE = 236;
    public static final int OPTIONS = 240;
    public static final int MAGIC_COOKIE = 0x63825363;
    /** RFC 1542 §3.1.1: relay agents and old servers expect at least a BOOTP-sized (300-byte) message. */
    public static final int MIN_LENGTH = 300;
    public static final int FLAG_BROADCAST = 0x8000;

    public static final int BOOTREQUEST = 1;
    public static final int BOOTREPLY = 2;

    public static final int DISCOVER = 1;
    public static final int OFFER = 2;
    public static final int REQUEST = 3;
    public static final int DECLINE = 4;
    public static final int ACK = 5;
    public static final int NAK = 6;
    public static final int RELEASE = 7;

    static final int OPT_PAD = 0;
    static final int OPT_SUBNET_MASK = 1;
    static final int OPT_ROUTER = 3;
    static final int OPT_DNS = 6;
    static final int OPT_REQUESTED_IP = 50;
    static final int OPT_LEASE_TIME = 51;
    static final int OPT_MESSAGE_TYPE = 53;
    static final int OPT_SERVER_ID = 54;
    static final int OPT_PARAMETER_LIST = 55;
    static final int OPT_RENEWAL_TIME = 58;
    static final int OPT_REBINDING_TIME = 59;
    static final int OPT_CLIENT_ID = 61;
    static final int OPT_END = 255;

    public int op;
    public int xid;
    public int yiaddr;
    public final byte[] chaddr = new byte[6];
    public int messageType;
    /** Option values; 0 (or -1 for times) when absent. */
    public int serverId;
    public int subnetMask;
    public boolean hasSubnetMask;
    public int router;
    public int dns;
    public long leaseSeconds;
    public long renewalSeconds;
    public long rebindingSeconds;

    /** Fills this object from {@code d[off, off+len)}; null if well formed, else why not. */
    public Drop parse(byte[] d, int off, int len) {
        if (len < OPTIONS || IpAddr.read(d, off + COOKIE) != MAGIC_COOKIE || d[off + 1] != 1 || d[off + 2] != 6) {
            return Drop.DHCP_MALFORMED;
        }
        op = d[off + OP] & 0xff;
        xid = IpAddr.read(d, off + XID);
        yiaddr = IpAddr.read(d, off + YIADDR);
        System.arraycopy(d, off + CHADDR, chaddr, 0, 6);
        messageType = 0;
        serverId = 0;
        subnetMask = 0;
        hasSubnetMask = false;
        router = 0;
        dns = 0;
        leaseSeconds = -1;
        renewalSeconds = -1;
        rebindingSeconds = -1;
        int end = off + len;
        int i = off + OPTIONS;
        while (i < end) {
            int code = d[i] & 0xff;
            if (code == OPT_PAD) {
                i++;
                continue;
            }
            if (code == OPT_END) {
                break;
            }
            if (i + 1 >= end) {
                return Drop.DHCP_MALFORMED;
            }
            int n = d[i + 1] & 0xff;
            int v = i + 2;
            if (v + n > end) {
                return Drop.DHCP_MALFORMED;
            }
            if (!option(code, d, v, n)) {
                return Drop.DHCP_MALFORMED;
            }
            i = v + n;
        }
        return messageType == 0 ? Drop.DHCP_MALFORMED : null;
    }

    /** Reads one option we use; false if its length is wrong for its kind. Unknown options are skipped. */
    private boolean option(int code, byte[] d, int v, int n) {
        switch (code) {
            case OPT_MESSAGE_TYPE -> {
                if (n != 1) {
                    return false;
                }
                messageType = d[v] & 0xff;
            }
            case OPT_SERVER_ID -> {
                if (n != 4) {
                    return false;
                }
                serverId = IpAddr.read(d, v);
            }
            case OPT_SUBNET_MASK -> {
                if (n != 4) {
                    return false;
                }
                subnetMask = IpAddr.read(d, v);
                hasSubnetMask = true;
            }
            case OPT_ROUTER, OPT_DNS -> {
                if (n < 4 || n % 4 != 0) {
                    return false;
                }
                // Lists in order of preference (RFC 2132 §3.5, §3.8): we use the first.
                if (code == OPT_ROUTER) {
                    router = IpAddr.read(d, v);
                } else {
                    dns = IpAddr.read(d, v);
                }
            }
            case OPT_LEASE_TIME, OPT_RENEWAL_TIME, OPT_REBINDING_TIME -> {
                if (n != 4) {
                    return false;
                }
                long s = IpAddr.read(d, v) & 0xffffffffL;
                if (code == OPT_LEASE_TIME) {
                    leaseSeconds = s;
                } else if (code == OPT_RENEWAL_TIME) {
                    renewalSeconds = s;
                } else {
                    rebindingSeconds = s;
                }
            }
            default -> {
                // Not needed by this client.
            }
        }
        return true;
    }

    /**
     * Writes a client DISCOVER or REQUEST at {@code d[off]} and returns its length. {@code requestedIp}
     * and {@code serverId} are included when non-zero (RFC 2131 table 5 says when each is required).
     */
    public static int writeClientMessage(byte[] d, int off, int type, int xid, int secs, boolean broadcast,
            int ciaddr, byte[] mac, int requestedIp, int serverId) {
        for (int i = 0; i < MIN_LENGTH; i++) {
            d[off + i] = 0;
        }
        d[off + OP] = BOOTREQUEST;
        d[off + 1] = 1; // htype Ethernet
        d[off + 2] = 6; // hlen
        IpAddr.write(d, off + XID, xid);
        d[off + SECS] = (byte) (secs >>> 8);
        d[off + SECS + 1] = (byte) secs;
        d[off + FLAGS] = (byte) (broadcast ? FLAG_BROADCAST >>> 8 : 0);
        IpAddr.write(d, off + CIADDR, ciaddr);
        System.arraycopy(mac, 0, d, off + CHADDR, 6);
        IpAddr.write(d, off + COOKIE, MAGIC_COOKIE);
        int i = off + OPTIONS;
        d[i++] = OPT_MESSAGE_TYPE;
        d[i++] = 1;
        d[i++] = (byte) type;
        d[i++] = OPT_CLIENT_ID;
        d[i++] = 7;
        d[i++] = 1;
        System.arraycopy(mac, 0, d, i, 6);
        i += 6;
        if (requestedIp != 0) {
            d[i++] = OPT_REQUESTED_IP;
            d[i++] = 4;
            IpAddr.write(d, i, requestedIp);
            i += 4;
        }
        if (serverId != 0) {
            d[i++] = OPT_SERVER_ID;
            d[i++] = 4;
            IpAddr.write(d, i, serverId);
            i += 4;
        }
        d[i++] = OPT_PARAMETER_LIST;
        d[i++] = 6;
        d[i++] = OPT_SUBNET_MASK;
        d[i++] = OPT_ROUTER;
        d[i++] = OPT_DNS;
        d[i++] = OPT_LEASE_TIME;
        d[i++] = OPT_RENEWAL_TIME;
        d[i++] = OPT_REBINDING_TIME;
        d[i++] = (byte) OPT_END;
        return Math.max(MIN_LENGTH, i - off);
    }
}
