package kiln.virtio;

import kiln.hw.Barrier;
import kiln.hw.Dma;

/** Device memory in a Kiln image: kiln.hw.Dma's pool, identity-mapped, never touched by the collector. */
public final class HwMemory implements DeviceMemory {
    public static final HwMemory INSTANCE = new HwMemory();

    private HwMemory() {}

    @Override
    public long allocate(int bytes, int align) {
        long a = Dma.allocate(bytes, align);
        if (a == 0) {
            throw new VirtioException("DMA pool exhausted: " + bytes + " bytes wanted, " + Dma.used() + " of "
                    + Dma.capacity() + " in use");
        }
        return a;
    }

    @Override
    public int get8(long addr) {
        return Dma.get8(addr);
    }

    @Override
    public int get16(long addr) {
        return Dma.get16(addr);
    }

    @Override
    public int get32(long addr) {
        return Dma.get32(addr);
    }

    @Override
    public long get64(long addr) {
        return Dma.get64(addr);
    }

    @Override
    public void put8(long addr, int v) {
        Dma.put8(addr, v);
    }

    @Override
    public void put16(long addr, int v) {
        Dma.put16(addr, v);
    }

    @Override
    public void put32(long addr, int v) {
        Dma.put32(addr, v);
    }

    @Override
    public void put64(long addr, long v) {
        Dma.put64(addr, v);
    }

    @Override
    public void copyIn(long addr, byte[] src, int off, int len) {
        Dma.copyIn(addr, src, off, len);
    }

    @Override
    public void copyOut(long addr, byte[] dst, int off, int len) {
        Dma.copyOut(addr, dst, off, len);
    }

    @Override
    public void writeBarrier() {
        Barrier.write();
    }

    @Override
    public void readBarrier() {
        Barrier.read();
    }

    @Override
    public void fullBarrier() {
        Barrier.full();
    }
}
