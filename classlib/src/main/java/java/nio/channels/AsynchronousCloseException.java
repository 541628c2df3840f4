package java.nio.channels;

/** Another thread closed the channel while this one was blocked in an operation on it. */
public class AsynchronousCloseException extends ClosedChannelException {
    public AsynchronousCloseException() {}
}
