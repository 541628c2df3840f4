package java.io;

/** An I/O operation was interrupted or timed out; {@link #bytesTransferred} says how far it got. */
public class InterruptedIOException extends IOException {
    public int bytesTransferred;

    public InterruptedIOException() {
        super();
    }

    public InterruptedIOException(String message) {
        super(message);
    }
}
