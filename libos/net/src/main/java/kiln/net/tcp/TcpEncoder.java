package kiln.net.tcp;

import kiln.net.Checksum;
import kiln.net.PacketBuffer;

/**
 * Writes a TCP header in front of a payload already in a {@link PacketBuffer} (RFC 9293 §3.1) and
 * fills in the checksum over the IPv4 pseudo-header, header and payload (or, when the IP layer
 * completes checksums, only the pseudo-header part: checksum offload). Options are laid out the
 * way RFC 7323 Appendix A suggests, so every option starts 4-byte aligned:
 * {@code MSS(4) | NOP WS(4) | NOP NOP TS(12)}.
 */
final class TcpEncoder {
    private TcpEncoder() {
    }

    static final int MSS_LEN = 4;
    static final int WS_LEN = 4;
    static final int TS_LEN = 12;

    /**
     * Prepends the header. {@code mss} and {@code wscale} are written when >= 0 (SYN segments only);
     * the timestamps option when {@code ts} is true.
     */
    static void encode(PacketBuffer b, int srcIp, int dstIp, int srcPort, int dstPort, int seq, int ack,
                       int flags, int window, int mss, int wscale, boolean ts, int tsVal, int tsEcr, boolean partialChecksum) {
        int optLen = (mss >= 0 ? MSS_LEN : 0) + (wscale >= 0 ? WS_LEN : 0) + (ts ? TS_LEN : 0);
        int hl = TcpSegment.HEADER_LENGTH + optLen;
        b.prepend(hl);
        b.put16(0, srcPort);
        b.put16(2, dstPort);
        b.put32(4, seq);
        b.put32(8, ack);
        b.put8(12, (hl / 4) << 4);
        b.put8(13, flags);
        b.put16(14, window);
        b.put16(16, 0);
        b.put16(18, 0); // urgent pointer: we never send urgent data
        int o = TcpSegment.HEADER_LENGTH;
        if (mss >= 0) {
            b.put8(o, TcpSegment.OPT_MSS);
            b.put8(o + 1, 4);
            b.put16(o + 2, mss);
            o += MSS_LEN;
        }
        if (wscale >= 0) {
            b.put8(o, TcpSegment.OPT_NOP);
            b.put8(o + 1, TcpSegment.OPT_WSCALE);
            b.put8(o + 2, 3);
            b.put8(o + 3, wscale);
            o += WS_LEN;
        }
        if (ts) {
            b.put8(o, TcpSegment.OPT_NOP);
            b.put8(o + 1, TcpSegment.OPT_NOP);
            b.put8(o + 2, TcpSegment.OPT_TIMESTAMPS);
            b.put8(o + 3, 10);
            b.put32(o + 4, tsVal);
            b.put32(o + 8, tsEcr);
        }
        int sum = Checksum.pseudoHeader(srcIp, dstIp, TcpSegment.PROTOCOL, b.length());
        if (partialChecksum) {
            // Offload: the field holds the folded pseudo-header sum; the device sums the rest.
            b.put16(16, ~Checksum.finish(sum) & 0xffff);
            b.csumStart = b.start;
            b.csumOffset = 16;
        } else {
            b.put16(16, Checksum.finish(Checksum.add(sum, b.data, b.start, b.length())));
            b.csumStart = -1;
        }
    }
}
