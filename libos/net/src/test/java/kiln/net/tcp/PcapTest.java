package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pcap written on failures is readable: header, one record per segment, valid IPv4 checksums. */
class PcapTest extends TcpTestBase {
    @Test
    void writesClassicPcap() throws Exception {
        setUp();
        establish();
        Path file = Path.of("target", "pcap", "PcapTest.sample.pcap");
        Pcap.write(file, net.trace());
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        assertEquals(0xa1b2c3d4, b.getInt());
        assertEquals(2, b.getShort());
        assertEquals(4, b.getShort());
        b.position(20);
        assertEquals(1, b.getInt()); // Ethernet
        int records = 0;
        while (b.hasRemaining()) {
            b.getInt();
            b.getInt();
            int len = b.getInt();
            assertEquals(len, b.getInt());
            byte[] frame = new byte[len];
            b.get(frame);
            assertEquals(0x0800, ((frame[12] & 0xff) << 8) | (frame[13] & 0xff));
            assertEquals(0, kiln.net.Checksum.finish(kiln.net.Checksum.add(0, frame, 14, 20)));
            records++;
        }
        assertEquals(3, records); // SYN, SYN-ACK, ACK
    }
}
