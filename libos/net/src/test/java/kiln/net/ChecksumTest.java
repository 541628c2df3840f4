package kiln.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The unrolled Internet checksum against a word-at-a-time reference (RFC 1071), on random data. */
class ChecksumTest {
    private static int reference(byte[] d, int off, int len) {
        long sum = 0;
        for (int i = 0; i < len; i += 2) {
            int hi = d[off + i] & 0xff;
            int lo = i + 1 < len ? d[off + i + 1] & 0xff : 0;
            sum += (hi << 8) | lo;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    @Test
    void matchesTheReferenceForEveryLengthAndOffset() {
        Random r = new Random(42);
        for (int round = 0; round < 3000; round++) {
            byte[] d = new byte[r.nextInt(3000) + 1];
            if (round % 3 == 0) {
                java.util.Arrays.fill(d, (byte) 0xff); // worst case for carries
            } else {
                r.nextBytes(d);
            }
            int off = r.nextInt(d.length);
            int len = r.nextInt(d.length - off + 1);
            assertEquals(reference(d, off, len), Checksum.finish(Checksum.add(0, d, off, len)), "len " + len);
            // Split sums must agree when the first part has even length.
            int cut = off + (r.nextInt(len + 1) & ~1);
            int split = Checksum.add(Checksum.add(0, d, off, cut - off), d, cut, off + len - cut);
            assertEquals(reference(d, off, len), Checksum.finish(split));
        }
    }

    @Test
    void aLargeRunningSumStaysFoldable() {
        byte[] d = new byte[70_000];
        java.util.Arrays.fill(d, (byte) 0xff);
        int s = 0;
        for (int i = 0; i < 100; i++) {
            s = Checksum.add(s, d, 0, d.length);
        }
        assertEquals(0, Checksum.finish(s)); // all-ones words sum to negative zero
    }
}
