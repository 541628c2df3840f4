package java.lang;

/** A thread is not in the state an operation needs (started twice, setDaemon on a live thread). */
public class IllegalThreadStateException extends IllegalArgumentException {
    public IllegalThreadStateException() {
        super();
    }

    public IllegalThreadStateException(String s) {
        super(s);
    }
}
