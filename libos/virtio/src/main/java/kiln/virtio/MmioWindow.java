package kiln.virtio;

import kiln.hw.Mmio;

/** Registers at a physical address, accessed with kiln.hw.Mmio (uncached: docs/boot.md). */
public final class MmioWindow implements RegisterWindow {
    private final long base;

    public MmioWindow(long base) {
        this.base = base;
    }

    public long base() {
        return base;
    }

    @Override
    public int read8(int offset) {
        return Mmio.read8(base + offset);
    }

    @Override
    public int read16(int offset) {
        return Mmio.read16(base + offset);
    }

    @Override
    public int read32(int offset) {
        return Mmio.read32(base + offset);
    }

    @Override
    public void write8(int offset, int value) {
        Mmio.write8(base + offset, value);
    }

    @Override
    public void write16(int offset, int value) {
        Mmio.write16(base + offset, value);
    }

    @Override
    public void write32(int offset, int value) {
        Mmio.write32(base + offset, value);
    }
}
