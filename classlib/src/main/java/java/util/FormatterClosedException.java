package java.util;

/** Use of a {@link Formatter} after close(). */
public class FormatterClosedException extends IllegalStateException {
    private static final long serialVersionUID = 18111216L;

    public FormatterClosedException() {}
}
