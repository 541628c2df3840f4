package java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import kiln.net.socket.TcpStream;

/**
 * A TCP client socket on Kiln's network stack ({@link TcpStream}). Messages of the exceptions
 * are those of the JDK's sockets on Linux. Options that the stack implements take effect
 * (TCP_NODELAY, SO_KEEPALIVE, SO_TIMEOUT); buffer sizes are fixed by the stack's configuration,
 * so setting them records the hint and the getters report the sizes actually used.
 */
public class Socket implements java.io.Closeable {
    private TcpStream stream;
    /** The address connect() was given (keeps its host name, as the JDK's getInetAddress does). */
    private InetAddress remote;
    private boolean closed;
    private boolean inputShut;
    private boolean outputShut;
    private int timeoutMillis;
    private boolean noDelay;
    private boolean keepAlive;
    private boolean reuseAddress;
    private int lingerSeconds = -1;
    private InputStream in;
    private OutputStream out;

    /** An unconnected socket; {@link #connect} connects it. */
    public Socket() {}

    public Socket(String host, int port) throws UnknownHostException, IOException {
        this(host != null ? new InetSocketAddress(host, port) : new InetSocketAddress(InetAddress.getByName(null), port));
    }

    public Socket(InetAddress address, int port) throws IOException {
        this(new InetSocketAddress(address, port));
    }

    private Socket(InetSocketAddress to) throws IOException {
        try {
            connect(to);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** An accepted connection (ServerSocket.accept). */
    Socket(TcpStream accepted) {
        this.stream = accepted;
    }

    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (stream != null) {
            throw new SocketException("already connected");
        }
        if (!(endpoint instanceof InetSocketAddress epoint)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (epoint.isUnresolved()) {
            throw new UnknownHostException(epoint.getHostName());
        }
        int ip = epoint.getAddress().address;
        TcpStream s = TcpStream.connect(kiln.nio.SystemNetwork.stack(), ip == 0 ? 0x7f000001 : ip, epoint.getPort(), timeout * 1_000_000L);
        stream = s;
        remote = epoint.getAddress();
        s.setNoDelay(noDelay);
        s.setKeepAlive(keepAlive);
    }

    /** Binding a client socket to a chosen local address or port is not supported by Kiln's stack. */
    public void bind(SocketAddress bindpoint) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (bindpoint instanceof InetSocketAddress a && a.getPort() == 0 && a.getAddress() != null
                && a.getAddress().isAnyLocalAddress()) {
            return; // the stack picks the ephemeral port at connect, as an unbound socket would
        }
        if (bindpoint != null) {
            throw new UnsupportedOperationException("Socket.bind to " + bindpoint
                    + ": Kiln's network stack chooses a client socket's local port itself (bind to port 0 or not at all)");
        }
    }

    public InputStream getInputStream() throws IOException {
        checkUsable();
        if (inputShut) {
            throw new SocketException("Socket input is shutdown");
        }
        if (in == null) {
            in = new SocketInput(this);
        }
        return in;
    }

    public OutputStream getOutputStream() throws IOException {
        checkUsable();
        if (outputShut) {
            throw new SocketException("Socket output is shutdown");
        }
        if (out == null) {
            out = new SocketOutput(this);
        }
        return out;
    }

    private void checkUsable() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (stream == null) {
            throw new SocketException("Socket is not connected");
        }
    }

    /** The connection, for the streams: fails once the socket is closed. */
    TcpStream stream() throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
        return stream;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }

    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (stream != null && lingerSeconds == 0) {
            stream.reset(); // SO_LINGER 0: the connection ends with a RST, as on Linux
        } else if (stream != null) {
            stream.close();
        }
    }

    public void shutdownInput() throws IOException {
        checkUsable();
        if (inputShut) {
            throw new SocketException("Socket input is already shutdown");
        }
        inputShut = true;
        stream.shutdownInput();
    }

    public void shutdownOutput() throws IOException {
        checkUsable();
        if (outputShut) {
            throw new SocketException("Socket output is already shutdown");
        }
        outputShut = true;
        stream.shutdownOutput();
    }

    public boolean isConnected() {
        return stream != null;
    }

    public boolean isBound() {
        return stream != null;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isInputShutdown() {
        return inputShut;
    }

    public boolean isOutputShutdown() {
        return outputShut;
    }

    public InetAddress getInetAddress() {
        if (stream == null) {
            return null;
        }
        return remote != null ? remote : new Inet4Address(null, stream.remoteAddress());
    }

    public int getPort() {
        return stream == null ? 0 : stream.remotePort();
    }

    public InetAddress getLocalAddress() {
        return new Inet4Address(null, stream == null || closed ? 0 : stream.localAddress());
    }

    public int getLocalPort() {
        return stream == null ? -1 : stream.localPort();
    }

    public SocketAddress getRemoteSocketAddress() {
        return stream == null ? null : new InetSocketAddress(getInetAddress(), getPort());
    }

    public SocketAddress getLocalSocketAddress() {
        return stream == null ? null : new InetSocketAddress(getLocalAddress(), getLocalPort());
    }

    public void setSoTimeout(int timeout) throws SocketException {
        checkOpen();
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        timeoutMillis = timeout;
    }

    public int getSoTimeout() throws SocketException {
        checkOpen();
        return timeoutMillis;
    }

    public void setTcpNoDelay(boolean on) throws SocketException {
        checkOpen();
        noDelay = on;
        if (stream != null) {
            stream.setNoDelay(on);
        }
    }

    public boolean getTcpNoDelay() throws SocketException {
        checkOpen();
        return noDelay;
    }

    public void setKeepAlive(boolean on) throws SocketException {
        checkOpen();
        keepAlive = on;
        if (stream != null) {
            stream.setKeepAlive(on);
        }
    }

    public boolean getKeepAlive() throws SocketException {
        checkOpen();
        return keepAlive;
    }

    /** Recorded only: the stack lets a new connection reuse a port in TIME-WAIT anyway. */
    public void setReuseAddress(boolean on) throws SocketException {
        checkOpen();
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        checkOpen();
        return reuseAddress;
    }

    /**
     * SO_LINGER: off, or on with 0 (close resets the connection). A positive timeout (close waits
     * for unsent data) is not implemented and says so.
     */
    public void setSoLinger(boolean on, int linger) throws SocketException {
        checkOpen();
        if (on && linger != 0) {
            throw new UnsupportedOperationException("SO_LINGER with a timeout: Kiln's close() never waits for unsent data");
        }
        lingerSeconds = on ? 0 : -1;
    }

    public int getSoLinger() throws SocketException {
        checkOpen();
        return lingerSeconds;
    }

    private void checkOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
    }

    /** The channel this socket belongs to; null for a socket made by a constructor (see kiln.nio adaptors). */
    public java.nio.channels.SocketChannel getChannel() {
        return null;
    }

    @Override
    public String toString() {
        if (stream == null) {
            return "Socket[unconnected]";
        }
        return "Socket[addr=" + getInetAddress() + ",port=" + getPort() + ",localport=" + getLocalPort() + "]";
    }
}
