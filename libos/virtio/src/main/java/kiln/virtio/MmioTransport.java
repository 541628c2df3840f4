package kiln.virtio;

/**
 * virtio over memory-mapped registers, version 2 ("modern") register layout, virtio 1.2 §4.2.2.
 * Legacy devices (version 1) are refused: their queue layout differs (§4.2.4).
 */
public final class MmioTransport implements Transport {
    /** "virt" in little-endian: the first register of every virtio-mmio window. */
    public static final int MAGIC = 0x74726976;
    /** Size of one register window: registers up to 0x100, device config after. */
    public static final int WINDOW_SIZE = 0x200;

    // Register offsets, §4.2.2 table "MMIO Device Register Layout".
    static final int MAGIC_VALUE = 0x000;
    static final int VERSION = 0x004;
    static final int DEVICE_ID = 0x008;
    static final int VENDOR_ID = 0x00c;
    static final int DEVICE_FEATURES = 0x010;
    static final int DEVICE_FEATURES_SEL = 0x014;
    static final int DRIVER_FEATURES = 0x020;
    static final int DRIVER_FEATURES_SEL = 0x024;
    static final int QUEUE_SEL = 0x030;
    static final int QUEUE_NUM_MAX = 0x034;
    static final int QUEUE_NUM = 0x038;
    static final int QUEUE_READY = 0x044;
    static final int QUEUE_NOTIFY = 0x050;
    static final int INTERRUPT_STATUS = 0x060;
    static final int INTERRUPT_ACK = 0x064;
    static final int STATUS = 0x070;
    static final int QUEUE_DESC_LOW = 0x080;
    static final int QUEUE_DESC_HIGH = 0x084;
    static final int QUEUE_DRIVER_LOW = 0x090;
    static final int QUEUE_DRIVER_HIGH = 0x094;
    static final int QUEUE_DEVICE_LOW = 0x0a0;
    static final int QUEUE_DEVICE_HIGH = 0x0a4;
    static final int CONFIG_GENERATION = 0x0fc;
    static final int CONFIG = 0x100;

    private final RegisterWindow regs;
    private final String name;
    private final int irq;
    private final int deviceId;

    private MmioTransport(RegisterWindow regs, String name, int irq, int deviceId) {
        this.regs = regs;
        this.name = name;
        this.irq = irq;
        this.deviceId = deviceId;
    }

    /**
     * The transport in this window, or null if no virtio device answers there (wrong magic, or
     * device id 0: an empty slot, §4.2.2). A legacy (version 1) or unknown-version device is a
     * VirtioException, so it is not silently skipped.
     */
    public static MmioTransport probe(RegisterWindow regs, String name, int irq) {
        if (regs.read32(MAGIC_VALUE) != MAGIC) {
            return null;
        }
        int id = regs.read32(DEVICE_ID);
        if (id == 0) {
            return null;
        }
        int version = regs.read32(VERSION);
        if (version != 2) {
            throw new VirtioException(name + ": virtio-mmio version " + version
                    + " (device type " + id + "); only version 2 (virtio 1.x) is supported");
        }
        return new MmioTransport(regs, name, irq, id);
    }

    @Override
    public int deviceId() {
        return deviceId;
    }

    public int vendorId() {
        return regs.read32(VENDOR_ID);
    }

    @Override
    public int status() {
        return regs.read32(STATUS) & 0xff;
    }

    @Override
    public void setStatus(int status) {
        regs.write32(STATUS, status);
    }

    @Override
    public long deviceFeatures() {
        regs.write32(DEVICE_FEATURES_SEL, 0);
        long low = regs.read32(DEVICE_FEATURES) & 0xffffffffL;
        regs.write32(DEVICE_FEATURES_SEL, 1);
        long high = regs.read32(DEVICE_FEATURES) & 0xffffffffL;
        return (high << 32) | low;
    }

    @Override
    public void setDriverFeatures(long features) {
        regs.write32(DRIVER_FEATURES_SEL, 0);
        regs.write32(DRIVER_FEATURES, (int) features);
        regs.write32(DRIVER_FEATURES_SEL, 1);
        regs.write32(DRIVER_FEATURES, (int) (features >>> 32));
    }

    @Override
    public int queueMaxSize(int q) {
        regs.write32(QUEUE_SEL, q);
        return regs.read32(QUEUE_NUM_MAX);
    }

    @Override
    public void enableQueue(int q, int size, long descAddr, long driverAddr, long deviceAddr) {
        regs.write32(QUEUE_SEL, q);
        if (regs.read32(QUEUE_READY) != 0) {
            throw new VirtioException(name + ": queue " + q + " already enabled");
        }
        regs.write32(QUEUE_NUM, size);
        regs.write32(QUEUE_DESC_LOW, (int) descAddr);
        regs.write32(QUEUE_DESC_HIGH, (int) (descAddr >>> 32));
        regs.write32(QUEUE_DRIVER_LOW, (int) driverAddr);
        regs.write32(QUEUE_DRIVER_HIGH, (int) (driverAddr >>> 32));
        regs.write32(QUEUE_DEVICE_LOW, (int) deviceAddr);
        regs.write32(QUEUE_DEVICE_HIGH, (int) (deviceAddr >>> 32));
        regs.write32(QUEUE_READY, 1);
    }

    @Override
    public void notifyQueue(int q) {
        regs.write32(QUEUE_NOTIFY, q);
    }

    @Override
    public int takeInterruptStatus() {
        int s = regs.read32(INTERRUPT_STATUS);
        if (s != 0) {
            regs.write32(INTERRUPT_ACK, s);
        }
        return s;
    }

    @Override
    public int configGeneration() {
        return regs.read32(CONFIG_GENERATION);
    }

    @Override
    public int config8(int offset) {
        return regs.read8(CONFIG + offset);
    }

    @Override
    public int config16(int offset) {
        return regs.read16(CONFIG + offset);
    }

    @Override
    public int config32(int offset) {
        return regs.read32(CONFIG + offset);
    }

    @Override
    public int interruptLine() {
        return irq;
    }

    @Override
    public String describe() {
        return name;
    }
}
