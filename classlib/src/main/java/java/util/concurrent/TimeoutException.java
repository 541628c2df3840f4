package java.util.concurrent;

/** Thrown when a blocking operation times out. */
public class TimeoutException extends Exception {
    public TimeoutException() {
    }

    public TimeoutException(String message) {
        super(message);
    }
}
