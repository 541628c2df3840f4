package kiln.compiler;

/** A problem with the program being compiled, reported to the user as one line, never as a trace. */
public final class CompileError extends RuntimeException {
    public CompileError(String message) {
        super(message, null, false, false);
    }
}
