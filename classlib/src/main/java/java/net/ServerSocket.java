package java.net;

import java.io.IOException;

import kiln.net.socket.TcpServer;

/**
 * A listening TCP socket on Kiln's network stack ({@link TcpServer}): it listens on every local
 * address (the stack has one interface plus loopback), so binding to a specific address binds to
 * its port on all of them.
 */
public class ServerSocket implements java.io.Closeable {
    private static final int DEFAULT_BACKLOG = 50;

    private TcpServer server;
    private boolean closed;
    private int timeoutMillis;
    private boolean reuseAddress = true;
    private int receiveBufferSize = 65536;

    public ServerSocket() throws IOException {}

    public ServerSocket(int port) throws IOException {
        this(port, DEFAULT_BACKLOG, null);
    }

    public ServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public ServerSocket(int port, int backlog, InetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        bind(new InetSocketAddress(bindAddr, port), backlog);
    }

    public void bind(SocketAddress endpoint) throws IOException {
        bind(endpoint, DEFAULT_BACKLOG);
    }

    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (server != null) {
            throw new SocketException("Already bound");
        }
        if (endpoint == null) {
            endpoint = new InetSocketAddress(0);
        }
        if (!(endpoint instanceof InetSocketAddress epoint)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (epoint.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        server = TcpServer.listen(kiln.nio.SystemNetwork.stack(), epoint.getPort(), backlog < 1 ? DEFAULT_BACKLOG : backlog);
    }

    public Socket accept() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (server == null) {
            throw new SocketException("Socket is not bound yet");
        }
        return new Socket(server.accept(timeoutMillis * 1_000_000L));
    }

    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.close();
        }
    }

    public boolean isBound() {
        return server != null;
    }

    public boolean isClosed() {
        return closed;
    }

    public InetAddress getInetAddress() {
        return server == null ? null : new Inet4Address("0.0.0.0", 0);
    }

    public int getLocalPort() {
        return server == null ? -1 : server.port();
    }

    public SocketAddress getLocalSocketAddress() {
        return server == null ? null : new InetSocketAddress(getInetAddress(), getLocalPort());
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        timeoutMillis = timeout;
    }

    public int getSoTimeout() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return timeoutMillis;
    }

    /** Recorded only: listeners may always take a port whose old connections are in TIME-WAIT. */
    public void setReuseAddress(boolean on) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return reuseAddress;
    }

    /** A hint on the JDK; here the stack's fixed receive window is what accepted sockets use. */
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative receive size");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        receiveBufferSize = size;
    }

    public int getReceiveBufferSize() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return receiveBufferSize;
    }

    /** The channel this socket belongs to; null for a socket made by a constructor (see kiln.nio adaptors). */
    public java.nio.channels.ServerSocketChannel getChannel() {
        return null;
    }

    @Override
    public String toString() {
        if (server == null) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + getInetAddress() + ",localport=" + getLocalPort() + "]";
    }
}
