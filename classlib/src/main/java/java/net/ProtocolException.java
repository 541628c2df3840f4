package java.net;

/** A protocol (such as HTTP) was violated. */
public class ProtocolException extends java.io.IOException {
    public ProtocolException(String msg) {
        super(msg);
    }

    public ProtocolException() {
        super();
    }
}
