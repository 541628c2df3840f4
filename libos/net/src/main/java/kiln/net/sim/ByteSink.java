package kiln.net.sim;

/** Where a {@link PcapWriter} puts its bytes: a file in tests, memory, or a serial port in an image. */
public interface ByteSink {
    void write(byte[] data, int off, int len);
}
