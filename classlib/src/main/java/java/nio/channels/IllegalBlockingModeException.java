package java.nio.channels;

/** A blocking-mode-specific operation in the wrong mode (registering a blocking channel). */
public class IllegalBlockingModeException extends IllegalStateException {
    public IllegalBlockingModeException() {}
}
