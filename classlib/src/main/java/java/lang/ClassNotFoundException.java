package java.lang;

/** A class that cannot be found by name. */
public class ClassNotFoundException extends ReflectiveOperationException {
    public ClassNotFoundException() {
        super();
    }

    public ClassNotFoundException(String message) {
        super(message);
    }

    public ClassNotFoundException(String s, Throwable ex) {
        super(s, ex);
    }

    /** The exception raised while loading the class: the cause. */
    public Throwable getException() {
        return getCause();
    }
}
