package java.nio.channels;

/** bind() on a channel that is already bound. */
public class AlreadyBoundException extends IllegalStateException {
    public AlreadyBoundException() {}
}
