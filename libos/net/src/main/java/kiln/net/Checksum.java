package kiln.net;

/** The Internet checksum (RFC 1071): one's-complement sum of 16-bit big-endian words. */
public final class Checksum {
    private Checksum() {
    }

    /** Adds {@code data[off, off+len)} to a running 32-bit sum; an odd last byte is padded with zero. */
    public static int add(int sum, byte[] data, int off, int len) {
        int i = off;
        int end = off + len;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
            if ((sum & 0x80000000) != 0) {
                sum = (sum & 0xffff) + (sum >>> 16);
            }
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return sum;
    }

    /** Folds a running sum to 16 bits and complements it: the value that goes in a header. */
    public static int finish(int sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return ~sum & 0xffff;
    }

    /** Sum of the TCP/UDP pseudo-header (RFC 9293 §3.1, RFC 768) for IPv4. */
    public static int pseudoHeader(int srcIp, int dstIp, int protocol, int length) {
        int sum = (srcIp >>> 16) + (srcIp & 0xffff) + (dstIp >>> 16) + (dstIp & 0xffff);
        return sum + protocol + length;
    }
}
