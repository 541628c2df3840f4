package java.nio;

/** Thrown when a relative get would read past the limit, or a bulk get asks for more than remains. */
public class BufferUnderflowException extends RuntimeException {
    public BufferUnderflowException() {}
}
