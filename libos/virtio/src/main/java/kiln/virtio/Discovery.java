package kiln.virtio;

/**
 * Finds a virtio device on whichever machine the image booted on: PCI bus 0 (q35) first, then the
 * virtio-mmio slots (microvm). The order matters: on microvm the PCI configuration ports read as
 * all ones (no host bridge), so that scan is harmless; on q35, firmware may have put PCI BARs where
 * microvm's slots are, and probing those would read live device registers.
 */
public final class Discovery {
    private Discovery() {}

    /** The first device of the given type (virtio 1.2 §5), or null. */
    public static Transport find(int deviceId) {
        Transport t = PciDevices.find(deviceId);
        return t != null ? t : MicrovmDevices.find(deviceId);
    }
}
