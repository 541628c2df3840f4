package java.net;

/** A socket operation failed. */
public class SocketException extends java.io.IOException {
    public SocketException(String msg) {
        super(msg);
    }

    public SocketException(String msg, Throwable cause) {
        super(msg, cause);
    }

    public SocketException(Throwable cause) {
        super(cause);
    }

    public SocketException() {
        super();
    }
}
