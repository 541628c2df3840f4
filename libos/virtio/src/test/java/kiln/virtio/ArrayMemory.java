package kiln.virtio;

/** Device memory over a byte array, "physical" addresses from BASE; any access outside it fails the test. */
final class ArrayMemory implements DeviceMemory {
    static final long BASE = 0x100000;
    final byte[] bytes;
    private int next;
    int barriers;

    ArrayMemory(int size) {
        bytes = new byte[size];
    }

    private int at(long addr, int n) {
        long o = addr - BASE;
        if (o < 0 || o + n > next) {
            throw new AssertionError("access of " + n + " bytes at 0x" + Long.toHexString(addr) + " outside allocated memory");
        }
        return (int) o;
    }

    @Override
    public long allocate(int size, int align) {
        int start = (next + align - 1) & -align;
        if (start + size > bytes.length) {
            throw new VirtioException("test memory exhausted");
        }
        next = start + size;
        return BASE + start;
    }

    long used() {
        return next;
    }

    @Override
    public int get8(long addr) {
        return bytes[at(addr, 1)] & 0xff;
    }

    @Override
    public int get16(long addr) {
        int o = at(addr, 2);
        return (bytes[o] & 0xff) | (bytes[o + 1] & 0xff) << 8;
    }

    @Override
    public int get32(long addr) {
        int o = at(addr, 4);
        return (bytes[o] & 0xff) | (bytes[o + 1] & 0xff) << 8 | (bytes[o + 2] & 0xff) << 16 | (bytes[o + 3] & 0xff) << 24;
    }

    @Override
    public long get64(long addr) {
        return (get32(addr) & 0xffffffffL) | (long) get32(addr + 4) << 32;
    }

    @Override
    public void put8(long addr, int v) {
        bytes[at(addr, 1)] = (byte) v;
    }

    @Override
    public void put16(long addr, int v) {
        int o = at(addr, 2);
        bytes[o] = (byte) v;
        bytes[o + 1] = (byte) (v >>> 8);
    }

    @Override
    public void put32(long addr, int v) {
        put16(addr, v);
        put16(addr + 2, v >>> 16);
    }

    @Override
    public void put64(long addr, long v) {
        put32(addr, (int) v);
        put32(addr + 4, (int) (v >>> 32));
    }

    @Override
    public void copyIn(long addr, byte[] src, int off, int len) {
        System.arraycopy(src, off, bytes, at(addr, len), len);
    }

    @Override
    public void copyOut(long addr, byte[] dst, int off, int len) {
        System.arraycopy(bytes, at(addr, len), dst, off, len);
    }

    @Override
    public void writeBarrier() {
        barriers++;
    }

    @Override
    public void readBarrier() {
        barriers++;
    }

    @Override
    public void fullBarrier() {
        barriers++;
    }
}
