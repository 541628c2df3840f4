package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import kiln.net.PacketBuffer;
import org.junit.jupiter.api.Test;

/** The send queue copies application bytes once; first transmissions are views of its chunks. */
class SendQueueTest {
    @Test
    void firstTransmissionIsAViewRetransmissionACopy() {
        SendQueue q = new SendQueue(10_000);
        q.setChunkPayload(1000);
        byte[] app = TcpTestBase.pattern(2500, 1);
        assertEquals(2500, q.write(app, 0, 2500));
        PacketBuffer first = q.segment(0, 1000, true);
        PacketBuffer again = q.segment(0, 1000, true);
        assertSame(first.data, again.data, "both are views of the same chunk: no copy");
        assertEquals(PacketBuffer.HEADROOM, first.start);
        assertEquals(PacketBuffer.HEADROOM + 1000, first.data.length);
        PacketBuffer retransmission = q.segment(0, 1000, false);
        assertNotSame(first.data, retransmission.data);
        // A segment starting inside a chunk and spanning two chunks is copied, with the right bytes.
        PacketBuffer mid = q.segment(900, 300, true);
        assertEquals(PacketBuffer.HEADROOM, mid.start);
        for (int i = 0; i < 300; i++) {
            assertEquals(app[900 + i], mid.data[mid.start + i]);
        }
        // Lower layers write headers only in front of start, so the chunk bytes stay intact.
        first.prepend(PacketBuffer.HEADROOM);
        assertEquals(app[0], again.data[again.start]);
    }

    @Test
    void acknowledgedChunksAreReleasedAndSpaceReturns() {
        SendQueue q = new SendQueue(3000);
        q.setChunkPayload(1000);
        assertEquals(3000, q.write(new byte[5000], 0, 5000));
        assertEquals(0, q.space());
        q.acknowledge(1500);
        assertEquals(1500, q.space());
        assertEquals(1500, q.write(new byte[1500], 0, 1500));
        assertEquals(4500, q.endOffset());
        PacketBuffer p = q.segment(1500, 1000, false);
        assertEquals(1000, p.length());
    }
}
