package kiln.net.sim;

/**
 * Writes frames in the classic libpcap file format (the "pcap" format Wireshark and tcpdump read):
 * a 24-byte global header, then per frame a 16-byte record header and the bytes. Little-endian, so
 * the magic number reads a1b2c3d4 as a little-endian u32; microsecond timestamps; LINKTYPE_ETHERNET (1).
 */
public final class PcapWriter {
    public static final int MAGIC = 0xa1b2c3d4;
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int SNAPLEN = 65535;

    private final ByteSink sink;
    private final byte[] header = new byte[24];
    private int frames;

    public PcapWriter(ByteSink sink) {
        this.sink = sink;
        put32(header, 0, MAGIC);
        put16(header, 4, 2); // version 2.4
        put16(header, 6, 4);
        put32(header, 8, 0); // thiszone: timestamps are UTC
        put32(header, 12, 0); // sigfigs
        put32(header, 16, SNAPLEN);
        put32(header, 20, LINKTYPE_ETHERNET);
        sink.write(header, 0, 24);
    }

    /** Appends one frame seen at {@code timeNanos}; frames longer than the snapshot length are cut. */
    public void write(long timeNanos, byte[] data, int off, int len) {
        long micros = timeNanos / 1000;
        int captured = Math.min(len, SNAPLEN);
        put32(header, 0, (int) (micros / 1_000_000));
        put32(header, 4, (int) (micros % 1_000_000));
        put32(header, 8, captured);
        put32(header, 12, len);
        sink.write(header, 0, 16);
        sink.write(data, off, captured);
        frames++;
    }

    public int frames() {
        return frames;
    }

    private static void put16(byte[] d, int off, int v) {
        d[off] = (byte) v;
        d[off + 1] = (byte) (v >>> 8);
    }

    private static void put32(byte[] d, int off, int v) {
        put16(d, off, v);
        put16(d, off + 2, v >>> 16);
    }
}
