package java.net;

/** A socket could not be bound to the requested local address or port. */
public class BindException extends SocketException {
    public BindException(String msg) {
        super(msg);
    }

    public BindException() {
        super();
    }
}
