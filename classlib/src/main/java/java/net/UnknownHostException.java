package java.net;

/** A host name could not be resolved to an address. */
public class UnknownHostException extends java.io.IOException {
    public UnknownHostException(String msg) {
        super(msg);
    }

    public UnknownHostException() {
        super();
    }
}
