package java.nio;

/** Thrown when a content-changing method was called on a read-only buffer. */
public class ReadOnlyBufferException extends UnsupportedOperationException {
    public ReadOnlyBufferException() {}
}
