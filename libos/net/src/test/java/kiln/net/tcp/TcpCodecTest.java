package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import kiln.net.PacketBuffer;
import org.junit.jupiter.api.Test;

/**
 * Golden bytes for the segment codec. The expected segments and checksums were computed by hand
 * (independently of this code) from RFC 9293 §3.1's layout and RFC 1071's checksum.
 */
class TcpCodecTest {
    private static final int A = 0x0a000001;
    private static final int B = 0x0a000002;
    /** SYN 10.0.0.1:49152 -> 10.0.0.2:80, seq 0x01020304, win 65535, MSS 1460, WS 7, TS 0x11223344/0. */
    private static final String SYN =
            "c00000500102030400000000a002ffff2e420000020405b4010303070101080a1122334400000000";
    /** ACK|PSH 10.0.0.2:80 -> 10.0.0.1:49152 with TS 0x11223355/0x99887766, win 1024, payload "hello". */
    private static final String DATA =
            "0050c000a0b0c0d001020305801804009f9c00000101080a112233559988776668656c6c6f";

    private static PacketBuffer buf(String hex) {
        return new PacketBuffer(HexFormat.of().parseHex(hex));
    }

    @Test
    void encodesSynExactly() {
        PacketBuffer b = new PacketBuffer(PacketBuffer.HEADROOM).resetForPayload();
        TcpEncoder.encode(b, A, B, 49152, 80, 0x01020304, 0, TcpSegment.SYN, 65535, 1460, 7, true, 0x11223344, 0, false);
        assertEquals(SYN, HexFormat.of().formatHex(b.data, b.start, b.end));
        assertEquals(0x2e42, b.u16(16));
    }

    @Test
    void encodesDataSegmentExactly() {
        PacketBuffer b = new PacketBuffer(PacketBuffer.HEADROOM + 5).resetForPayload();
        System.arraycopy("hello".getBytes(), 0, b.data, b.end, 5);
        b.end += 5;
        TcpEncoder.encode(b, B, A, 80, 49152, 0xa0b0c0d0, 0x01020305, TcpSegment.ACK | TcpSegment.PSH, 1024,
                -1, -1, true, 0x11223355, 0x99887766, false);
        assertEquals(DATA, HexFormat.of().formatHex(b.data, b.start, b.end));
    }

    @Test
    void parsesSyn() {
        TcpSegment s = new TcpSegment();
        assertNull(s.parse(buf(SYN), A, B));
        assertEquals(49152, s.srcPort);
        assertEquals(80, s.dstPort);
        assertEquals(0x01020304, s.seq);
        assertTrue(s.has(TcpSegment.SYN));
        assertFalse(s.has(TcpSegment.ACK));
        assertEquals(65535, s.window);
        assertEquals(1460, s.mss);
        assertEquals(7, s.windowScale);
        assertTrue(s.hasTimestamps);
        assertEquals(0x11223344, s.tsVal);
        assertEquals(0, s.tsEcr);
        assertEquals(1, s.segmentLength());
        assertEquals(0, s.payloadLength);
    }

    @Test
    void parsesDataAndPayloadView() {
        PacketBuffer b = buf(DATA);
        TcpSegment s = new TcpSegment();
        assertNull(s.parse(b, B, A));
        assertEquals(0x01020305, s.ack);
        assertEquals(-1, s.mss);
        assertEquals(0x99887766, s.tsEcr);
        assertEquals(5, s.payloadLength);
        assertEquals("hello", new String(b.data, s.payloadStart, s.payloadLength));
    }

    @Test
    void rejectsWithReasons() {
        TcpSegment s = new TcpSegment();
        byte[] good = HexFormat.of().parseHex(DATA);
        assertEquals(TcpDrop.TRUNCATED, s.parse(new PacketBuffer(java.util.Arrays.copyOf(good, 19)), B, A));
        // Wrong addresses in the pseudo-header: checksum fails.
        assertEquals(TcpDrop.BAD_CHECKSUM, s.parse(new PacketBuffer(good.clone()), B, 0x0a000003)); // other pseudo-header
        byte[] flipped = good.clone();
        flipped[flipped.length - 1] ^= 1;
        assertEquals(TcpDrop.BAD_CHECKSUM, s.parse(new PacketBuffer(flipped), B, A));
        // Data offset 4 words, and data offset beyond the segment.
        assertEquals(TcpDrop.BAD_DATA_OFFSET, s.parse(fixed(good, 12, 0x40), B, A));
        assertEquals(TcpDrop.TRUNCATED, s.parse(fixed(java.util.Arrays.copyOf(good, 28), 12, 0xf0), B, A));
        // Option lengths: 0, running past the header, wrong length for MSS.
        byte[] syn = HexFormat.of().parseHex(SYN);
        assertEquals(TcpDrop.BAD_OPTION, s.parse(fixed(syn, 21, 0), A, B));
        assertEquals(TcpDrop.BAD_OPTION, s.parse(fixed(syn, 21, 40), A, B));
        assertEquals(TcpDrop.BAD_OPTION, s.parse(fixed(syn, 21, 3), A, B));
        // SYN+FIN.
        assertEquals(TcpDrop.BAD_FLAGS, s.parse(fixed(syn, 13, 0x03), A, B));
    }

    @Test
    void skipsUnknownOptionsAndStopsAtEol() {
        byte[] syn = HexFormat.of().parseHex(SYN);
        syn[20] = 30; // MSS becomes an unknown 4-byte option
        TcpSegment s = new TcpSegment();
        assertNull(s.parse(fixed(syn, 16, 0), A, B));
        assertEquals(-1, s.mss);
        assertEquals(7, s.windowScale);
        syn = HexFormat.of().parseHex(SYN);
        syn[24] = 0; // EOL where the window-scale option was
        assertNull(s.parse(fixed(syn, 16, 0), A, B));
        assertEquals(1460, s.mss);
        assertEquals(-1, s.windowScale);
        assertFalse(s.hasTimestamps);
    }

    @Test
    void neverThrowsOnGarbage() {
        Random r = new Random(7);
        TcpSegment s = new TcpSegment();
        byte[] syn = HexFormat.of().parseHex(SYN);
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] b = java.util.Arrays.copyOf(syn, r.nextInt(syn.length + 8));
            for (int k = r.nextInt(4); k >= 0; k--) {
                if (b.length > 0) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt();
                }
            }
            if (b.length >= 20 && r.nextBoolean()) {
                fixChecksum(b);
            }
            if (s.parse(new PacketBuffer(b), A, B) == null) {
                accepted++;
            }
        }
        assertTrue(accepted > 0);
    }

    /** Sets one byte and recomputes the checksum, so only the intended defect remains. */
    private static PacketBuffer fixed(byte[] seg, int index, int value) {
        byte[] b = seg.clone();
        b[index] = (byte) value;
        fixChecksum(b);
        return new PacketBuffer(b);
    }

    private static void fixChecksum(byte[] b) {
        b[16] = 0;
        b[17] = 0;
        int sum = kiln.net.Checksum.pseudoHeader(A, B, 6, b.length);
        int c = kiln.net.Checksum.finish(kiln.net.Checksum.add(sum, b, 0, b.length));
        b[16] = (byte) (c >>> 8);
        b[17] = (byte) c;
    }

    @Test
    void sipHashPaperVectors() {
        SipHash h = new SipHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        byte[] msg = new byte[15];
        for (int i = 0; i < msg.length; i++) {
            msg[i] = (byte) i;
        }
        assertEquals(0xa129ca6149be45e5L, h.hash(msg, 0, 15)); // SipHash paper, appendix A
        assertEquals(0x726fdb47dd0e0e31L, h.hash(msg, 0, 0));  // reference vectors, empty input
    }

    @Test
    void isnDependsOnTupleAndAdvancesWithTime() {
        IsnGenerator g = new IsnGenerator(1, 2);
        int x = g.isn(A, 1000, B, 80, 0);
        assertEquals(x + 250, g.isn(A, 1000, B, 80, 1_000_000)); // 1 ms = 250 ticks of 4 us
        int y = g.isn(A, 1001, B, 80, 0);
        assertTrue(x != y);
        assertTrue(new IsnGenerator(3, 4).isn(A, 1000, B, 80, 0) != x);
    }

    @Test
    void receiveBufferReassembles() {
        ReceiveBuffer rb = new ReceiveBuffer(16, 2);
        byte[] src = "abcdefghijklmnop".getBytes();
        assertEquals(0, rb.store(4, src, 4, 2));   // "ef" out of order
        assertEquals(0, rb.store(8, src, 8, 2));   // "ij"
        assertEquals(-1, rb.store(12, src, 12, 1)); // a third range does not fit
        assertEquals(0, rb.store(6, src, 6, 2));   // "gh" joins the two ranges
        assertEquals(10, rb.store(0, src, 0, 4));  // "abcd" makes "abcdefghij" readable
        byte[] out = new byte[16];
        assertEquals(10, rb.read(out, 0, 16));
        assertArrayEquals("abcdefghij".getBytes(), java.util.Arrays.copyOf(out, 10));
        // Wrap around the ring.
        assertEquals(12, rb.store(0, src, 0, 12));
        assertEquals(12, rb.read(out, 0, 16));
        assertArrayEquals("abcdefghijkl".getBytes(), java.util.Arrays.copyOf(out, 12));
    }
}
