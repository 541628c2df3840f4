package java.lang;

/** Thrown when no switch label matches, e.g. a new enum constant or sealed subtype at run time. */
public final class MatchException extends RuntimeException {
    private static final long serialVersionUID = 0L;

    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
