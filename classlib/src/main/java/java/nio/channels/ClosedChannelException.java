package java.nio.channels;

/** An operation on a channel that is closed, or closed for that operation (writing after shutdownOutput). */
public class ClosedChannelException extends java.io.IOException {
    public ClosedChannelException() {}
}
