import kiln.net.Clock;
import kiln.virtio.BlockRequest;
import kiln.virtio.Discovery;
import kiln.virtio.HwMemory;
import kiln.virtio.Transport;
import kiln.virtio.VirtioBlk;

/**
 * Sequential virtio-blk throughput (bench/blk/run.sh): writes MIB MiB from sector 0 with up to
 * eight 16 KiB requests in flight, flushes, then reads them back the same way. Prints
 * "write-MBps N" (including the flush) and "read-MBps N", in 10^6 bytes per second.
 * Arguments: MIB and "irq" (sleep on the interrupt) or "poll".
 */
public class Main {
    static final long TIMEOUT = 60_000_000_000L;

    public static void main(String[] args) {
        int mib = Integer.parseInt(args[0]);
        Transport t = Discovery.find(VirtioBlk.DEVICE_ID);
        if (t == null) {
            System.out.println("no virtio-blk device");
            System.exit(1);
        }
        VirtioBlk blk = new VirtioBlk(t, HwMemory.INSTANCE, 8);
        if (args[1].equals("irq") && !blk.useInterrupts()) {
            System.out.println("the device's interrupt cannot be routed");
            System.exit(1);
        }
        long bytes = (long) mib << 20;
        if (bytes / VirtioBlk.SECTOR > blk.capacitySectors()) {
            System.out.println("the disk is smaller than " + mib + " MiB");
            System.exit(1);
        }
        Clock clock = System::nanoTime;
        int chunk = blk.maxTransfer();
        byte[][] bufs = new byte[blk.slots()][chunk];
        for (byte[] b : bufs) {
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (i * 31 + 7);
            }
        }
        long t0 = System.nanoTime();
        stream(blk, clock, bytes, chunk, bufs, true);
        blk.flushBlocking(clock, TIMEOUT);
        long t1 = System.nanoTime();
        stream(blk, clock, bytes, chunk, bufs, false);
        long t2 = System.nanoTime();
        // Check one buffer of what came back, so a broken read cannot pass as fast.
        for (int i = 0; i < chunk; i++) {
            if (bufs[0][i] != (byte) (i * 31 + 7)) {
                System.out.println("read back wrong data at byte " + i);
                System.exit(1);
            }
        }
        System.out.println("write-MBps " + bytes * 1000 / (t1 - t0));
        System.out.println("read-MBps " + bytes * 1000 / (t2 - t1));
        System.out.println("interrupt-wakeups " + blk.interruptWakeups());
    }

    /** Keeps every slot busy: a ring of requests, waiting for the oldest before reusing its buffer. */
    static void stream(VirtioBlk blk, Clock clock, long bytes, int chunk, byte[][] bufs, boolean write) {
        int n = bufs.length;
        BlockRequest[] inFlight = new BlockRequest[n];
        long chunks = bytes / chunk;
        for (long c = 0; c < chunks; c++) {
            int k = (int) (c % n);
            if (inFlight[k] != null) {
                blk.await(inFlight[k], clock, TIMEOUT);
            }
            long sector = c * (chunk / VirtioBlk.SECTOR);
            inFlight[k] = write ? blk.write(sector, bufs[k], 0, chunk) : blk.read(sector, bufs[k], 0, chunk);
            if (inFlight[k] == null) {
                throw new IllegalStateException("no free slot although the oldest request finished");
            }
        }
        for (BlockRequest r : inFlight) {
            if (r != null) {
                blk.await(r, clock, TIMEOUT);
            }
        }
    }
}
