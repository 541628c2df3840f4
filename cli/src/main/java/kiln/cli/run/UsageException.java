package kiln.cli.run;

/** A mistake in how {@code kiln run} was called; the message is one line for the user. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
