package kiln.virtio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kiln.net.Clock;

class VirtioRngTest {
    final ArrayMemory mem = new ArrayMemory(1 << 16);
    final FakeMmioDevice dev = new FakeMmioDevice(mem, 4, Features.VERSION_1);
    int counter;

    /** Fills each posted buffer partly (at most 100 bytes), with a counting pattern. */
    Clock serving() {
        long[] now = {0};
        return () -> {
            for (FakeMmioDevice.Chain c : dev.takeAvail(0)) {
                FakeMmioDevice.Desc d = c.descs().get(0);
                int n = Math.min(d.len(), 100);
                for (int i = 0; i < n; i++) {
                    mem.put8(d.addr() + i, counter++);
                }
                dev.pushUsed(0, c.head(), n);
            }
            return now[0] += 1000;
        };
    }

    @Test
    void fillsTheWholeRequestFromShortAnswers() {
        VirtioRng rng = new VirtioRng(dev.transport(), mem);
        byte[] out = new byte[600];
        rng.read(out, 0, 600, serving(), 1_000_000_000L);
        byte[] want = new byte[600];
        for (int i = 0; i < 600; i++) {
            want[i] = (byte) i;
        }
        assertArrayEquals(want, out);
    }

    @Test
    void lengthBeyondTheBufferIsADeviceError() {
        VirtioRng rng = new VirtioRng(dev.transport(), mem);
        long[] now = {0};
        Clock hostile = () -> {
            for (FakeMmioDevice.Chain c : dev.takeAvail(0)) {
                dev.pushUsed(0, c.head(), c.descs().get(0).len() + 1);
            }
            return now[0] += 1000;
        };
        VirtioException e = assertThrows(VirtioException.class, () -> rng.read(new byte[16], 0, 16, hostile, 1_000_000_000L));
        assertTrue(e.getMessage().contains("claims 17 bytes"), e.getMessage());
    }

    @Test
    void wrongDeviceType() {
        FakeMmioDevice blk = new FakeMmioDevice(mem, 2, Features.VERSION_1);
        assertThrows(VirtioException.class, () -> new VirtioRng(blk.transport(), mem));
    }
}
