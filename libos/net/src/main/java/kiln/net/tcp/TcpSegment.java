package kiln.net.tcp;

import kiln.net.Checksum;
import kiln.net.PacketBuffer;

/**
 * A parsed TCP header (RFC 9293 §3.1) and the options we understand (§3.2; RFC 7323). One instance is
 * reused for every incoming segment, so parsing allocates nothing. The payload stays in the received
 * buffer: {@code buf.data[payloadStart, payloadStart + payloadLength)}.
 *
 * <p>{@link #parse} never throws on bad bytes: it returns the reason it rejected the segment.
 */
public final class TcpSegment {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;

    /** Fixed header length (data offset 5). */
    public static final int HEADER_LENGTH = 20;
    /** IP protocol number (RFC 9293 §3.1). */
    public static final int PROTOCOL = 6;

    static final int OPT_EOL = 0;
    static final int OPT_NOP = 1;
    static final int OPT_MSS = 2;
    static final int OPT_WSCALE = 3;
    static final int OPT_SACK_PERMITTED = 4;
    static final int OPT_TIMESTAMPS = 8;
    /** RFC 7323 §2.3: larger shift counts are treated as 14. */
    static final int MAX_WSCALE = 14;

    public int srcPort;
    public int dstPort;
    public int seq;
    public int ack;
    public int flags;
    /** The raw 16-bit window field (unscaled). */
    public int window;
    public int headerLength;
    /** MSS option value, or -1 when absent. */
    public int mss;
    /** Window-scale shift count (already clamped to 14), or -1 when absent. */
    public int windowScale;
    public boolean sackPermitted;
    public boolean hasTimestamps;
    public int tsVal;
    public int tsEcr;

    public PacketBuffer buf;
    public int payloadStart;
    public int payloadLength;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** SEG.LEN of RFC 9293: payload plus one for each of SYN and FIN. */
    public int segmentLength() {
        return payloadLength + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }

    /**
     * Parses the segment in {@code b[start, end)} (the IP payload) sent from {@code srcIp} to
     * {@code dstIp}. Returns null on success, else why the segment must be dropped.
     */
    public TcpDrop parse(PacketBuffer b, int srcIp, int dstIp) {
        buf = b;
        int len = b.length();
        if (len < HEADER_LENGTH) {
            return TcpDrop.TRUNCATED;
        }
        int dataOffsetWords = b.u8(12) >>> 4;
        headerLength = dataOffsetWords * 4;
        if (dataOffsetWords < 5) {
            return TcpDrop.BAD_DATA_OFFSET;
        }
        if (headerLength > len) {
            return TcpDrop.TRUNCATED;
        }
        int sum = Checksum.pseudoHeader(srcIp, dstIp, PROTOCOL, len);
        if (!b.checksumVerified && Checksum.finish(Checksum.add(sum, b.data, b.start, len)) != 0) {
            return TcpDrop.BAD_CHECKSUM;
        }
        srcPort = b.u16(0);
        dstPort = b.u16(2);
        seq = b.i32(4);
        ack = b.i32(8);
        flags = b.u8(13);
        window = b.u16(14);
        payloadStart = b.start + headerLength;
        payloadLength = len - headerLength;
        if (srcPort == 0 || dstPort == 0) {
            return TcpDrop.BAD_FLAGS;
        }
        if (has(SYN) && (has(FIN) || has(RST))) {
            return TcpDrop.BAD_FLAGS;
        }
        return parseOptions(b, HEADER_LENGTH, headerLength);
    }

    private TcpDrop parseOptions(PacketBuffer b, int off, int end) {
        mss = -1;
        windowScale = -1;
        sackPermitted = false;
        hasTimestamps = false;
        while (off < end) {
            int kind = b.u8(off);
            if (kind == OPT_EOL) {
                break;
            }
            if (kind == OPT_NOP) {
                off++;
                continue;
            }
            if (off + 1 >= end) {
                return TcpDrop.BAD_OPTION;
            }
            int optLen = b.u8(off + 1);
            if (optLen < 2 || off + optLen > end) {
                return TcpDrop.BAD_OPTION;
            }
            switch (kind) {
                case OPT_MSS -> {
                    if (optLen != 4) {
                        return TcpDrop.BAD_OPTION;
                    }
                    mss = b.u16(off + 2);
                }
                case OPT_WSCALE -> {
                    if (optLen != 3) {
                        return TcpDrop.BAD_OPTION;
                    }
                    windowScale = Math.min(b.u8(off + 2), MAX_WSCALE);
                }
                case OPT_SACK_PERMITTED -> {
                    if (optLen != 2) {
                        return TcpDrop.BAD_OPTION;
                    }
                    sackPermitted = true; // noted, but we never send SACK blocks
                }
                case OPT_TIMESTAMPS -> {
                    if (optLen != 10) {
                        return TcpDrop.BAD_OPTION;
                    }
                    hasTimestamps = true;
                    tsVal = b.i32(off + 2);
                    tsEcr = b.i32(off + 6);
                }
                default -> {
                    // Unknown options are skipped by their length (RFC 9293 §3.2, MUST-6).
                }
            }
            off += optLen;
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder f = new StringBuilder();
        if (has(SYN)) f.append('S');
        if (has(FIN)) f.append('F');
        if (has(RST)) f.append('R');
        if (has(PSH)) f.append('P');
        if (has(ACK)) f.append('.');
        return srcPort + ">" + dstPort + " [" + f + "] seq=" + Integer.toUnsignedString(seq)
                + " ack=" + Integer.toUnsignedString(ack) + " win=" + window + " len=" + payloadLength
                + (hasTimestamps ? " ts=" + Integer.toUnsignedString(tsVal) + "/" + Integer.toUnsignedString(tsEcr) : "");
    }
}
