package java.net;

/** An IP address (or an unresolved host name) and a port. */
public class InetSocketAddress extends SocketAddress {
    private final String hostname;
    private final InetAddress addr;
    private final int port;

    private InetSocketAddress(String hostname, InetAddress addr, int port) {
        this.hostname = hostname;
        this.addr = addr;
        this.port = checkPort(port);
    }

    /** The wildcard address (0.0.0.0) with {@code port}. */
    public InetSocketAddress(int port) {
        this(null, wildcard(), port);
    }

    public InetSocketAddress(InetAddress addr, int port) {
        this(null, addr == null ? wildcard() : addr, port);
    }

    /** Resolves {@code hostname}; if that fails, the address is unresolved (isUnresolved()). */
    public InetSocketAddress(String hostname, int port) {
        this(checkHost(hostname), port, resolveOrNull(hostname));
    }

    /** Keeps the name only while it is unresolved, as the JDK does. */
    private InetSocketAddress(String hostname, int port, InetAddress resolved) {
        this(resolved == null ? hostname : null, resolved, port);
    }

    public static InetSocketAddress createUnresolved(String host, int port) {
        return new InetSocketAddress(checkHost(host), null, port);
    }

    private static InetAddress wildcard() {
        return new Inet4Address("0.0.0.0", 0);
    }

    private static InetAddress resolveOrNull(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        return port;
    }

    private static String checkHost(String host) {
        if (host == null) {
            throw new IllegalArgumentException("hostname can't be null");
        }
        return host;
    }

    public final int getPort() {
        return port;
    }

    public final InetAddress getAddress() {
        return addr;
    }

    public final String getHostName() {
        if (hostname != null) {
            return hostname;
        }
        return addr.getHostName();
    }

    /** The host name, or the address literal when there is none (no reverse lookup). */
    public final String getHostString() {
        if (hostname != null) {
            return hostname;
        }
        return addr.hostName != null ? addr.hostName : addr.getHostAddress();
    }

    public final boolean isUnresolved() {
        return addr == null;
    }

    @Override
    public String toString() {
        String host = addr == null ? hostname + "/<unresolved>" : addr.toString();
        return host + ":" + port;
    }

    @Override
    public final boolean equals(Object obj) {
        if (!(obj instanceof InetSocketAddress o) || o.port != port) {
            return false;
        }
        if (addr != null) {
            return addr.equals(o.addr);
        }
        return o.addr == null && hostname.equalsIgnoreCase(o.hostname);
    }

    @Override
    public final int hashCode() {
        if (addr != null) {
            return addr.hashCode() + port;
        }
        return hostname.toLowerCase().hashCode() + port;
    }
}
