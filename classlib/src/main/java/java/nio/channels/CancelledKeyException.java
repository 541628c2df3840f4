package java.nio.channels;

/** An operation on a selection key that is no longer valid. */
public class CancelledKeyException extends IllegalStateException {
    public CancelledKeyException() {}
}
