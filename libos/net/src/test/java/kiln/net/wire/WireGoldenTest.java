package kiln.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import kiln.net.Drop;
import kiln.net.Hex;
import kiln.net.IpAddr;

/** Each wire format against bytes computed by hand (checksums worked out in the comments). */
class WireGoldenTest {
    private static final byte[] MAC = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};

    @Test
    void arpRequestWhoHasGatewayTellGuest() {
        byte[] frame = new byte[42];
        Ethernet.write(frame, 0, Ethernet.BROADCAST, MAC, Ethernet.TYPE_ARP);
        Arp.write(frame, 14, Arp.OP_REQUEST, MAC, IpAddr.parse("10.0.2.15"), null, IpAddr.parse("10.0.2.2"));
        assertArrayEquals(Hex.bytes("""
                ff ff ff ff ff ff 52 54 00 12 34 56 08 06
                00 01 08 00 06 04 00 01 52 54 00 12 34 56 0a 00 02 0f
                00 00 00 00 00 00 0a 00 02 02"""), frame);
        assertNull(Arp.check(frame, 14, 28));
        assertEquals(IpAddr.parse("10.0.2.2"), Arp.targetIp(frame, 14));
        assertEquals("52:54:00:12:34:56", Ethernet.formatMac(frame, 6));
    }

    @Test
    void arpRejectsOtherHardwareAndShortPackets() {
        byte[] p = Hex.bytes("00 06 08 00 06 04 00 01 52 54 00 12 34 56 0a 00 02 0f 00 00 00 00 00 00 0a 00 02 02");
        assertEquals(Drop.ARP_UNSUPPORTED, Arp.check(p, 0, 28));
        assertEquals(Drop.ARP_MALFORMED, Arp.check(p, 0, 27));
        p[1] = 1;
        p[7] = 9; // opcode 9
        assertEquals(Drop.ARP_UNSUPPORTED, Arp.check(p, 0, 28));
    }

    /** The classic worked example: 4500 0073 0000 4000 4011 [b861] c0a8 0001 c0a8 00c7. */
    @Test
    void ipv4HeaderChecksum() {
        byte[] h = new byte[20];
        Ipv4.write(h, 0, 0x73, 0, Ipv4.FLAG_DF, 64, Ipv4.PROTO_UDP, IpAddr.parse("192.168.0.1"), IpAddr.parse("192.168.0.199"));
        assertArrayEquals(Hex.bytes("45 00 00 73 00 00 40 00 40 11 b8 61 c0 a8 00 01 c0 a8 00 c7"), h);
    }

    @Test
    void ipv4CheckRejectsEachBadField() {
        byte[] good = Hex.bytes("45 00 00 73 00 00 40 00 40 11 b8 61 c0 a8 00 01 c0 a8 00 c7");
        byte[] d = Arrays.copyOf(good, 0x73);
        assertNull(Ipv4.check(d, 0, 0x73));
        assertEquals(Drop.IP_TRUNCATED, Ipv4.check(d, 0, 19));
        assertEquals(Drop.IP_TRUNCATED, Ipv4.check(d, 0, 0x72));
        d[10] = 0;
        assertEquals(Drop.IP_BAD_CHECKSUM, Ipv4.check(d, 0, 0x73));
        d = Arrays.copyOf(good, 0x73);
        d[0] = 0x65;
        assertEquals(Drop.IP_BAD_VERSION, Ipv4.check(d, 0, 0x73));
        d[0] = 0x44;
        assertEquals(Drop.IP_BAD_HEADER_LENGTH, Ipv4.check(d, 0, 0x73));
        d = Arrays.copyOf(good, 0x73);
        d[3] = 0x10; // total length 16 < header length 20
        assertEquals(Drop.IP_BAD_TOTAL_LENGTH, Ipv4.check(d, 0, 0x73));
    }

    /** A header with 4 bytes of options (NOP NOP NOP EOL): skipped by the header length, checksum still covers them. */
    @Test
    void ipv4OptionsAreSkipped() {
        // 4600 0020 0001 0000 4001 [cksum] 0a00 0001 0a00 0002 0101 0100, then 8 bytes payload.
        // Sum: 4600+0020+0001+0000+4001+0a00+0001+0a00+0002+0101+0100 = 0x9c26 -> checksum ~ = 0x63d9.
        byte[] d = Hex.bytes("46 00 00 20 00 01 00 00 40 01 63 d9 0a 00 00 01 0a 00 00 02 01 01 01 00"
                + " 08 00 f7 ff 00 00 00 00");
        assertNull(Ipv4.check(d, 0, d.length));
        assertEquals(24, Ipv4.headerLength(d, 0));
        assertNull(Icmp.check(d, 24, 8));
    }

    /** Echo request id 1 seq 1 data "abcd": 0800+0001+0001+6162+6364 = 0xccc8, checksum 0x3337. */
    @Test
    void icmpEchoRequest() {
        byte[] m = new byte[12];
        m[8] = 'a';
        m[9] = 'b';
        m[10] = 'c';
        m[11] = 'd';
        Icmp.writeHeader(m, 0, 12, Icmp.ECHO_REQUEST, 0, (1 << 16) | 1);
        assertArrayEquals(Hex.bytes("08 00 33 37 00 01 00 01 61 62 63 64"), m);
        assertNull(Icmp.check(m, 0, 12));
        m[11] = 'e';
        assertEquals(Drop.ICMP_BAD_CHECKSUM, Icmp.check(m, 0, 12));
        assertEquals(Drop.ICMP_MALFORMED, Icmp.check(m, 0, 7));
    }

    /**
     * 10.0.0.1:1234 -> 10.0.0.2:53, "hi". Pseudo-header 0a00+0001+0a00+0002+0011+000a = 0x141e; UDP
     * 04d2+0035+000a+6869 = 0x6d7a; total 0x8198, checksum 0x7e67.
     */
    @Test
    void udpChecksumWithPseudoHeader() {
        int src = IpAddr.parse("10.0.0.1");
        int dst = IpAddr.parse("10.0.0.2");
        byte[] u = new byte[10];
        u[8] = 'h';
        u[9] = 'i';
        Udp.write(u, 0, 1234, 53, 2, src, dst);
        assertArrayEquals(Hex.bytes("04 d2 00 35 00 0a 7e 67 68 69"), u);
        assertNull(Udp.check(u, 0, 10, src, dst));
        assertEquals(Drop.UDP_BAD_CHECKSUM, Udp.check(u, 0, 10, src, dst + 1));
        u[5] = 11; // UDP length beyond the IP payload
        assertEquals(Drop.UDP_MALFORMED, Udp.check(u, 0, 10, src, dst));
        u[5] = 10;
        u[6] = 0;
        u[7] = 0; // no checksum: accepted (RFC 768)
        assertNull(Udp.check(u, 0, 10, src, dst));
    }

    @Test
    void ethernetHeader() {
        byte[] f = new byte[14];
        Ethernet.write(f, 0, MAC, new byte[] {2, 0, 0, 0, 0, 1}, Ethernet.TYPE_IPV4);
        assertArrayEquals(Hex.bytes("52 54 00 12 34 56 02 00 00 00 00 01 08 00"), f);
        assertEquals(Drop.ETH_TRUNCATED, Ethernet.check(13));
        assertNull(Ethernet.check(14));
    }
}
