package java.nio.channels;

/** accept() on a server socket channel that is not bound. */
public class NotYetBoundException extends IllegalStateException {
    public NotYetBoundException() {}
}
