package java.nio.channels;

/** connect() on a socket channel that is already connected. */
public class AlreadyConnectedException extends IllegalStateException {
    public AlreadyConnectedException() {}
}
