package java.util.concurrent;

/** Thrown when retrieving the result of a task that was cancelled. */
public class CancellationException extends IllegalStateException {
    public CancellationException() {
    }

    public CancellationException(String message) {
        super(message);
    }
}
