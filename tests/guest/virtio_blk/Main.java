import kiln.net.Clock;
import kiln.virtio.BlockRequest;
import kiln.virtio.HwMemory;
import kiln.virtio.Discovery;
import kiln.virtio.Transport;
import kiln.virtio.VirtioBlk;

/**
 * Boots with --disk: "write SEED" writes a pattern to the first 64 KiB and the last sector and
 * flushes; "read SEED" (a later boot on the same file) reads both back and compares. Both then let
 * four threads write and read back their own 32 KiB at sector 1024 at the same time, blocked on
 * the device's interrupt where it can be routed (virtio-mmio) and polling where not (q35).
 */
public class Main {
    static final long TIMEOUT = 10_000_000_000L;

    public static void main(String[] args) throws InterruptedException {
        Transport t = Discovery.find(VirtioBlk.DEVICE_ID);
        if (t == null) {
            System.out.println("no virtio-blk device");
            System.exit(1);
        }
        VirtioBlk blk = new VirtioBlk(t, HwMemory.INSTANCE, 4);
        Clock clock = System::nanoTime;
        int seed = Integer.parseInt(args[1]);
        long last = blk.capacitySectors() - 1;
        System.out.println("capacity: " + blk.capacitySectors() + " sectors, flush: " + blk.canFlush()
                + ", interrupts: " + blk.useInterrupts());
        byte[] want = pattern(64 * 1024, seed);
        if (args[0].equals("write")) {
            // Four requests in flight at once, then the rest one by one.
            BlockRequest[] rs = new BlockRequest[4];
            for (int i = 0; i < 4; i++) {
                rs[i] = blk.write(i * 32L, want, i * 16384, 16384);
            }
            for (BlockRequest r : rs) {
                blk.await(r, clock, TIMEOUT);
            }
            blk.writeBlocking(last, want, 0, 512, clock, TIMEOUT);
            blk.flushBlocking(clock, TIMEOUT);
            System.out.println("wrote and flushed");
        } else {
            byte[] got = new byte[want.length];
            for (int i = 0; i < 4; i++) {
                blk.readBlocking(i * 32L, got, i * 16384, 16384, clock, TIMEOUT);
            }
            byte[] tail = new byte[512];
            blk.readBlocking(last, tail, 0, 512, clock, TIMEOUT);
            System.out.println("first 64 KiB match: " + java.util.Arrays.equals(got, want));
            System.out.println("last sector matches: " + java.util.Arrays.equals(tail, java.util.Arrays.copyOf(want, 512)));
            System.out.println("requests completed: " + blk.completed());
        }
        threads(blk, clock, seed);
    }

    /** Four threads, each with two requests of 16 KiB in flight through the blocking calls. */
    static void threads(VirtioBlk blk, Clock clock, int seed) throws InterruptedException {
        long t0 = System.nanoTime();
        long sleeps0 = blk.interruptWakeups();
        boolean[] ok = new boolean[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                byte[] mine = pattern(32 * 1024, seed * 10 + k);
                long sector = 1024 + 64L * k;
                blk.writeBlocking(sector, mine, 0, 16384, clock, TIMEOUT);
                blk.writeBlocking(sector + 32, mine, 16384, 16384, clock, TIMEOUT);
                byte[] back = new byte[mine.length];
                blk.readBlocking(sector + 32, back, 16384, 16384, clock, TIMEOUT);
                blk.readBlocking(sector, back, 0, 16384, clock, TIMEOUT);
                ok[k] = java.util.Arrays.equals(mine, back);
            });
            ts[i].start();
        }
        boolean all = true;
        for (int i = 0; i < 4; i++) {
            ts[i].join();
            all &= ok[i];
        }
        System.out.println("4 threads: read back what they wrote: " + all);
        // Whether a thread finds its request unfinished (and sleeps) depends on the host's timing;
        // if it sleeps, the interrupt must end the sleep long before the 10 s timeout would.
        System.out.println("sleeps: " + (blk.interruptWakeups() - sleeps0) + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    static byte[] pattern(int n, int seed) {
        byte[] p = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            p[i] = (byte) (x >>> 16);
        }
        return p;
    }
}
