package java.net;

/** A blocking socket operation reached its timeout (setSoTimeout, connect timeout). */
public class SocketTimeoutException extends java.io.InterruptedIOException {
    public SocketTimeoutException(String msg) {
        super(msg);
    }

    public SocketTimeoutException() {
        super();
    }

}
