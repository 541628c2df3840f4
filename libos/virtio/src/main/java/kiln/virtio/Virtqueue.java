package kiln.virtio;

/**
 * A split virtqueue, virtio 1.2 §2.7: a descriptor table, the available ring the driver writes and
 * the used ring the device writes, each in {@link DeviceMemory}.
 *
 * <p>The driver's own bookkeeping (free descriptors, chains, what each chain may receive) lives in
 * Java arrays, never read back from shared memory, so a device that scribbles on the rings cannot
 * make the driver free the wrong descriptors or write outside a buffer. Every used-ring entry is
 * checked (§2.7.8): its id must be the head of a chain in flight, its length at most the chain's
 * device-writable bytes, and the used index may not run ahead of the chains in flight. A violation
 * marks the queue broken (every later call throws) and throws a {@link VirtioException}.
 *
 * <p>Adding a chain: {@link #begin()}, then {@link #readable} / {@link #writable} per buffer
 * (device-readable buffers first, §2.7.4.2), then {@link #submit(Object)}. Submitted chains become
 * visible to the device on {@link #publish()}, which also notifies it unless it asked not to be
 * (§2.7.10, VIRTQ_USED_F_NO_NOTIFY) — so a batch of transmits costs one notification. Finished
 * chains come back from {@link #takeUsed()}, with the token given at submit.
 */
public final class Virtqueue {
    // §2.7.5 descriptor flags.
    static final int DESC_F_NEXT = 1;
    static final int DESC_F_WRITE = 2;
    // §2.7.6 / §2.7.8 ring flags.
    static final int AVAIL_F_NO_INTERRUPT = 1;
    static final int USED_F_NO_NOTIFY = 1;

    /** Largest split-queue size (§2.7: queue size is a power of 2, at most 32768). */
    public static final int MAX_SIZE = 32768;

    private final DeviceMemory mem;
    private final Transport transport;
    private final int index;
    private final int size;
    final long desc;
    final long avail;
    final long used;

    /** Next free descriptor after each free one (a stack threaded through the array); -1 ends it. */
    private final int[] freeNext;
    private int freeHead;
    private int freeCount;
    /** Per chain head: the caller's token (null = not a head in flight), chain length, writable bytes. */
    private final Object[] tokens;
    private final int[] chainLength;
    private final long[] writableBytes;
    /** Next descriptor of each descriptor in a chain, as the driver wrote it. */
    private final int[] chainNext;

    /** The chain being built by begin/readable/writable. */
    private int buildHead = -1;
    private int buildTail = -1;
    private int buildCount;
    private long buildWritable;
    private boolean buildSawWritable;

    private int availIdx;      // next free slot in the avail ring (free-running 16-bit)
    private int publishedIdx;  // avail index the device has been shown
    private int lastUsedIdx;   // next used entry to read
    private int inFlight;      // chains submitted and not yet returned
    private int lastUsedLength;
    private String broken;     // why the queue may no longer be used, or null
    private long notifications;
    private long errors;

    /** Allocates the rings for queue {@code index} of {@code size} entries and enables it on the device. */
    public Virtqueue(Transport transport, DeviceMemory mem, int index, int size) {
        int max = transport.queueMaxSize(index);
        if (max == 0) {
            throw new VirtioException(transport.describe() + ": has no queue " + index);
        }
        if (size <= 0 || size > MAX_SIZE || (size & (size - 1)) != 0) {
            throw new IllegalArgumentException("queue size " + size + " is not a power of 2 in 1.." + MAX_SIZE);
        }
        if (size > max) {
            size = Integer.highestOneBit(max); // the device allows less: use the largest power of 2 it allows
        }
        this.mem = mem;
        this.transport = transport;
        this.index = index;
        this.size = size;
        // §2.7 table "Virtqueue Part Alignment": descriptors 16, driver area 2, device area 4.
        this.desc = mem.allocate(descTableBytes(size), 16);
        this.avail = mem.allocate(availRingBytes(size), 2);
        this.used = mem.allocate(usedRingBytes(size), 4);
        this.freeNext = new int[size];
        for (int i = 0; i < size; i++) {
            freeNext[i] = i + 1 < size ? i + 1 : -1;
        }
        this.freeHead = 0;
        this.freeCount = size;
        this.tokens = new Object[size];
        this.chainLength = new int[size];
        this.writableBytes = new long[size];
        this.chainNext = new int[size];
        // Drivers poll, so ask the device not to interrupt (a hint only, §2.7.7).
        mem.put16(avail, AVAIL_F_NO_INTERRUPT);
        transport.enableQueue(index, size, desc, avail, used);
    }

    // ---- layout, §2.7 (sizes in bytes) ----

    /** 16 bytes per descriptor: le64 addr, le32 len, le16 flags, le16 next (§2.7.5). */
    public static int descTableBytes(int size) {
        return 16 * size;
    }

    /** le16 flags, le16 idx, le16 ring[size], le16 used_event (§2.7.6). */
    public static int availRingBytes(int size) {
        return 6 + 2 * size;
    }

    /** le16 flags, le16 idx, {le32 id, le32 len} ring[size], le16 avail_event (§2.7.8). */
    public static int usedRingBytes(int size) {
        return 6 + 8 * size;
    }

    public int size() {
        return size;
    }

    public int index() {
        return index;
    }

    /** Descriptors free for new chains. */
    public int freeDescriptors() {
        return freeCount;
    }

    public int inFlight() {
        return inFlight;
    }

    public long notifications() {
        return notifications;
    }

    /** Protocol violations seen (0 or 1: the first one breaks the queue). */
    public long errors() {
        return errors;
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** Asks the device to interrupt (or not) when it returns buffers; drivers poll either way. */
    public void setInterrupts(boolean on) {
        mem.put16(avail, on ? 0 : AVAIL_F_NO_INTERRUPT);
    }

    // ---- adding chains ----

    /** Starts a chain; any chain begun but not submitted is abandoned. */
    public void begin() {
        checkUsable();
        abandon();
        buildCount = 0;
        buildWritable = 0;
        buildSawWritable = false;
    }

    /** Appends a buffer the device reads. False if no descriptor is free (the chain is abandoned). */
    public boolean readable(long addr, int len) {
        if (buildSawWritable) {
            throw new IllegalStateException("device-readable buffers must come before writable ones (§2.7.4.2)");
        }
        return append(addr, len, 0);
    }

    /** Appends a buffer the device writes. False if no descriptor is free (the chain is abandoned). */
    public boolean writable(long addr, int len) {
        buildSawWritable = true;
        return append(addr, len, DESC_F_WRITE);
    }

    private boolean append(long addr, int len, int flags) {
        if (len < 0) {
            throw new IllegalArgumentException("negative buffer length " + len);
        }
        if (freeCount == 0) {
            abandon();
            return false;
        }
        int d = freeHead;
        freeHead = freeNext[d];
        freeCount--;
        long e = desc + 16L * d;
        mem.put64(e, addr);
        mem.put32(e + 8, len);
        mem.put16(e + 12, flags);
        mem.put16(e + 14, 0);
        if (buildHead < 0) {
            buildHead = d;
        } else {
            long t = desc + 16L * buildTail;
            mem.put16(t + 12, mem.get16(t + 12) | DESC_F_NEXT);
            mem.put16(t + 14, d);
            chainNext[buildTail] = d;
        }
        chainNext[d] = -1;
        buildTail = d;
        buildCount++;
        if ((flags & DESC_F_WRITE) != 0) {
            buildWritable += len;
        }
        return true;
    }

    /**
     * Puts the chain in the available ring (not yet visible: see {@link #publish()}); the token comes
     * back from {@link #takeUsed()}. Returns the head descriptor index.
     */
    public int submit(Object token) {
        if (token == null) {
            throw new IllegalArgumentException("null token");
        }
        if (buildHead < 0) {
            throw new IllegalStateException("empty chain");
        }
        int head = buildHead;
        tokens[head] = token;
        chainLength[head] = buildCount;
        writableBytes[head] = buildWritable;
        mem.put16(avail + 4 + 2L * (availIdx & (size - 1)), head);
        availIdx = (availIdx + 1) & 0xffff;
        inFlight++;
        buildHead = buildTail = -1;
        buildCount = 0;
        return head;
    }

    /** Makes submitted chains visible to the device and notifies it if it wants to be (§2.7.13). */
    public void publish() {
        checkUsable();
        if (publishedIdx == availIdx) {
            return;
        }
        mem.writeBarrier(); // ring entries and descriptors before the index (§2.7.13.2)
        mem.put16(avail + 2, availIdx);
        publishedIdx = availIdx;
        mem.fullBarrier(); // the index before reading the device's flags (§2.7.13.3)
        if ((mem.get16(used) & USED_F_NO_NOTIFY) == 0) {
            transport.notifyQueue(index);
            notifications++;
        }
    }

    // ---- harvesting ----

    /**
     * The token of the next chain the device has finished, or null if none. Its length (bytes the
     * device wrote into the writable buffers) is then {@link #lastUsedLength()}.
     */
    public Object takeUsed() {
        checkUsable();
        int deviceIdx = mem.get16(used + 2);
        int pending = (deviceIdx - lastUsedIdx) & 0xffff;
        if (pending == 0) {
            return null;
        }
        if (pending > inFlight) {
            violation("used index moved from " + lastUsedIdx + " to " + deviceIdx + " with only " + inFlight
                    + " buffers in flight");
        }
        mem.readBarrier(); // the index before the entries it covers (§2.7.13.1)
        long e = used + 4 + 8L * (lastUsedIdx & (size - 1));
        int id = mem.get32(e);
        long len = mem.get32(e + 4) & 0xffffffffL;
        if (id < 0 || id >= size || tokens[id] == null) {
            violation("used entry " + lastUsedIdx + " names descriptor " + Integer.toUnsignedString(id)
                    + (id >= 0 && id < size ? ", which is not the head of a chain in flight" : ", out of range"));
        }
        if (len > writableBytes[id]) {
            violation("used entry for descriptor " + id + " claims " + len + " bytes written, the chain holds "
                    + writableBytes[id]);
        }
        Object token = tokens[id];
        tokens[id] = null;
        int d = id;
        for (int i = 0; i < chainLength[id]; i++) {
            int next = chainNext[d];
            freeNext[d] = freeHead;
            freeHead = d;
            freeCount++;
            d = next;
        }
        lastUsedIdx = (lastUsedIdx + 1) & 0xffff;
        inFlight--;
        lastUsedLength = (int) len;
        return token;
    }

    public int lastUsedLength() {
        return lastUsedLength;
    }

    private void abandon() {
        int d = buildHead;
        while (d >= 0) {
            int next = chainNext[d];
            freeNext[d] = freeHead;
            freeHead = d;
            freeCount++;
            d = next;
        }
        buildHead = buildTail = -1;
        buildCount = 0;
    }

    private void checkUsable() {
        if (broken != null) {
            throw new VirtioException(broken);
        }
    }

    private void violation(String what) {
        errors++;
        broken = transport.describe() + " queue " + index + ": device error: " + what + "; queue disabled";
        throw new VirtioException(broken);
    }
}
