package kiln.virtio;

import java.util.List;

/**
 * virtio over PCI, the modern (virtio 1.x) interface of virtio 1.2 §4.1: the common configuration
 * structure (§4.1.4.3), notification area (§4.1.4.4), ISR status (§4.1.4.5) and device
 * configuration (§4.1.4.6), each found through a vendor capability (see {@link PciCapabilities})
 * and mapped from a memory BAR. Legacy (I/O port) virtio-pci is not supported.
 */
public final class PciTransport implements Transport {
    /** Red Hat's PCI vendor id, used by every virtio device (§4.1.2). */
    public static final int VENDOR = 0x1af4;
    /** Modern device ids are 0x1040 + device type (§4.1.2.1). */
    public static final int MODERN_BASE = 0x1040;

    // §4.1.4.3 struct virtio_pci_common_cfg offsets.
    static final int DEVICE_FEATURE_SELECT = 0x00;
    static final int DEVICE_FEATURE = 0x04;
    static final int DRIVER_FEATURE_SELECT = 0x08;
    static final int DRIVER_FEATURE = 0x0c;
    static final int NUM_QUEUES = 0x12;
    static final int DEVICE_STATUS = 0x14;
    static final int CONFIG_GENERATION = 0x15;
    static final int QUEUE_SELECT = 0x16;
    static final int QUEUE_SIZE = 0x18;
    static final int QUEUE_ENABLE = 0x1c;
    static final int QUEUE_NOTIFY_OFF = 0x1e;
    static final int QUEUE_DESC = 0x20;
    static final int QUEUE_DRIVER = 0x28;
    static final int QUEUE_DEVICE = 0x30;

    /** PCI command register bits (PCI 3.0 §6.2.2): memory space and bus mastering (DMA). */
    static final int COMMAND = 0x04;
    static final int COMMAND_MEMORY = 1 << 1;
    static final int COMMAND_BUS_MASTER = 1 << 2;

    private final PciFunction pci;
    private final int deviceId;
    private final RegisterWindow common;
    private final RegisterWindow notify;
    private final int notifyMultiplier;
    private final RegisterWindow isr;
    private final RegisterWindow device;
    private final int[] notifyOffset = new int[64];

    PciTransport(PciFunction pci, int deviceId, RegisterWindow common, RegisterWindow notify, int notifyMultiplier,
                 RegisterWindow isr, RegisterWindow device) {
        this.pci = pci;
        this.deviceId = deviceId;
        this.common = common;
        this.notify = notify;
        this.notifyMultiplier = notifyMultiplier;
        this.isr = isr;
        this.device = device;
    }

    /** Maps a BAR region to registers; a test passes a factory over byte arrays. */
    public interface WindowMapper {
        RegisterWindow map(long physicalAddress, long length);
    }

    /**
     * The transport of a virtio-pci function, or null if it is not a modern virtio device. A
     * modern device lacking a required structure, or whose BAR cannot be used, is a VirtioException.
     */
    public static PciTransport open(PciFunction pci, WindowMapper mapper) {
        int ids = pci.read32(0);
        int vendor = ids & 0xffff;
        int dev = ids >>> 16;
        if (vendor != VENDOR || dev < MODERN_BASE || dev > MODERN_BASE + 0x3f) {
            return null; // not virtio, or a transitional/legacy id (0x1000..0x103f): not supported
        }
        List<PciCapabilities.Cap> caps = PciCapabilities.parse(pci);
        PciCapabilities.Cap common = PciCapabilities.first(caps, PciCapabilities.COMMON_CFG);
        PciCapabilities.Cap notify = PciCapabilities.first(caps, PciCapabilities.NOTIFY_CFG);
        PciCapabilities.Cap isr = PciCapabilities.first(caps, PciCapabilities.ISR_CFG);
        PciCapabilities.Cap device = PciCapabilities.first(caps, PciCapabilities.DEVICE_CFG);
        String name = pci.describe();
        if (common == null || notify == null || isr == null) {
            throw new VirtioException(name + ": virtio device without common, notify and ISR capabilities");
        }
        if (common.length() < 0x38) {
            throw new VirtioException(name + ": common configuration of " + common.length() + " bytes is too short");
        }
        // Decode memory and become a bus master, or the device cannot read our rings.
        pci.write32(COMMAND, (pci.read32(COMMAND) & 0xffff) | COMMAND_MEMORY | COMMAND_BUS_MASTER);
        return new PciTransport(pci, dev - MODERN_BASE, window(pci, common, mapper), window(pci, notify, mapper),
                notify.notifyMultiplier(), window(pci, isr, mapper), device == null ? null : window(pci, device, mapper));
    }

    private static RegisterWindow window(PciFunction pci, PciCapabilities.Cap c, WindowMapper mapper) {
        long bar = PciCapabilities.barAddress(pci, c.bar());
        if (bar < 0) {
            throw new VirtioException(pci.describe() + ": BAR " + c.bar() + " is not an assigned memory BAR");
        }
        return mapper.map(bar + c.offset(), c.length());
    }

    @Override
    public int deviceId() {
        return deviceId;
    }

    public int numQueues() {
        return common.read16(NUM_QUEUES);
    }

    @Override
    public int status() {
        return common.read8(DEVICE_STATUS);
    }

    @Override
    public void setStatus(int status) {
        common.write8(DEVICE_STATUS, status);
    }

    @Override
    public long deviceFeatures() {
        common.write32(DEVICE_FEATURE_SELECT, 0);
        long low = common.read32(DEVICE_FEATURE) & 0xffffffffL;
        common.write32(DEVICE_FEATURE_SELECT, 1);
        long high = common.read32(DEVICE_FEATURE) & 0xffffffffL;
        return high << 32 | low;
    }

    @Override
    public void setDriverFeatures(long features) {
        common.write32(DRIVER_FEATURE_SELECT, 0);
        common.write32(DRIVER_FEATURE, (int) features);
        common.write32(DRIVER_FEATURE_SELECT, 1);
        common.write32(DRIVER_FEATURE, (int) (features >>> 32));
    }

    @Override
    public int queueMaxSize(int q) {
        if (q >= numQueues() || q >= notifyOffset.length) {
            return 0;
        }
        common.write16(QUEUE_SELECT, q);
        return common.read16(QUEUE_SIZE);
    }

    @Override
    public void enableQueue(int q, int size, long descAddr, long driverAddr, long deviceAddr) {
        common.write16(QUEUE_SELECT, q);
        common.write16(QUEUE_SIZE, size);
        // §4.1.3.1: 64-bit fields may be written as two 32-bit halves, low first.
        common.write32(QUEUE_DESC, (int) descAddr);
        common.write32(QUEUE_DESC + 4, (int) (descAddr >>> 32));
        common.write32(QUEUE_DRIVER, (int) driverAddr);
        common.write32(QUEUE_DRIVER + 4, (int) (driverAddr >>> 32));
        common.write32(QUEUE_DEVICE, (int) deviceAddr);
        common.write32(QUEUE_DEVICE + 4, (int) (deviceAddr >>> 32));
        notifyOffset[q] = common.read16(QUEUE_NOTIFY_OFF) * notifyMultiplier;
        common.write16(QUEUE_ENABLE, 1);
    }

    @Override
    public void notifyQueue(int q) {
        // §4.1.4.4: the queue's notification address is notify base + queue_notify_off * multiplier.
        notify.write16(notifyOffset[q], q);
    }

    @Override
    public int takeInterruptStatus() {
        return isr.read8(0); // reading the ISR status acknowledges it (§4.1.4.5)
    }

    @Override
    public int configGeneration() {
        return common.read8(CONFIG_GENERATION);
    }

    private RegisterWindow device() {
        if (device == null) {
            throw new VirtioException(pci.describe() + ": has no device configuration structure");
        }
        return device;
    }

    @Override
    public int config8(int offset) {
        return device().read8(offset);
    }

    @Override
    public int config16(int offset) {
        return device().read16(offset);
    }

    @Override
    public int config32(int offset) {
        return device().read32(offset);
    }

    /** The legacy INTx line firmware routed (config offset 0x3C); MSI-X is not used. */
    @Override
    public int interruptLine() {
        int line = pci.read8(0x3c);
        return line == 0xff ? -1 : line;
    }

    @Override
    public String describe() {
        return "virtio-pci at " + pci.describe().substring(4);
    }
}
