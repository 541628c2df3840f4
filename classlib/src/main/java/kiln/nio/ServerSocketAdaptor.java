package kiln.nio;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.ServerSocketChannel;

/**
 * ServerSocketChannel.socket(): a java.net.ServerSocket view of a {@link TcpServerChannel}; accept
 * needs the channel in blocking mode and honours SO_TIMEOUT, and returns the accepted channel's
 * socket adaptor.
 */
final class ServerSocketAdaptor extends ServerSocket {
    private final TcpServerChannel ch;
    private volatile int timeoutMillis;

    ServerSocketAdaptor(TcpServerChannel ch) throws IOException {
        this.ch = ch;
    }

    @Override
    public ServerSocketChannel getChannel() {
        return ch;
    }

    @Override
    public void bind(SocketAddress local) throws IOException {
        bind(local, 50);
    }

    @Override
    public void bind(SocketAddress local, int backlog) throws IOException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (ch.isBound()) {
            throw new SocketException("Already bound");
        }
        ch.bind(local, backlog);
    }

    @Override
    public Socket accept() throws IOException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (!ch.isBound()) {
            throw new SocketException("Socket is not bound yet");
        }
        if (!ch.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        return ch.accept(timeoutMillis * 1_000_000L).socket();
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }

    @Override
    public boolean isBound() {
        return ch.isBound();
    }

    @Override
    public boolean isClosed() {
        return !ch.isOpen();
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress a = ch.localAddress();
        return a == null ? null : a.getAddress();
    }

    @Override
    public int getLocalPort() {
        InetSocketAddress a = ch.localAddress();
        return a == null ? -1 : a.getPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return ch.localAddress();
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
    public int getSoTimeout() throws IOException {
        checkOpen();
        return timeoutMillis;
    }

    /** Recorded only, as by java.net.ServerSocket: the channel's SO_REUSEADDR. */
    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        ChannelOptions.setFromAdaptor(ch, StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return ChannelOptions.getFromAdaptor(ch, StandardSocketOptions.SO_REUSEADDR);
    }

    /** A hint, as for java.net.ServerSocket (the stack's receive window is fixed): the channel's SO_RCVBUF. */
    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative receive size");
        }
        ChannelOptions.setFromAdaptor(ch, StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return ChannelOptions.getFromAdaptor(ch, StandardSocketOptions.SO_RCVBUF);
    }

    private void checkOpen() throws SocketException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
    }

    @Override
    public String toString() {
        InetSocketAddress a = ch.localAddress();
        if (a == null) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + a.getAddress() + ",localport=" + a.getPort() + "]";
    }
}
