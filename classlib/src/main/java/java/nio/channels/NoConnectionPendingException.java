package java.nio.channels;

/** finishConnect() on a socket channel that never started connecting. */
public class NoConnectionPendingException extends IllegalStateException {
    public NoConnectionPendingException() {}
}
