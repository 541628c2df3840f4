import kiln.net.Clock;
import kiln.virtio.HwMemory;
import kiln.virtio.Discovery;
import kiln.virtio.Transport;
import kiln.virtio.VirtioRng;

/** Boots with --rng: reads random bytes from virtio-rng and checks they are not constant. */
public class Main {
    public static void main(String[] args) {
        Transport t = Discovery.find(VirtioRng.DEVICE_ID);
        if (t == null) {
            System.out.println("no virtio-rng device");
            System.exit(1);
        }
        System.out.println("found entropy device: " + t.describe());
        VirtioRng rng = new VirtioRng(t, HwMemory.INSTANCE);
        Clock clock = System::nanoTime;
        byte[] a = new byte[300];
        byte[] b = new byte[300];
        rng.read(a, 0, a.length, clock, 10_000_000_000L);
        rng.read(b, 0, b.length, clock, 10_000_000_000L);
        boolean[] seen = new boolean[256];
        int distinct = 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (!seen[a[i] & 0xff]) {
                seen[a[i] & 0xff] = true;
                distinct++;
            }
            if (a[i] == b[i]) {
                same++;
            }
        }
        // 300 uniform bytes: ~176 distinct values expected, ~1 equal position; the bounds are loose.
        System.out.println("distinct values >= 64: " + (distinct >= 64));
        System.out.println("two reads differ: " + (same < 30));
    }
}
