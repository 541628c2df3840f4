package java.nio.channels;

/** A channel that writes bytes from a buffer. */
public interface WritableByteChannel extends Channel {
    int write(java.nio.ByteBuffer src) throws java.io.IOException;
}
