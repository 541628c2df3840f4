package java.net;

/** A socket address independent of the protocol; {@link InetSocketAddress} is the one Kiln has. */
public abstract class SocketAddress implements java.io.Serializable {
    public SocketAddress() {}
}
