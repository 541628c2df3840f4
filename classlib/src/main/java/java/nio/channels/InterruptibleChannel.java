package java.nio.channels;

/**
 * A channel that can be closed asynchronously. In Kiln, as for java.net sockets, blocking channel
 * I/O is not interrupted by Thread.interrupt: close the channel from another thread instead (the
 * blocked operation then fails with AsynchronousCloseException).
 */
public interface InterruptibleChannel extends Channel {
    @Override
    void close() throws java.io.IOException;
}
