package java.util.concurrent;

/** Thrown when completing a result or task fails; CompletableFuture wraps a stage's failure in one. */
public class CompletionException extends RuntimeException {
    protected CompletionException() {
    }

    public CompletionException(String message) {
        super(message);
    }

    public CompletionException(String message, Throwable cause) {
        super(message, cause);
    }

    public CompletionException(Throwable cause) {
        super(cause);
    }
}
