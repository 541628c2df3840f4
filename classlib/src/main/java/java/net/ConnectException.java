package java.net;

/** A connection attempt failed: nobody listens, or no answer. */
public class ConnectException extends SocketException {
    public ConnectException(String msg) {
        super(msg);
    }


    public ConnectException() {
        super();
    }
}
