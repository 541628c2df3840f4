package kiln.nio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SocketChannel;

import kiln.net.socket.TcpStream;

/**
 * SocketChannel.socket(): a java.net.Socket view of a {@link TcpChannel}. Its streams need the
 * channel in blocking mode (IllegalBlockingModeException otherwise, as on the JDK) and honour
 * SO_TIMEOUT; options are the channel's (setOption/getOption).
 */
final class SocketAdaptor extends Socket {
    private final TcpChannel ch;
    private volatile int timeoutMillis;

    SocketAdaptor(TcpChannel ch) {
        this.ch = ch;
    }

    @Override
    public SocketChannel getChannel() {
        return ch;
    }

    @Override
    public void connect(SocketAddress remote) throws IOException {
        connect(remote, 0);
    }

    @Override
    public void connect(SocketAddress remote, int timeout) throws IOException {
        if (remote == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (!ch.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        ch.connect(remote, timeout * 1_000_000L);
    }

    @Override
    public void bind(SocketAddress local) throws IOException {
        ch.bind(local);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        TcpStream s = usable();
        if (isInputShutdown()) {
            throw new SocketException("Socket input is shutdown");
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (!ch.isBlocking()) {
                    throw new IllegalBlockingModeException();
                }
                return s.read(b, off, len, timeoutMillis * 1_000_000L);
            }

            @Override
            public int available() throws IOException {
                return s.available();
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        TcpStream s = usable();
        if (isOutputShutdown()) {
            throw new SocketException("Socket output is shutdown");
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (!ch.isBlocking()) {
                    throw new IllegalBlockingModeException();
                }
                s.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    private TcpStream usable() throws SocketException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (!ch.isConnected()) {
            throw new SocketException("Socket is not connected");
        }
        return ch.stream();
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }

    @Override
    public void shutdownInput() throws IOException {
        usable();
        if (isInputShutdown()) {
            throw new SocketException("Socket input is already shutdown");
        }
        ch.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        usable();
        if (isOutputShutdown()) {
            throw new SocketException("Socket output is already shutdown");
        }
        ch.shutdownOutput();
    }

    @Override
    public boolean isConnected() {
        return ch.isConnected();
    }

    @Override
    public boolean isBound() {
        return ch.stream() != null;
    }

    @Override
    public boolean isClosed() {
        return !ch.isOpen();
    }

    @Override
    public boolean isInputShutdown() {
        return ch.isInputShut();
    }

    @Override
    public boolean isOutputShutdown() {
        return ch.isOutputShut();
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress r = ch.remote();
        return r == null ? null : r.getAddress();
    }

    @Override
    public int getPort() {
        InetSocketAddress r = ch.remote();
        return r == null ? 0 : r.getPort();
    }

    @Override
    public InetAddress getLocalAddress() {
        TcpStream s = ch.stream();
        return Net.inet(s == null || !ch.isOpen() ? 0 : s.localAddress());
    }

    @Override
    public int getLocalPort() {
        TcpStream s = ch.stream();
        return s == null ? -1 : s.localPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return ch.isConnected() ? ch.remote() : null;
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        TcpStream s = ch.stream();
        return s == null ? null : new InetSocketAddress(getLocalAddress(), getLocalPort());
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        checkOpen();
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        timeoutMillis = timeout;
    }

    @Override
    public int getSoTimeout() throws SocketException {
        checkOpen();
        return timeoutMillis;
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        setOption(StandardSocketOptions.TCP_NODELAY, on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return getOption(StandardSocketOptions.TCP_NODELAY);
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        setOption(StandardSocketOptions.SO_KEEPALIVE, on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return getOption(StandardSocketOptions.SO_KEEPALIVE);
    }

    /** Recorded only, as by java.net.Socket: the stack lets a new connection reuse a port in TIME-WAIT anyway. */
    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        setOption(StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return getOption(StandardSocketOptions.SO_REUSEADDR);
    }

    private <T> void setOption(SocketOption<T> name, T value) throws SocketException {
        ChannelOptions.setFromAdaptor(ch, name, value);
    }

    private <T> T getOption(SocketOption<T> name) throws SocketException {
        return ChannelOptions.getFromAdaptor(ch, name);
    }

    private void checkOpen() throws SocketException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
    }

    @Override
    public String toString() {
        if (!ch.isConnected()) {
            return "Socket[unconnected]";
        }
        return "Socket[addr=" + getInetAddress() + ",port=" + getPort() + ",localport=" + getLocalPort() + "]";
    }
}
