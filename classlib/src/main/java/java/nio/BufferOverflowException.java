package java.nio;

/** Thrown when a relative put would write past the limit, or a bulk put does not fit. */
public class BufferOverflowException extends RuntimeException {
    public BufferOverflowException() {}
}
