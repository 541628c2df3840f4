package kiln.virtio;

import kiln.hw.Port;

/**
 * Configuration space through the x86 configuration mechanism #1 (PCI Local Bus Spec 3.0 §3.2.2.3.2):
 * write bus/device/function/register to CONFIG_ADDRESS (port 0xCF8) with bit 31 set, then access
 * CONFIG_DATA (port 0xCFC). Single CPU, no interrupt handler touches PCI: the two steps need no lock.
 */
public final class PortPciFunction implements PciFunction {
    static final int CONFIG_ADDRESS = 0xcf8;
    static final int CONFIG_DATA = 0xcfc;

    private final int bus;
    private final int device;
    private final int function;

    public PortPciFunction(int bus, int device, int function) {
        this.bus = bus;
        this.device = device;
        this.function = function;
    }

    private int address(int offset) {
        return 0x80000000 | bus << 16 | device << 11 | function << 8 | (offset & 0xfc);
    }

    @Override
    public int read32(int offset) {
        Port.out32(CONFIG_ADDRESS, address(offset));
        return Port.in32(CONFIG_DATA);
    }

    @Override
    public void write32(int offset, int value) {
        Port.out32(CONFIG_ADDRESS, address(offset));
        Port.out32(CONFIG_DATA, value);
    }

    @Override
    public String describe() {
        return "pci " + hex2(bus) + ":" + hex2(device) + "." + function;
    }

    private static String hex2(int v) {
        return (v < 16 ? "0" : "") + Integer.toHexString(v);
    }
}
