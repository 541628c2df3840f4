package java.nio.channels;

/** A channel that writes from a sequence of buffers, draining each in turn. */
public interface GatheringByteChannel extends WritableByteChannel {
    long write(java.nio.ByteBuffer[] srcs, int offset, int length) throws java.io.IOException;

    long write(java.nio.ByteBuffer[] srcs) throws java.io.IOException;
}
