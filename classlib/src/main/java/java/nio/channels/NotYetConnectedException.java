package java.nio.channels;

/** An I/O operation on a socket channel that is not connected. */
public class NotYetConnectedException extends IllegalStateException {
    public NotYetConnectedException() {}
}
