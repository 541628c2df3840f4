package java.util;

/** Thrown by Scanner when the next token does not have the expected form or is out of range. */
public class InputMismatchException extends NoSuchElementException {
    public InputMismatchException() {
        super();
    }

    public InputMismatchException(String s) {
        super(s);
    }
}
