package java.util;

/** Base of the unchecked exceptions thrown by {@link Formatter} for a bad format string or argument. */
public class IllegalFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 18830826L;

    IllegalFormatException() {}
}
