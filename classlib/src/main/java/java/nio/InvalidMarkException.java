package java.nio;

/** Thrown by reset() when the buffer has no mark (never set, or discarded by position/limit). */
public class InvalidMarkException extends IllegalStateException {
    public InvalidMarkException() {}
}
