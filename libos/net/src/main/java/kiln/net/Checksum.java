package kiln.net;

/** The Internet checksum (RFC 1071): one's-complement sum of 16-bit big-endian words. */
public final class Checksum {
    private Checksum() {
    }

    /**
     * Adds {@code data[off, off+len)} to a running sum; an odd last byte is padded with zero. The
     * result is a non-negative int that {@link #finish} folds. Carries are deferred into a long
     * and folded once (RFC 1071 §2(B)), eight bytes per iteration: this loop is most of the
     * stack's per-byte cost, as every segment is summed when sent and when received.
     */
    public static int add(int sum, byte[] data, int off, int len) {
        long s = sum & 0xffffffffL;
        int i = off;
        int end = off + len;
        for (; i + 7 < end; i += 8) {
            s += (((data[i] & 0xff) << 8) | (data[i + 1] & 0xff))
                    + (((data[i + 2] & 0xff) << 8) | (data[i + 3] & 0xff))
                    + (((data[i + 4] & 0xff) << 8) | (data[i + 5] & 0xff))
                    + (((data[i + 6] & 0xff) << 8) | (data[i + 7] & 0xff));
        }
        for (; i + 1 < end; i += 2) {
            s += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            s += (data[i] & 0xff) << 8;
        }
        while ((s >>> 31) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) s;
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
