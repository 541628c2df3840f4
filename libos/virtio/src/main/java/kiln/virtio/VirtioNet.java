package kiln.virtio;

import kiln.net.Checksum;
import kiln.net.NetworkInterface;
import kiln.net.PacketBuffer;

/**
 * virtio network device, virtio 1.2 §5.1: queue 0 receives, queue 1 transmits. Every frame is
 * preceded by a 12-byte virtio_net_hdr (§5.1.6: flags, gso_type, hdr_len, gso_size, csum_start,
 * csum_offset, num_buffers; num_buffers is always there with VERSION_1).
 *
 * <p>Features: VIRTIO_NET_F_MAC (the address to use), F_MTU, F_STATUS, and checksum offload both
 * ways when offered: F_CSUM (§5.1.6.2: we send frames whose transport checksum the device
 * completes, flagged NEEDS_CSUM with csum_start/csum_offset) and F_GUEST_CSUM (§5.1.6.4: received
 * frames flagged DATA_VALID need no verification; frames flagged NEEDS_CSUM are completed here,
 * after bounds checks). No segmentation offload: frames are at most 1514 bytes (+4 for a VLAN tag).
 *
 * <p>Receive buffers are posted once and reposted as frames are taken; transmit copies each frame
 * into a preallocated slot. {@link #transmitBatch} publishes several frames with one notification.
 */
public final class VirtioNet implements NetworkInterface {
    public static final int DEVICE_ID = 1;

    // §5.1.3 feature bits.
    static final long F_CSUM = 1L << 0;
    static final long F_GUEST_CSUM = 1L << 1;
    static final long F_MTU = 1L << 3;
    static final long F_MAC = 1L << 5;
    static final long F_STATUS = 1L << 16;

    // §5.1.4 configuration layout.
    static final int CFG_MAC = 0;
    static final int CFG_STATUS = 6;
    static final int CFG_MTU = 10;
    static final int STATUS_LINK_UP = 1;

    /** struct virtio_net_hdr with num_buffers (§5.1.6). */
    static final int HDR = 12;
    static final int HDR_F_NEEDS_CSUM = 1;
    static final int HDR_F_DATA_VALID = 2;
    /** Largest frame without FCS: 14-byte header, 1500 payload, 4-byte VLAN tag. */
    static final int MAX_FRAME = 1518;
    /** At least 1526 bytes per receive buffer without MRG_RXBUF or GSO (§5.1.6.3.1). */
    static final int RX_BUFFER = 1536;

    private final Transport transport;
    private final DeviceMemory mem;
    private final long features;
    private final byte[] mac = new byte[6];
    private final int mtu;
    private final Virtqueue rx;
    private final Virtqueue tx;
    private final long[] rxBuf;
    private final Integer[] rxToken;
    private final long[] txBuf;
    private final Integer[] txToken;
    private final int[] txFree;
    private int txFreeCount;
    private boolean rxNeedsPublish;

    private long rxFrames;
    private long txFrames;
    private long rxDropped;
    private long txBusy;

    public VirtioNet(Transport transport, DeviceMemory mem, int rxBuffers, int txBuffers) {
        if (transport.deviceId() != DEVICE_ID) {
            throw new VirtioException(transport.describe() + ": device type " + transport.deviceId() + " is not a network device");
        }
        this.transport = transport;
        this.mem = mem;
        this.features = DeviceSetup.negotiate(transport, F_MAC | F_MTU | F_STATUS | F_CSUM | F_GUEST_CSUM, 0);
        if (Features.has(features, F_MAC)) {
            for (int i = 0; i < 6; i++) {
                mac[i] = (byte) transport.config8(CFG_MAC + i);
            }
        } else {
            // §5.1.5: without F_MAC the driver picks a random address; a fixed locally administered one will do for one NIC.
            byte[] local = {0x02, 0x6b, 0x69, 0x6c, 0x6e, 0x01};
            System.arraycopy(local, 0, mac, 0, 6);
        }
        int m = Features.has(features, F_MTU) ? transport.config16(CFG_MTU) : 1500;
        this.mtu = Math.min(m, 1500); // receive buffers are sized for 1500
        this.rx = new Virtqueue(transport, mem, 0, 256);
        this.tx = new Virtqueue(transport, mem, 1, 256);
        rxBuffers = Math.max(1, Math.min(rxBuffers, rx.size()));
        txBuffers = Math.max(1, Math.min(txBuffers, tx.size()));
        this.rxBuf = new long[rxBuffers];
        this.rxToken = new Integer[rxBuffers];
        for (int i = 0; i < rxBuffers; i++) {
            rxBuf[i] = mem.allocate(RX_BUFFER, 64);
            rxToken[i] = i;
            postRx(i);
        }
        this.txBuf = new long[txBuffers];
        this.txToken = new Integer[txBuffers];
        this.txFree = new int[txBuffers];
        for (int i = 0; i < txBuffers; i++) {
            txBuf[i] = mem.allocate(HDR + MAX_FRAME, 64);
            txToken[i] = i;
            txFree[i] = i;
        }
        txFreeCount = txBuffers;
        // §3.1.1: the device may use receive buffers as soon as DRIVER_OK is set, so post them first.
        DeviceSetup.driverOk(transport);
        rx.publish();
    }

    private void postRx(int i) {
        rx.begin();
        rx.writable(rxBuf[i], RX_BUFFER);
        rx.submit(rxToken[i]);
        rxNeedsPublish = true;
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    @Override
    public boolean checksumOffload() {
        return Features.has(features, F_CSUM);
    }

    @Override
    public int mtu() {
        return mtu;
    }

    /** True unless the device reports the link down (F_STATUS, §5.1.4). */
    public boolean linkUp() {
        return !Features.has(features, F_STATUS) || (transport.config16(CFG_STATUS) & STATUS_LINK_UP) != 0;
    }

    public Transport transport() {
        return transport;
    }

    public long rxFrames() {
        return rxFrames;
    }

    public long txFrames() {
        return txFrames;
    }

    /** Frames the device returned that could not be used (shorter than the header, too long, bad checksum request). */
    public long rxDropped() {
        return rxDropped;
    }

    /** transmit() calls refused because every transmit slot was in use. */
    public long txBusy() {
        return txBusy;
    }

    @Override
    public PacketBuffer receive() {
        PacketBuffer frame = null;
        while (frame == null) {
            Object t = rx.takeUsed();
            if (t == null) {
                break;
            }
            int i = (Integer) t;
            int len = rx.lastUsedLength() - HDR;
            long buf = rxBuf[i];
            if (len >= 14 && len <= MAX_FRAME) {
                PacketBuffer p = new PacketBuffer(new byte[len]);
                mem.copyOut(buf + HDR, p.data, 0, len);
                int flags = mem.get8(buf);
                if ((flags & HDR_F_NEEDS_CSUM) == 0 || completeChecksum(p, mem.get16(buf + 6), mem.get16(buf + 8))) {
                    // NEEDS_CSUM frames come from this host's own stack and were just completed.
                    p.checksumVerified = (flags & (HDR_F_DATA_VALID | HDR_F_NEEDS_CSUM)) != 0
                            && Features.has(features, F_GUEST_CSUM);
                    frame = p;
                    rxFrames++;
                } else {
                    rxDropped++;
                }
            } else {
                rxDropped++;
            }
            postRx(i);
        }
        if (rxNeedsPublish) {
            rxNeedsPublish = false;
            rx.publish();
        }
        return frame;
    }

    /** §5.1.6.4.1: sum from csum_start to the end, stored at csum_start + csum_offset. */
    static boolean completeChecksum(PacketBuffer p, int start, int offset) {
        int len = p.length();
        if (start > len - 2 || offset > len - 2 - start) {
            return false;
        }
        int field = start + offset;
        // The field holds the pseudo-header sum (not complemented); fold everything and complement.
        int sum = Checksum.add(0, p.data, p.start + start, len - start);
        int value = Checksum.finish(sum);
        p.put16(field, value);
        return true;
    }

    @Override
    public boolean transmit(PacketBuffer frame) {
        if (!enqueue(frame)) {
            return false;
        }
        tx.publish();
        return true;
    }

    /** Queues frames[0, n) and notifies the device once; returns how many were accepted. */
    public int transmitBatch(PacketBuffer[] frames, int n) {
        int sent = 0;
        while (sent < n && enqueue(frames[sent])) {
            sent++;
        }
        tx.publish();
        return sent;
    }

    private boolean enqueue(PacketBuffer frame) {
        int len = frame.length();
        if (len > MAX_FRAME || len < 14) {
            throw new IllegalArgumentException("frame of " + len + " bytes (14.." + MAX_FRAME + " allowed)");
        }
        reclaimTx();
        if (txFreeCount == 0) {
            txBusy++;
            return false;
        }
        int i = txFree[--txFreeCount];
        long buf = txBuf[i];
        for (int k = 0; k < HDR; k += 4) {
            mem.put32(buf + k, 0); // no segmentation offload: gso_type NONE
        }
        if (frame.csumStart >= 0) {
            if (Features.has(features, F_CSUM)) {
                mem.put8(buf, HDR_F_NEEDS_CSUM);
                mem.put16(buf + 6, frame.csumStart - frame.start);
                mem.put16(buf + 8, frame.csumOffset);
            } else {
                frame.completeChecksum();
            }
        }
        mem.copyIn(buf + HDR, frame.data, frame.start, len);
        tx.begin();
        tx.readable(buf, HDR + len);
        tx.submit(txToken[i]);
        txFrames++;
        return true;
    }

    /** Takes back transmit slots the device has finished with. */
    private void reclaimTx() {
        Object t;
        while ((t = tx.takeUsed()) != null) {
            txFree[txFreeCount++] = (Integer) t;
        }
    }

    /**
     * Asks the device to interrupt when it fills a receive buffer (transmit completions are
     * reclaimed lazily, so they never interrupt).
     */
    public void enableReceiveInterrupts() {
        rx.setInterrupts(true);
    }

    /** Reclaims finished transmit slots and reposts receive buffers; call from the poll loop. */
    public void poll() {
        reclaimTx();
        if (rxNeedsPublish) {
            rxNeedsPublish = false;
            rx.publish();
        }
    }
}
