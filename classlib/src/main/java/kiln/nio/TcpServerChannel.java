package kiln.nio;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

import kiln.net.socket.TcpServer;
import kiln.net.socket.TcpStream;
import kiln.net.socket.Watchable;

/**
 * java.nio.channels.ServerSocketChannel on a {@link TcpServer}: accept waits in blocking mode and
 * returns null at once in non-blocking mode when no connection is waiting. As java.net.ServerSocket,
 * it listens on every local address whatever address it is bound to.
 */
final class TcpServerChannel extends ServerSocketChannel implements Selectable {
    private static final int DEFAULT_BACKLOG = 50;

    private final Object stateLock = new Object();
    private final Object acceptLock = new Object();
    private final Registrations registrations = new Registrations();
    private final ChannelOptions options = new ChannelOptions(StandardSocketOptions.SO_RCVBUF,
            StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.IP_TOS).preset(StandardSocketOptions.SO_REUSEADDR, true);
    private volatile TcpServer server;
    private InetAddress boundAddress;
    private ServerSocket adaptor;

    TcpServerChannel(SelectorProvider provider) {
        super(provider);
    }

    @Override
    public ServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (server != null) {
                throw new AlreadyBoundException();
            }
            InetSocketAddress isa = local == null ? new InetSocketAddress(0) : Net.checkAddress(local);
            server = TcpServer.listen(SystemNetwork.stack(), isa.getPort(), backlog < 1 ? DEFAULT_BACKLOG : backlog);
            boundAddress = isa.getAddress();
        }
        registrations.socketChanged();
        return this;
    }

    @Override
    public SocketChannel accept() throws IOException {
        return accept(isBlocking() ? 0 : -1);
    }

    /** Accepts with a timeout in nanoseconds (0: none; negative: do not wait, null if none is waiting). */
    SocketChannel accept(long timeoutNanos) throws IOException {
        synchronized (acceptLock) {
            ensureOpen();
            TcpServer s = server;
            if (s == null) {
                throw new NotYetBoundException();
            }
            TcpStream c;
            try {
                c = s.accept(timeoutNanos);
            } catch (SocketException e) {
                if (!isOpen()) {
                    throw new AsynchronousCloseException();
                }
                throw e;
            }
            return c == null ? null : new TcpChannel(provider(), c);
        }
    }

    /** All recorded hints: a listener has nothing the stack lets it tune. */
    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        options.set(isOpen(), name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return options.get(isOpen(), name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return options.supported();
    }

    @Override
    public ServerSocket socket() {
        synchronized (stateLock) {
            if (adaptor == null) {
                try {
                    adaptor = new ServerSocketAdaptor(this);
                } catch (IOException e) {
                    throw new AssertionError(e); // ServerSocket() itself does no I/O
                }
            }
            return adaptor;
        }
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        return localAddress();
    }

    /** The bound address (the wildcard unless one was given) and port, null if unbound. */
    InetSocketAddress localAddress() {
        synchronized (stateLock) {
            return server == null ? null : new InetSocketAddress(Net.inet(Net.ip(boundAddress)), server.port());
        }
    }

    boolean isBound() {
        return server != null;
    }

    @Override
    protected void implCloseSelectableChannel() {
        TcpServer s = server;
        if (s != null) {
            s.close(); // wakes a blocked accept
        }
    }

    /** Nothing to change in the socket: accept looks at the mode when it starts. */
    @Override
    protected void implConfigureBlocking(boolean block) {}

    @Override
    public Watchable watchable() {
        return server;
    }

    @Override
    public int translateReadyOps(int ops) {
        return ops & SelectionKey.OP_ACCEPT;
    }

    @Override
    public Registrations registrations() {
        return registrations;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public String toString() {
        if (!isOpen()) {
            return "sun.nio.ch.ServerSocketChannelImpl[closed]";
        }
        InetSocketAddress a = localAddress();
        return "sun.nio.ch.ServerSocketChannelImpl[" + (a == null ? "unbound" : a.toString()) + "]";
    }
}
