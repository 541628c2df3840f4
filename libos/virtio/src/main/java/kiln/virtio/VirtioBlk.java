package kiln.virtio;

import kiln.net.Clock;

/**
 * virtio block device, virtio 1.2 §5.2. A request is a chain of three buffers (§5.2.6): a 16-byte
 * header the device reads (le32 type, le32 reserved, le64 sector), the data (read by the device for
 * a write, written for a read), and one status byte the device writes. Several requests may be in
 * flight; each uses its own preallocated slot of device memory, and {@link #poll()} completes
 * whichever the device has finished, in any order.
 *
 * <p>Waiting: by default the blocking calls poll the used ring. After {@link #useInterrupts()} (or
 * {@link #useInterrupts(InterruptLine)}) the device interrupts when it completes a request, and a
 * blocked caller sleeps until then, so the CPU idles or runs other threads. Several threads may
 * issue requests at once: starting and harvesting are synchronized on the driver, every waiter
 * wakes on the interrupt and whichever runs first completes all finished requests.
 *
 * <p>Sectors are always 512 bytes in the protocol (§5.2.4), whatever the disk's block size.
 */
public final class VirtioBlk {
    public static final int DEVICE_ID = 2;
    public static final int SECTOR = 512;
    /** Largest transfer per request (less if the device's size_max says so): callers split bigger ones. */
    public static final int MAX_TRANSFER = 16 * 1024;

    // §5.2.3 feature bits.
    static final long F_SIZE_MAX = 1L << 1;
    static final long F_SEG_MAX = 1L << 2;
    static final long F_RO = 1L << 5;
    static final long F_BLK_SIZE = 1L << 6;
    static final long F_FLUSH = 1L << 9;

    // §5.2.4 configuration layout.
    static final int CFG_CAPACITY = 0;
    static final int CFG_SIZE_MAX = 8;
    static final int CFG_SEG_MAX = 12;

    private static final int HEADER = 16;

    private final Transport transport;
    private final DeviceMemory mem;
    private final Virtqueue queue;
    private final long features;
    private final long capacity;
    private final int maxTransfer;
    /** Per slot: header, status byte and data buffer in device memory; the request using it, or null. */
    private final long[] header;
    private final long[] data;
    private final BlockRequest[] busy;
    private long completed;
    /** Where blocked callers sleep; null: they poll. */
    private volatile InterruptLine line;
    private long interrupts;

    public VirtioBlk(Transport transport, DeviceMemory mem, int slots) {
        if (transport.deviceId() != DEVICE_ID) {
            throw new VirtioException(transport.describe() + ": device type " + transport.deviceId() + " is not a block device");
        }
        this.transport = transport;
        this.mem = mem;
        this.features = DeviceSetup.negotiate(transport, F_RO | F_FLUSH | F_BLK_SIZE | F_SEG_MAX | F_SIZE_MAX, 0);
        if (Features.has(features, F_SEG_MAX) && transport.config32(CFG_SEG_MAX) < 1) {
            DeviceSetup.fail(transport, "seg_max is 0: not even one data buffer per request");
        }
        this.capacity = readCapacity();
        // §5.2.4: with SIZE_MAX, no single buffer may exceed size_max bytes; each request has one data buffer.
        long sizeMax = Features.has(features, F_SIZE_MAX) ? transport.config32(CFG_SIZE_MAX) & 0xffffffffL : MAX_TRANSFER;
        this.maxTransfer = (int) Math.min(MAX_TRANSFER, sizeMax) / SECTOR * SECTOR;
        if (maxTransfer == 0) {
            DeviceSetup.fail(transport, "size_max " + sizeMax + " is smaller than one sector");
        }
        this.queue = new Virtqueue(transport, mem, 0, 64);
        slots = Math.max(1, Math.min(slots, queue.size() / 3));
        this.header = new long[slots];
        this.data = new long[slots];
        this.busy = new BlockRequest[slots];
        for (int i = 0; i < slots; i++) {
            header[i] = mem.allocate(HEADER + 1, 16); // the status byte follows the header
            data[i] = mem.allocate(MAX_TRANSFER, 512);
        }
        DeviceSetup.driverOk(transport);
    }

    /** Capacity is a le64 read as two 32-bit halves: retry while the generation changes (§2.5.1). */
    private long readCapacity() {
        for (int i = 0; i < 100; i++) {
            int gen = transport.configGeneration();
            long low = transport.config32(CFG_CAPACITY) & 0xffffffffL;
            long high = transport.config32(CFG_CAPACITY + 4) & 0xffffffffL;
            if (gen == transport.configGeneration()) {
                return (high << 32) | low;
            }
        }
        throw new VirtioException(transport.describe() + ": configuration keeps changing");
    }

    /** Size of the disk in 512-byte sectors. */
    public long capacitySectors() {
        return capacity;
    }

    public boolean readOnly() {
        return Features.has(features, F_RO);
    }

    /** True if the device has a write cache that {@link #flush()} empties (§5.2.5.1). */
    public boolean canFlush() {
        return Features.has(features, F_FLUSH);
    }

    public Transport transport() {
        return transport;
    }

    /** Largest length of one read or write request, a multiple of 512. */
    public int maxTransfer() {
        return maxTransfer;
    }

    /** Requests that can be in flight at once. */
    public int slots() {
        return busy.length;
    }

    public long completed() {
        return completed;
    }

    /**
     * Routes the device's interrupt line (kiln.hw.Irq, kvm target) and lets blocking calls sleep on
     * it; returns false if the transport's line cannot be routed (virtio-pci on q35), in which
     * case they keep polling.
     */
    public boolean useInterrupts() {
        IrqLine l = IrqLine.route(transport);
        if (l != null) {
            useInterrupts(l);
        }
        return l != null;
    }

    /** Blocking calls sleep on {@code l}; the device is asked to interrupt on completions (§2.7.7). */
    public synchronized void useInterrupts(InterruptLine l) {
        queue.setInterrupts(true);
        line = l;
    }

    public boolean usesInterrupts() {
        return line != null;
    }

    /** Times a blocked caller was woken by the line (or its timeout) and went back to harvest. */
    public synchronized long interruptWakeups() {
        return interrupts;
    }

    /** Starts reading {@code len} bytes (a multiple of 512, at most {@link #maxTransfer()}) into {@code dst[off..]}; null if all slots are busy. */
    public BlockRequest read(long sector, byte[] dst, int off, int len) {
        return start(BlockRequest.T_IN, sector, dst, off, len);
    }

    /** Starts writing {@code src[off, off+len)} at {@code sector}; null if all slots are busy. */
    public BlockRequest write(long sector, byte[] src, int off, int len) {
        if (readOnly()) {
            throw new VirtioException(transport.describe() + ": the disk is read-only");
        }
        return start(BlockRequest.T_OUT, sector, src, off, len);
    }

    /** Starts a flush of the device's write cache; null if all slots are busy. */
    public BlockRequest flush() {
        if (!canFlush()) {
            throw new VirtioException(transport.describe() + ": the device does not offer VIRTIO_BLK_F_FLUSH");
        }
        return start(BlockRequest.T_FLUSH, 0, null, 0, 0);
    }

    private synchronized BlockRequest start(int type, long sector, byte[] buf, int off, int len) {
        if (type != BlockRequest.T_FLUSH) {
            if (len <= 0 || len % SECTOR != 0 || len > maxTransfer) {
                throw new IllegalArgumentException("length " + len + " is not a multiple of 512 in 512.." + maxTransfer);
            }
            if (off < 0 || off > buf.length - len) {
                throw new IndexOutOfBoundsException("range [" + off + ", " + (off + len) + ") of " + buf.length);
            }
            if (sector < 0 || sector > capacity || len / SECTOR > capacity - sector) {
                throw new IllegalArgumentException("sectors " + sector + ".." + (sector + len / SECTOR)
                        + " are past the end of the disk (" + capacity + " sectors)");
            }
        }
        int slot = -1;
        for (int i = 0; i < busy.length; i++) {
            if (busy[i] == null) {
                slot = i;
                break;
            }
        }
        if (slot < 0 || queue.freeDescriptors() < 3) {
            return null;
        }
        BlockRequest r = new BlockRequest(type, sector, buf, off, len, slot);
        long h = header[slot];
        mem.put32(h, type);
        mem.put32(h + 4, 0);
        mem.put64(h + 8, sector);
        mem.put8(h + HEADER, 0xff); // not a valid status: shows whether the device wrote one
        if (type == BlockRequest.T_OUT) {
            mem.copyIn(data[slot], buf, off, len);
        }
        queue.begin();
        queue.readable(h, HEADER);
        if (type == BlockRequest.T_OUT) {
            queue.readable(data[slot], len);
        } else if (type == BlockRequest.T_IN) {
            queue.writable(data[slot], len);
        }
        queue.writable(h + HEADER, 1);
        queue.submit(r);
        busy[slot] = r;
        queue.publish();
        return r;
    }

    /** Completes every request the device has finished; returns how many. */
    public synchronized int poll() {
        int n = 0;
        Object t;
        while ((t = queue.takeUsed()) != null) {
            BlockRequest r = (BlockRequest) t;
            int written = queue.lastUsedLength();
            int status = mem.get8(header[r.slot] + HEADER);
            busy[r.slot] = null;
            if (status > BlockRequest.UNSUPP || written < 1) {
                // The device did not write a valid status: treat as an I/O error, not success.
                r.status = BlockRequest.IOERR;
            } else {
                r.status = status;
                if (status == BlockRequest.OK && r.type == BlockRequest.T_IN) {
                    mem.copyOut(data[r.slot], r.data, r.off, r.len);
                }
            }
            completed++;
            n++;
        }
        return n;
    }

    /** Polls until r is done or the timeout passes; throws unless the device answered OK. */
    public void await(BlockRequest r, Clock clock, long timeoutNanos) {
        awaitUntil(r, clock, clock.nanoTime() + timeoutNanos, timeoutNanos);
    }

    private void awaitUntil(BlockRequest r, Clock clock, long deadline, long timeoutNanos) {
        while (!r.done()) {
            poll();
            if (r.done()) {
                break;
            }
            long left = deadline - clock.nanoTime();
            if (left <= 0) {
                throw new VirtioException(transport.describe() + ": " + r.describe() + " not finished within "
                        + timeoutNanos / 1_000_000 + " ms");
            }
            waitForDevice(left);
        }
        if (r.status != BlockRequest.OK) {
            throw new VirtioException(transport.describe() + ": " + r.describe() + " failed with status "
                    + (r.status == BlockRequest.IOERR ? "IOERR" : "UNSUPP"));
        }
    }

    /** Starts a request, polling for a free slot first; then waits for it. */
    private void blocking(int type, long sector, byte[] buf, int off, int len, Clock clock, long timeoutNanos) {
        long deadline = clock.nanoTime() + timeoutNanos;
        BlockRequest r;
        while ((r = start(type, sector, buf, off, len)) == null) {
            if (poll() > 0) {
                continue; // a slot is free now
            }
            long left = deadline - clock.nanoTime();
            if (left <= 0) {
                throw new VirtioException(transport.describe() + ": no free request slot within "
                        + timeoutNanos / 1_000_000 + " ms");
            }
            waitForDevice(left);
        }
        awaitUntil(r, clock, deadline, timeoutNanos);
    }

    /**
     * Sleeps until the device interrupts (or {@code maxNanos} pass), then acknowledges it and lets
     * the line through again before the caller harvests (see InterruptLine). Without a line, lets
     * other threads run and returns: the caller polls.
     */
    private void waitForDevice(long maxNanos) {
        InterruptLine l = line;
        if (l == null) {
            Thread.yield();
            return;
        }
        l.await(maxNanos);
        synchronized (this) {
            interrupts++;
            transport.takeInterruptStatus();
            l.rearm();
        }
    }

    public void readBlocking(long sector, byte[] dst, int off, int len, Clock clock, long timeoutNanos) {
        blocking(BlockRequest.T_IN, sector, dst, off, len, clock, timeoutNanos);
    }

    public void writeBlocking(long sector, byte[] src, int off, int len, Clock clock, long timeoutNanos) {
        if (readOnly()) {
            throw new VirtioException(transport.describe() + ": the disk is read-only");
        }
        blocking(BlockRequest.T_OUT, sector, src, off, len, clock, timeoutNanos);
    }

    public void flushBlocking(Clock clock, long timeoutNanos) {
        if (!canFlush()) {
            throw new VirtioException(transport.describe() + ": the device does not offer VIRTIO_BLK_F_FLUSH");
        }
        blocking(BlockRequest.T_FLUSH, 0, null, 0, 0, clock, timeoutNanos);
    }
}
