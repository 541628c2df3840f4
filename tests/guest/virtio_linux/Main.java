import kiln.hw.Dma;
import kiln.net.Clock;
import kiln.virtio.HwMemory;
import kiln.virtio.Transport;
import kiln.virtio.VirtioBlk;
import kiln.virtio.VirtioException;

/**
 * Driver logic on the linux target (kiln build --target linux): VirtioBlk over real DMA memory
 * (kiln.hw.Dma on the C heap) against a block device simulated in this program, which reads the
 * rings through kiln.hw.Dma as a device would. Ends with a hostile completion.
 */
public class Main {
    /** A virtio-blk device with one queue, registers as fields, rings read with Dma (virtio 1.2 §2.7). */
    static final class SimBlk implements Transport {
        final byte[] disk = new byte[128 * 512];
        int status;
        long driverFeatures;
        int size;
        long desc, avail, used;
        int lastAvail, usedIdx;
        boolean hostile;

        public int deviceId() { return 2; }
        public int status() { return status; }
        public void setStatus(int s) { status = s; }
        public long deviceFeatures() { return 1L << 32 | 1L << 9; }
        public void setDriverFeatures(long f) { driverFeatures = f; }
        public int queueMaxSize(int q) { return q == 0 ? 16 : 0; }
        public void enableQueue(int q, int n, long d, long a, long u) { size = n; desc = d; avail = a; used = u; }
        public int takeInterruptStatus() { return 0; }
        public int configGeneration() { return 0; }
        public int config8(int o) { return 0; }
        public int config16(int o) { return 0; }
        public int config32(int o) { return o == 0 ? disk.length / 512 : 0; }
        public int interruptLine() { return -1; }
        public String describe() { return "simulated virtio-blk"; }

        /** The device runs when notified: every available chain is executed and completed. */
        public void notifyQueue(int q) {
            int idx = Dma.get16(avail + 2);
            while (lastAvail != idx) {
                int head = Dma.get16(avail + 4 + 2L * (lastAvail % size));
                long h = desc + 16L * head;
                long hdr = Dma.get64(h);
                int type = Dma.get32(hdr);
                long sector = Dma.get64(hdr + 8);
                int d1 = Dma.get16(h + 14);
                long e1 = desc + 16L * d1;
                int written = 1;
                long statusAddr;
                if (type == 0 || type == 1) {
                    long data = Dma.get64(e1);
                    int len = Dma.get32(e1 + 8);
                    if (type == 0) {
                        Dma.copyIn(data, disk, (int) sector * 512, len);
                        written += len;
                    } else {
                        Dma.copyOut(data, disk, (int) sector * 512, len);
                    }
                    statusAddr = Dma.get64(desc + 16L * Dma.get16(e1 + 14));
                } else {
                    statusAddr = Dma.get64(e1);
                }
                Dma.put8(statusAddr, 0);
                long u = used + 4 + 8L * (usedIdx % size);
                Dma.put32(u, hostile ? head + 1 : head);
                Dma.put32(u + 4, written);
                usedIdx = (usedIdx + 1) & 0xffff;
                Dma.put16(used + 2, usedIdx);
                lastAvail = (lastAvail + 1) & 0xffff;
            }
        }
    }

    public static void main(String[] args) {
        SimBlk dev = new SimBlk();
        VirtioBlk blk = new VirtioBlk(dev, HwMemory.INSTANCE, 4);
        Clock clock = System::nanoTime;
        System.out.println("capacity " + blk.capacitySectors() + ", features 0x" + Long.toHexString(dev.driverFeatures)
                + ", status " + dev.status);
        byte[] data = new byte[4096];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        blk.writeBlocking(8, data, 0, 4096, clock, 1_000_000_000L);
        blk.flushBlocking(clock, 1_000_000_000L);
        boolean onDisk = java.util.Arrays.equals(java.util.Arrays.copyOfRange(dev.disk, 4096, 8192), data);
        byte[] back = new byte[4096];
        blk.readBlocking(8, back, 0, 4096, clock, 1_000_000_000L);
        System.out.println("written to the device: " + onDisk + ", read back: " + java.util.Arrays.equals(back, data));
        System.out.println("DMA memory in use: " + (Dma.used() > 0));
        dev.hostile = true;
        try {
            blk.readBlocking(0, back, 0, 512, clock, 1_000_000_000L);
            System.out.println("hostile completion accepted");
        } catch (VirtioException e) {
            System.out.println(e.getMessage());
        }
    }
}
