package kiln.net.tcp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiln.net.Checksum;

/**
 * Writes captured TCP segments as a classic pcap file (magic a1b2c3d4, link type 1 = Ethernet), each
 * wrapped in a made-up Ethernet and IPv4 header so Wireshark/tcpdump can dissect the exchange.
 */
final class Pcap {
    private Pcap() {
    }

    record Packet(long timeNanos, int srcIp, int dstIp, byte[] segment) {
    }

    static void write(Path file, List<Packet> packets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xa1b2c3d4); // written big-endian: readers detect the byte order from the magic
        out.writeShort(2);
        out.writeShort(4);
        out.writeInt(0);
        out.writeInt(0);
        out.writeInt(65535);
        out.writeInt(1);
        int id = 0;
        for (Packet p : packets) {
            byte[] frame = frame(p, id++);
            out.writeInt((int) (p.timeNanos() / 1_000_000_000L));
            out.writeInt((int) (p.timeNanos() % 1_000_000_000L / 1000));
            out.writeInt(frame.length);
            out.writeInt(frame.length);
            out.write(frame);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.toByteArray());
    }

    private static byte[] frame(Packet p, int id) {
        byte[] seg = p.segment();
        byte[] f = new byte[14 + 20 + seg.length];
        mac(f, 0, p.dstIp());
        mac(f, 6, p.srcIp());
        f[12] = 0x08; // EtherType IPv4
        f[13] = 0x00;
        int ip = 14;
        int total = 20 + seg.length;
        f[ip] = 0x45;
        f[ip + 2] = (byte) (total >>> 8);
        f[ip + 3] = (byte) total;
        f[ip + 4] = (byte) (id >>> 8);
        f[ip + 5] = (byte) id;
        f[ip + 6] = 0x40; // don't fragment
        f[ip + 8] = 64;
        f[ip + 9] = 6;
        put32(f, ip + 12, p.srcIp());
        put32(f, ip + 16, p.dstIp());
        int sum = Checksum.finish(Checksum.add(0, f, ip, 20));
        f[ip + 10] = (byte) (sum >>> 8);
        f[ip + 11] = (byte) sum;
        System.arraycopy(seg, 0, f, 34, seg.length);
        return f;
    }

    private static void mac(byte[] f, int off, int ip) {
        f[off] = 0x02; // locally administered
        f[off + 1] = 0x00;
        put32(f, off + 2, ip);
    }

    private static void put32(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
