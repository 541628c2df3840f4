package java.net;

/** An ICMP port-unreachable answered a datagram. */
public class PortUnreachableException extends SocketException {
    public PortUnreachableException(String msg) {
        super(msg);
    }

    public PortUnreachableException() {
        super();
    }
}
