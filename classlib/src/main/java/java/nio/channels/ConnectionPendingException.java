package java.nio.channels;

/** connect() on a non-blocking socket channel whose earlier connect has not finished. */
public class ConnectionPendingException extends IllegalStateException {
    public ConnectionPendingException() {}
}
