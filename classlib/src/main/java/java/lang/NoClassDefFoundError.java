package java.lang;

/** A class that was available at build time is not usable (e.g. its initialiser failed). */
public class NoClassDefFoundError extends LinkageError {
    public NoClassDefFoundError() {
        super();
    }

    public NoClassDefFoundError(String message) {
        super(message);
    }
}
