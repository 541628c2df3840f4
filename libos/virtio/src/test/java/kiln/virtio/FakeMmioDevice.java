package kiln.virtio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A virtio-mmio register file (virtio 1.2 §4.2.2) backed by Java fields, plus the device's side of
 * the split rings (§2.7) over an ArrayMemory: tests play the device by taking chains from the
 * available ring and writing used entries, honest or hostile.
 */
final class FakeMmioDevice implements RegisterWindow {
    /** One descriptor as the device sees it. */
    record Desc(long addr, int len, boolean write) {}

    /** One available chain: head id and its descriptors. */
    record Chain(int head, List<Desc> descs) {}

    final ArrayMemory mem;
    int magic = MmioTransport.MAGIC;
    int version = 2;
    int deviceId;
    long offered;
    /** Whether the device keeps FEATURES_OK for the accepted features. */
    LongPredicate acceptFeatures = f -> true;
    int status;
    long driverFeatures;
    int featuresSel;
    int driverFeaturesSel;
    int queueSel;
    int queueMax = 256;
    final byte[] config = new byte[64];
    int configGeneration;
    final List<Integer> notifications = new ArrayList<>();
    final List<Integer> statusWrites = new ArrayList<>();
    int interruptStatus;

    final int[] num = new int[4];
    final boolean[] ready = new boolean[4];
    final long[] descAddr = new long[4];
    final long[] driverAddr = new long[4];
    final long[] deviceAddr = new long[4];
    final int[] lastAvail = new int[4];
    final int[] usedIdx = new int[4];

    FakeMmioDevice(ArrayMemory mem, int deviceId, long offered) {
        this.mem = mem;
        this.deviceId = deviceId;
        this.offered = offered;
    }

    MmioTransport transport() {
        return MmioTransport.probe(this, "fake virtio-mmio", 5);
    }

    @Override
    public int read8(int offset) {
        if (offset >= MmioTransport.CONFIG) {
            return config[offset - MmioTransport.CONFIG] & 0xff;
        }
        throw new AssertionError("8-bit read of register 0x" + Integer.toHexString(offset));
    }

    @Override
    public int read16(int offset) {
        if (offset >= MmioTransport.CONFIG) {
            return read8(offset) | read8(offset + 1) << 8;
        }
        throw new AssertionError("16-bit read of register 0x" + Integer.toHexString(offset));
    }

    @Override
    public int read32(int offset) {
        if (offset >= MmioTransport.CONFIG) {
            return read16(offset) | read16(offset + 2) << 16;
        }
        return switch (offset) {
            case MmioTransport.MAGIC_VALUE -> magic;
            case MmioTransport.VERSION -> version;
            case MmioTransport.DEVICE_ID -> deviceId;
            case MmioTransport.VENDOR_ID -> 0x554d4551;
            case MmioTransport.DEVICE_FEATURES -> (int) (featuresSel == 0 ? offered : featuresSel == 1 ? offered >>> 32 : 0);
            case MmioTransport.QUEUE_NUM_MAX -> queueSel < 4 ? queueMax : 0;
            case MmioTransport.QUEUE_READY -> queueSel < 4 && ready[queueSel] ? 1 : 0;
            case MmioTransport.INTERRUPT_STATUS -> interruptStatus;
            case MmioTransport.STATUS -> status;
            case MmioTransport.CONFIG_GENERATION -> configGeneration;
            default -> throw new AssertionError("read of write-only or unknown register 0x" + Integer.toHexString(offset));
        };
    }

    @Override
    public void write8(int offset, int value) {
        throw new AssertionError("8-bit write to 0x" + Integer.toHexString(offset));
    }

    @Override
    public void write16(int offset, int value) {
        throw new AssertionError("16-bit write to 0x" + Integer.toHexString(offset));
    }

    @Override
    public void write32(int offset, int value) {
        switch (offset) {
            case MmioTransport.DEVICE_FEATURES_SEL -> featuresSel = value;
            case MmioTransport.DRIVER_FEATURES_SEL -> driverFeaturesSel = value;
            case MmioTransport.DRIVER_FEATURES -> {
                if (driverFeaturesSel == 0) {
                    driverFeatures = (driverFeatures & ~0xffffffffL) | (value & 0xffffffffL);
                } else {
                    driverFeatures = (driverFeatures & 0xffffffffL) | ((long) value << 32);
                }
            }
            case MmioTransport.QUEUE_SEL -> queueSel = value;
            case MmioTransport.QUEUE_NUM -> num[queueSel] = value;
            case MmioTransport.QUEUE_READY -> ready[queueSel] = value == 1;
            case MmioTransport.QUEUE_NOTIFY -> notifications.add(value);
            case MmioTransport.INTERRUPT_ACK -> interruptStatus &= ~value;
            case MmioTransport.STATUS -> writeStatus(value);
            case MmioTransport.QUEUE_DESC_LOW -> descAddr[queueSel] = low(descAddr[queueSel], value);
            case MmioTransport.QUEUE_DESC_HIGH -> descAddr[queueSel] = high(descAddr[queueSel], value);
            case MmioTransport.QUEUE_DRIVER_LOW -> driverAddr[queueSel] = low(driverAddr[queueSel], value);
            case MmioTransport.QUEUE_DRIVER_HIGH -> driverAddr[queueSel] = high(driverAddr[queueSel], value);
            case MmioTransport.QUEUE_DEVICE_LOW -> deviceAddr[queueSel] = low(deviceAddr[queueSel], value);
            case MmioTransport.QUEUE_DEVICE_HIGH -> deviceAddr[queueSel] = high(deviceAddr[queueSel], value);
            default -> throw new AssertionError("write to read-only or unknown register 0x" + Integer.toHexString(offset));
        }
    }

    private void writeStatus(int value) {
        statusWrites.add(value);
        if (value == 0) {
            status = 0;
            driverFeatures = 0;
            java.util.Arrays.fill(ready, false);
            java.util.Arrays.fill(lastAvail, 0);
            java.util.Arrays.fill(usedIdx, 0);
            return;
        }
        if ((value & Status.FEATURES_OK) != 0 && (status & Status.FEATURES_OK) == 0) {
            boolean ok = (driverFeatures & ~offered) == 0 && acceptFeatures.test(driverFeatures);
            if (!ok) {
                value &= ~Status.FEATURES_OK;
            }
        }
        status = value;
    }

    private static long low(long old, int v) {
        return (old & ~0xffffffffL) | (v & 0xffffffffL);
    }

    private static long high(long old, int v) {
        return (old & 0xffffffffL) | ((long) v << 32);
    }

    // ---- the device's side of the rings ----

    /** Chains the driver has made available on queue q and the device has not taken yet. */
    List<Chain> takeAvail(int q) {
        List<Chain> out = new ArrayList<>();
        int idx = mem.get16(driverAddr[q] + 2);
        while (lastAvail[q] != idx) {
            int head = mem.get16(driverAddr[q] + 4 + 2L * (lastAvail[q] % num[q]));
            List<Desc> descs = new ArrayList<>();
            int d = head;
            for (int guard = 0; guard <= num[q]; guard++) {
                long e = descAddr[q] + 16L * d;
                int flags = mem.get16(e + 12);
                descs.add(new Desc(mem.get64(e), mem.get32(e + 8), (flags & Virtqueue.DESC_F_WRITE) != 0));
                if ((flags & Virtqueue.DESC_F_NEXT) == 0) {
                    break;
                }
                d = mem.get16(e + 14);
            }
            out.add(new Chain(head, descs));
            lastAvail[q] = (lastAvail[q] + 1) & 0xffff;
        }
        return out;
    }

    /** Writes a used entry (any values, for hostile tests) and publishes it. */
    void pushUsed(int q, int id, int len) {
        long e = deviceAddr[q] + 4 + 8L * (usedIdx[q] % num[q]);
        mem.put32(e, id);
        mem.put32(e + 4, len);
        usedIdx[q] = (usedIdx[q] + 1) & 0xffff;
        mem.put16(deviceAddr[q] + 2, usedIdx[q]);
    }

    /** Sets the used index without writing entries (hostile). */
    void setUsedIndex(int q, int idx) {
        usedIdx[q] = idx & 0xffff;
        mem.put16(deviceAddr[q] + 2, usedIdx[q]);
    }

    void setUsedFlags(int q, int flags) {
        mem.put16(deviceAddr[q], flags);
    }
}
