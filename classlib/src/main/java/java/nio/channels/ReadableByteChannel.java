package java.nio.channels;

/** A channel that reads bytes into a buffer. */
public interface ReadableByteChannel extends Channel {
    int read(java.nio.ByteBuffer dst) throws java.io.IOException;
}
