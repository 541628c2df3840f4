package java.lang;

/** Use of null where an object is required (messages of JVM-raised ones come from kiln.rt.Throw). */
public class NullPointerException extends RuntimeException {
    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }
}
