package java.nio.channels;

/** An operation on a closed selector. */
public class ClosedSelectorException extends IllegalStateException {
    public ClosedSelectorException() {}
}
