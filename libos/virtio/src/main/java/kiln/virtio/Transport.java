package kiln.virtio;

/**
 * How a driver reaches one virtio device's common registers, whatever the bus: virtio-mmio (§4.2)
 * or virtio-pci (§4.1). Drivers use this and never a bus directly.
 */
public interface Transport {
    /** Device type (virtio 1.2 §5): 1 net, 2 block, 4 entropy; 0 = no device in this slot. */
    int deviceId();

    /** Device status register (§2.1). */
    int status();

    /** Writes the device status register; 0 resets the device (see {@link DeviceSetup#reset}). */
    void setStatus(int status);

    /** All 64 feature bits the device offers (§2.2). */
    long deviceFeatures();

    /** Tells the device which feature bits the driver accepts. */
    void setDriverFeatures(long features);

    /** Largest size the device allows for queue q, 0 if the queue does not exist. */
    int queueMaxSize(int q);

    /** Gives queue q its size and ring addresses and enables it (§4.2.3.2, §4.1.5.1.3). */
    void enableQueue(int q, int size, long descAddr, long driverAddr, long deviceAddr);

    /** "Available buffer notification" for queue q (§2.7.13.3). */
    void notifyQueue(int q);

    /** Reads and acknowledges the interrupt status bits (bit 0 used buffer, bit 1 config change). */
    int takeInterruptStatus();

    /** Configuration generation counter (§2.5.1): a multi-word config read is consistent when unchanged. */
    int configGeneration();

    /** Device-specific configuration space (§2.5), little-endian; offset from its start. */
    int config8(int offset);

    int config16(int offset);

    int config32(int offset);

    /** The interrupt line (GSI) the device raises, or -1 if the transport cannot tell. */
    int interruptLine();

    /** For messages: "virtio-mmio at 0xfeb00000 (slot 0)". */
    String describe();
}
