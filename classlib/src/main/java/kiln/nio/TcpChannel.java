package kiln.nio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

import kiln.net.socket.TcpStream;
import kiln.net.socket.Watchable;

/**
 * java.nio.channels.SocketChannel on a {@link TcpStream}. Blocking mode waits as java.net.Socket
 * does; non-blocking mode uses the stream's non-waiting calls (a read returns 0, a write what fits,
 * connect starts the handshake and finishConnect polls it). A failed connect closes the channel, as
 * on the JDK. Reads and writes are serialized by their own locks, state changes by a third.
 */
final class TcpChannel extends SocketChannel implements Selectable {
    private static final int UNCONNECTED = 0, PENDING = 1, CONNECTED = 2;

    private final Object stateLock = new Object();
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private final Registrations registrations = new Registrations();
    private final ChannelOptions options = new ChannelOptions(StandardSocketOptions.SO_SNDBUF, StandardSocketOptions.SO_RCVBUF,
            StandardSocketOptions.SO_KEEPALIVE, StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.SO_LINGER,
            StandardSocketOptions.TCP_NODELAY, StandardSocketOptions.IP_TOS);
    private volatile TcpStream stream;
    private volatile int state;
    private volatile boolean inputShut;
    private volatile boolean outputShut;
    private InetSocketAddress remote;
    private Socket adaptor;

    TcpChannel(SelectorProvider provider) {
        super(provider);
    }

    /** An accepted connection. */
    TcpChannel(SelectorProvider provider, TcpStream accepted) {
        super(provider);
        this.stream = accepted;
        this.state = CONNECTED;
        this.remote = Net.socketAddress(accepted.remoteAddress(), accepted.remotePort());
    }

    /**
     * Kiln's stack chooses a client socket's local port when it connects, so only binding to the
     * wildcard address and port 0 (what connect does anyway) is accepted, as by java.net.Socket.
     */
    @Override
    public SocketChannel bind(SocketAddress local) throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (state == CONNECTED) {
                throw new AlreadyConnectedException();
            }
            if (state == PENDING) {
                throw new ConnectionPendingException();
            }
        }
        if (local == null) {
            return this;
        }
        InetSocketAddress isa = Net.checkAddress(local);
        if (isa.getPort() != 0 || !isa.getAddress().isAnyLocalAddress()) {
            throw new UnsupportedOperationException("SocketChannel.bind to " + local
                    + ": Kiln's network stack chooses a client socket's local port itself (bind to port 0 or not at all)");
        }
        return this;
    }

    @Override
    public boolean connect(SocketAddress sa) throws IOException {
        InetSocketAddress isa = Net.checkAddress(sa);
        TcpStream s;
        synchronized (stateLock) {
            ensureOpen();
            if (state == CONNECTED) {
                throw new AlreadyConnectedException();
            }
            if (state == PENDING) {
                throw new ConnectionPendingException();
            }
            try {
                s = TcpStream.open(SystemNetwork.stack(), Net.remoteIp(isa), isa.getPort());
            } catch (IOException e) {
                close();
                throw e;
            }
            stream = s;
            remote = isa;
            state = PENDING;
        }
        applyOptions(s);
        registrations.socketChanged();
        return finish(s, isBlocking());
    }

    /**
     * A blocking connect that gives up after {@code timeoutNanos} (0: never), for the socket
     * adaptor's connect(SocketAddress, int); SocketTimeoutException when it gives up.
     */
    void connect(SocketAddress sa, long timeoutNanos) throws IOException {
        if (timeoutNanos == 0) {
            connect(sa);
            return;
        }
        InetSocketAddress isa = Net.checkAddress(sa);
        synchronized (stateLock) {
            ensureOpen();
            if (state == CONNECTED) {
                throw new AlreadyConnectedException();
            }
            if (state == PENDING) {
                throw new ConnectionPendingException();
            }
            remote = isa;
            state = PENDING;
        }
        TcpStream s;
        try {
            s = TcpStream.connect(SystemNetwork.stack(), Net.remoteIp(isa), isa.getPort(), timeoutNanos);
        } catch (IOException e) {
            close();
            throw e;
        }
        synchronized (stateLock) {
            if (!isOpen()) { // closed while connecting: no stream to close then
                s.close();
                throw new AsynchronousCloseException();
            }
            stream = s;
            state = CONNECTED;
        }
        applyOptions(s);
        registrations.socketChanged();
    }

    @Override
    public boolean finishConnect() throws IOException {
        TcpStream s;
        synchronized (stateLock) {
            ensureOpen();
            if (state == CONNECTED) {
                return true;
            }
            if (state != PENDING) {
                throw new NoConnectionPendingException();
            }
            s = stream;
        }
        return finish(s, isBlocking());
    }

    /** Completes (or, not blocking, polls) the handshake; a refused connection closes the channel. */
    private boolean finish(TcpStream s, boolean block) throws IOException {
        boolean done;
        try {
            done = s.finishConnect(block);
        } catch (SocketException e) {
            if (!isOpen()) {
                throw new AsynchronousCloseException();
            }
            close();
            throw e;
        }
        if (done) {
            state = CONNECTED;
        }
        return done;
    }

    @Override
    public boolean isConnected() {
        return state == CONNECTED;
    }

    @Override
    public boolean isConnectionPending() {
        return state == PENDING;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (dst == null) {
            throw new NullPointerException();
        }
        synchronized (readLock) {
            return readOnce(dst, isBlocking());
        }
    }

    private int readOnce(ByteBuffer dst, boolean block) throws IOException {
        TcpStream s = connected();
        if (inputShut) {
            return -1;
        }
        try {
            return Buffers.read(dst, (b, off, len) -> s.read(b, off, len, block ? 0 : -1));
        } catch (SocketException e) {
            throw closedMeanwhile(e);
        }
    }

    /** Fills the buffers in turn; only the first read may wait. */
    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Buffers.checkRange(dsts, offset, length);
        synchronized (readLock) {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                ByteBuffer b = dsts[i];
                if (!b.hasRemaining()) {
                    continue;
                }
                int n = readOnce(b, isBlocking() && total == 0);
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
                if (b.hasRemaining()) {
                    break;
                }
            }
            return total;
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (src == null) {
            throw new NullPointerException();
        }
        synchronized (writeLock) {
            return writeOnce(src);
        }
    }

    private int writeOnce(ByteBuffer src) throws IOException {
        TcpStream s = connected();
        if (outputShut) {
            throw new AsynchronousCloseException(); // what the JDK 25 throws here, oddly: its cleanup's exception wins
        }
        boolean block = isBlocking();
        try {
            return Buffers.write(src, (b, off, len) -> s.write(b, off, len, block));
        } catch (SocketException e) {
            throw closedMeanwhile(e);
        }
    }

    /** Drains the buffers in turn; in non-blocking mode stops at the first that does not fit. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Buffers.checkRange(srcs, offset, length);
        synchronized (writeLock) {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                ByteBuffer b = srcs[i];
                while (b.hasRemaining()) {
                    int n = writeOnce(b);
                    total += n;
                    if (n == 0 || (!isBlocking() && b.hasRemaining())) {
                        return total;
                    }
                }
            }
            return total;
        }
    }

    @Override
    public <T> SocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        options.set(isOpen(), name, value);
        applyOptions(stream);
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

    /** The options the stack implements, onto the connection (when it has one). */
    private void applyOptions(TcpStream s) {
        if (s != null) {
            s.setNoDelay(options.flag(StandardSocketOptions.TCP_NODELAY));
            s.setKeepAlive(options.flag(StandardSocketOptions.SO_KEEPALIVE));
        }
    }

    @Override
    public SocketChannel shutdownInput() throws IOException {
        synchronized (stateLock) {
            TcpStream s = connected();
            if (!inputShut) {
                s.shutdownInput();
                inputShut = true;
            }
        }
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        synchronized (stateLock) {
            TcpStream s = connected();
            if (!outputShut) {
                s.shutdownOutput();
                outputShut = true;
            }
        }
        return this;
    }

    @Override
    public Socket socket() {
        synchronized (stateLock) {
            if (adaptor == null) {
                adaptor = new SocketAdaptor(this);
            }
            return adaptor;
        }
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            return state == UNCONNECTED ? null : remote;
        }
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        TcpStream s = stream;
        return s == null ? null : Net.socketAddress(s.localAddress(), s.localPort());
    }

    /** The stream, for the socket adaptor; null before connect. */
    TcpStream stream() {
        return stream;
    }

    InetSocketAddress remote() {
        synchronized (stateLock) {
            return state == UNCONNECTED ? null : remote;
        }
    }

    boolean isInputShut() {
        return inputShut;
    }

    boolean isOutputShut() {
        return outputShut;
    }

    @Override
    protected void implCloseSelectableChannel() {
        TcpStream s = stream;
        if (s != null) {
            // Either wakes threads blocked in read, write or connect; SO_LINGER 0 ends with a RST.
            if (options.lingerZero()) {
                s.reset();
            } else {
                s.close();
            }
        }
    }

    /** Nothing to change in the socket: each operation looks at the mode when it starts. */
    @Override
    protected void implConfigureBlocking(boolean block) {}

    @Override
    public Watchable watchable() {
        return stream;
    }

    @Override
    public int translateReadyOps(int ops) {
        int st = state;
        if (st == PENDING) {
            return ops & SelectionKey.OP_CONNECT;
        }
        if (st == CONNECTED) {
            return (ops & (SelectionKey.OP_READ | SelectionKey.OP_WRITE)) | (inputShut ? SelectionKey.OP_READ : 0);
        }
        return 0;
    }

    @Override
    public Registrations registrations() {
        return registrations;
    }

    private TcpStream connected() throws ClosedChannelException {
        ensureOpen();
        if (state != CONNECTED) {
            throw new NotYetConnectedException();
        }
        return stream;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    /** A "Socket closed" from the stream means another thread closed this channel. */
    private IOException closedMeanwhile(SocketException e) {
        return isOpen() ? e : new AsynchronousCloseException();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("java.nio.channels.SocketChannel[");
        if (!isOpen()) {
            sb.append("closed");
        } else if (state == CONNECTED) {
            sb.append("connected");
        } else if (state == PENDING) {
            sb.append("connection-pending");
        } else {
            sb.append("unconnected");
        }
        TcpStream s = stream;
        if (s != null && isOpen()) {
            sb.append(" local=").append(Net.socketAddress(s.localAddress(), s.localPort()));
            sb.append(" remote=").append(remote);
        }
        return sb.append(']').toString();
    }
}
