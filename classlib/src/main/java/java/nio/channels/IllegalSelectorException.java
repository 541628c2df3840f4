package java.nio.channels;

/** Registering a channel with a selector of another provider. */
public class IllegalSelectorException extends IllegalArgumentException {
    public IllegalSelectorException() {}
}
