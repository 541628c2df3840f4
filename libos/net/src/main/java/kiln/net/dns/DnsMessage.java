package kiln.net.dns;

import kiln.net.Drop;
import kiln.net.IpAddr;

/**
 * DNS messages (RFC 1035 §4.1) for an A-record stub resolver: building a query, and reading a
 * response from untrusted bytes. Names in replies may be compressed (§4.1.4); pointers are followed
 * at most {@link #MAX_POINTERS} times and a name may not exceed 255 bytes, so a pointer loop or a
 * pointer out of the message is a malformed reply, never a hang or an exception.
 */
public final class DnsMessage {
    public static final int HEADER = 12;
    public static final int TYPE_A = 1;
    public static final int TYPE_CNAME = 5;
    public static final int CLASS_IN = 1;
    public static final int RCODE_NXDOMAIN = 3;
    static final int MAX_NAME = 255;
    static final int MAX_POINTERS = 32;
    static final int MAX_ADDRESSES = 16;

    /** What a response said; filled by {@link #parseResponse}. */
    public int id;
    public int rcode;
    public boolean truncated;
    public final int[] addresses = new int[MAX_ADDRESSES];
    public int addressCount;
    /** Smallest TTL (seconds) of the records used, for the cache. */
    public long ttl;

    private final StringBuilder name = new StringBuilder();
    private int nameEnd;

    /**
     * Checks a host name for a query: 1..253 characters of letters, digits, '-' and '_' in dot-separated
     * labels of 1..63 (RFC 1035 §2.3.4). Returns null if fine, else what is wrong.
     */
    public static String checkName(String n) {
        if (n.isEmpty() || n.length() > 253) {
            return "name length " + n.length() + " is not 1..253";
        }
        int label = 0;
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : '.';
            if (c == '.') {
                if (label == 0 || label > 63) {
                    return "label of length " + label + " (must be 1..63)";
                }
                label = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                label++;
            } else {
                return "character '" + c + "' not allowed in a host name";
            }
        }
        return null;
    }

    /** Writes a recursive query for {@code name}'s A records (name already checked); returns its length. */
    public static int writeQuery(byte[] d, int id, String name) {
        put16(d, 0, id);
        put16(d, 2, 0x0100); // RD: ask the server to recurse (§4.1.1)
        put16(d, 4, 1);
        put16(d, 6, 0);
        put16(d, 8, 0);
        put16(d, 10, 0);
        int i = HEADER;
        int labelStart = i++;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '.') {
                d[labelStart] = (byte) (i - labelStart - 1);
                labelStart = i++;
            } else {
                d[i++] = (byte) c;
            }
        }
        d[labelStart] = (byte) (i - labelStart - 1);
        d[i++] = 0;
        put16(d, i, TYPE_A);
        put16(d, i + 2, CLASS_IN);
        return i + 4;
    }

    /** The id of a message of at least a header's length, else -1. */
    public static int peekId(byte[] d, int len) {
        return len < HEADER ? -1 : u16(d, 0);
    }

    /**
     * Reads a response to the query for {@code qname} (lower case, no trailing dot). Null if well
     * formed (then see rcode, truncated and the addresses: A records of qname or of the CNAME chain
     * starting at it), else why not.
     */
    public Drop parseResponse(byte[] d, int len, String qname) {
        addressCount = 0;
        ttl = Long.MAX_VALUE;
        if (len < HEADER) {
            return Drop.DNS_MALFORMED;
        }
        id = u16(d, 0);
        int flags = u16(d, 2);
        if ((flags & 0x8000) == 0 || ((flags >>> 11) & 0xf) != 0) {
            return Drop.DNS_MALFORMED; // not a response, or not a standard query's
        }
        truncated = (flags & 0x0200) != 0;
        rcode = flags & 0xf;
        int qd = u16(d, 4);
        int an = u16(d, 6);
        if (qd != 1) {
            return Drop.DNS_MALFORMED;
        }
        int p = readName(d, len, HEADER);
        if (p < 0 || p + 4 > len || !name.toString().equals(qname) || u16(d, p) != TYPE_A || u16(d, p + 2) != CLASS_IN) {
            return Drop.DNS_MALFORMED;
        }
        p += 4;
        if (truncated) {
            return null; // the rest may be cut anywhere; the caller reports the truncation
        }
        String target = qname;
        for (int a = 0; a < an; a++) {
            p = readName(d, len, p);
            if (p < 0 || p + 10 > len) {
                return Drop.DNS_MALFORMED;
            }
            boolean owner = name.toString().equals(target);
            int type = u16(d, p);
            int cls = u16(d, p + 2);
            long recordTtl = IpAddr.read(d, p + 4) & 0xffffffffL;
            if (recordTtl > 0x7fffffffL) {
                recordTtl = 0; // RFC 2181 §8: a TTL with the top bit set is read as zero
            }
            int rdlength = u16(d, p + 8);
            int rdata = p + 10;
            if (rdata + rdlength > len) {
                return Drop.DNS_MALFORMED;
            }
            if (owner && cls == CLASS_IN && type == TYPE_CNAME) {
                int end = readName(d, len, rdata);
                if (end < 0 || end > rdata + rdlength) {
                    return Drop.DNS_MALFORMED;
                }
                target = name.toString();
                ttl = Math.min(ttl, recordTtl);
            } else if (owner && cls == CLASS_IN && type == TYPE_A) {
                if (rdlength != 4) {
                    return Drop.DNS_MALFORMED;
                }
                if (addressCount < MAX_ADDRESSES) {
                    addresses[addressCount++] = IpAddr.read(d, rdata);
                }
                ttl = Math.min(ttl, recordTtl);
            }
            p = rdata + rdlength;
        }
        return null;
    }

    /**
     * Decodes the name at {@code p} into {@link #name} (lower case, dots, no trailing dot) and returns
     * the offset just after it in the original sequence, or -1 if it is malformed.
     */
    private int readName(byte[] d, int len, int p) {
        name.setLength(0);
        nameEnd = -1;
        int pointers = 0;
        int wireLength = 1;
        while (true) {
            if (p >= len) {
                return -1;
            }
            int b = d[p] & 0xff;
            if (b == 0) {
                return nameEnd >= 0 ? nameEnd : p + 1;
            }
            if ((b & 0xc0) == 0xc0) {
                if (p + 1 >= len || ++pointers > MAX_POINTERS) {
                    return -1;
                }
                if (nameEnd < 0) {
                    nameEnd = p + 2;
                }
                p = ((b & 0x3f) << 8) | (d[p + 1] & 0xff);
                continue;
            }
            if ((b & 0xc0) != 0) {
                return -1; // extended label types (RFC 6891 §5) are not used in answers we accept
            }
            wireLength += b + 1;
            if (wireLength > MAX_NAME || p + 1 + b > len) {
                return -1;
            }
            if (name.length() > 0) {
                name.append('.');
            }
            for (int i = p + 1; i <= p + b; i++) {
                char c = (char) (d[i] & 0xff);
                name.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            p += 1 + b;
        }
    }

    static int u16(byte[] d, int off) {
        return ((d[off] & 0xff) << 8) | (d[off + 1] & 0xff);
    }

    static void put16(byte[] d, int off, int v) {
        d[off] = (byte) (v >>> 8);
        d[off + 1] = (byte) v;
    }
}
