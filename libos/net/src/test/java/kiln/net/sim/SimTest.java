package kiln.net.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kiln.net.Hex;
import kiln.net.PacketBuffer;

class SimTest {
    @Test
    void pcapGoldenBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapWriter w = new PcapWriter(out::write);
        w.write(1_500_123_456_789L, new byte[] {1, 2, 3}, 0, 3); // 1500 s + 123456 us (+ 789 ns cut)
        assertArrayEquals(Hex.bytes("""
                d4 c3 b2 a1 02 00 04 00 00 00 00 00 00 00 00 00 ff ff 00 00 01 00 00 00
                dc 05 00 00 40 e2 01 00 03 00 00 00 03 00 00 00 01 02 03"""), out.toByteArray());
        assertEquals(1, w.frames());
    }

    private static List<String> transcript(long seed) {
        VirtualClock clock = new VirtualClock(0);
        SimLink link = new SimLink(clock, seed, SimLink.Conditions.lossy(0.3, 0.2, 0.3), new byte[6], new byte[6], 1500);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            link.a().transmit(new PacketBuffer(new byte[] {(byte) i}));
            clock.advance(10_000);
            PacketBuffer f;
            while ((f = link.b().receive()) != null) {
                seen.add(clock.nanoTime() + ":" + f.data[0]);
            }
        }
        clock.advance(1_000_000_000L);
        PacketBuffer f;
        while ((f = link.b().receive()) != null) {
            seen.add("late:" + f.data[0]);
        }
        assertNull(link.a().receive());
        return seen;
    }

    @Test
    void sameSeedSameRunOtherSeedOtherRun() {
        List<String> one = transcript(42);
        assertEquals(one, transcript(42));
        assertNotEquals(one, transcript(43));
        // Loss, duplication and reordering all happened: fewer/more frames than sent, out of order.
        long distinct = one.stream().map(s -> s.substring(s.indexOf(':'))).distinct().count();
        assertNotEquals(200, distinct);
    }

    @Test
    void perfectLinkDeliversInOrderAfterTheDelay() {
        VirtualClock clock = new VirtualClock(0);
        SimLink link = new SimLink(clock, 1, SimLink.Conditions.PERFECT, new byte[6], new byte[6], 1500);
        byte[] sent = {9, 8, 7};
        link.a().transmit(new PacketBuffer(sent));
        sent[0] = 0; // the link copied the frame, as a wire would
        assertNull(link.b().receive());
        assertEquals(100_000, link.nextDelivery());
        clock.advanceTo(100_000);
        assertArrayEquals(new byte[] {9, 8, 7}, link.b().receive().data);
    }
}
