package kiln.nio;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectionKey;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

import kiln.net.socket.UdpEndpoint;
import kiln.net.socket.Watchable;

/**
 * java.nio.channels.DatagramChannel on a {@link UdpEndpoint}: bound on first use if not before, a
 * receive waits in blocking mode and returns null (read: 0) at once in non-blocking mode. Sending
 * never waits (the stack queues or drops a datagram at once). SO_BROADCAST is off until set, as on
 * the JDK's channels. Multicast and the DatagramSocket adaptor (socket()) are not implemented.
 */
final class UdpChannel extends DatagramChannel implements Selectable {
    private final Object stateLock = new Object();
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private final Registrations registrations = new Registrations();
    private final ChannelOptions options = new ChannelOptions(StandardSocketOptions.SO_SNDBUF, StandardSocketOptions.SO_RCVBUF,
            StandardSocketOptions.SO_REUSEADDR, StandardSocketOptions.SO_BROADCAST, StandardSocketOptions.IP_TOS);
    private volatile UdpEndpoint endpoint;
    private InetAddress boundAddress;
    private volatile InetSocketAddress remote;

    UdpChannel(SelectorProvider provider) {
        super(provider);
    }

    @Override
    public DatagramChannel bind(SocketAddress local) throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (endpoint != null) {
                throw new AlreadyBoundException();
            }
            InetSocketAddress isa = local == null ? new InetSocketAddress(0) : Net.checkAddress(local);
            endpoint = UdpEndpoint.bind(SystemNetwork.stack(), isa.getPort());
            endpoint.setBroadcast(options.flag(StandardSocketOptions.SO_BROADCAST));
            boundAddress = isa.getAddress();
        }
        registrations.socketChanged();
        return this;
    }

    /** The endpoint, binding to an ephemeral port first if the channel is not bound yet. */
    private UdpEndpoint bound() throws IOException {
        UdpEndpoint e = endpoint;
        if (e != null) {
            return e;
        }
        synchronized (stateLock) {
            if (endpoint == null) {
                bind(null);
            }
            return endpoint;
        }
    }

    @Override
    public <T> DatagramChannel setOption(SocketOption<T> name, T value) throws IOException {
        options.set(isOpen(), name, value);
        UdpEndpoint e = endpoint;
        if (e != null) {
            e.setBroadcast(options.flag(StandardSocketOptions.SO_BROADCAST));
        }
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
    public DatagramSocket socket() {
        throw new UnsupportedOperationException(
                "DatagramChannel.socket(): Kiln has no DatagramSocket adaptor for channels; use the channel, or java.net.DatagramSocket");
    }

    @Override
    public boolean isConnected() {
        return remote != null;
    }

    @Override
    public DatagramChannel connect(SocketAddress sa) throws IOException {
        InetSocketAddress isa = Net.checkAddress(sa);
        synchronized (stateLock) {
            ensureOpen();
            if (remote != null) {
                throw new AlreadyConnectedException();
            }
            bound().connect(Net.remoteIp(isa), isa.getPort());
            remote = isa;
        }
        return this;
    }

    @Override
    public DatagramChannel disconnect() throws IOException {
        synchronized (stateLock) {
            UdpEndpoint e = endpoint;
            if (remote != null && e != null && isOpen()) {
                e.disconnect();
            }
            remote = null;
        }
        return this;
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        ensureOpen();
        return remote;
    }

    @Override
    public SocketAddress receive(ByteBuffer dst) throws IOException {
        if (dst == null) {
            throw new NullPointerException();
        }
        synchronized (readLock) {
            ensureOpen();
            UdpEndpoint e = bound();
            int n = receiveInto(e, dst);
            return n < 0 ? null : Net.socketAddress(e.sourceIp(), e.sourcePort());
        }
    }

    /** One datagram into {@code dst} (truncated to its remaining space); -1 if none, not blocking. */
    private int receiveInto(UdpEndpoint e, ByteBuffer dst) throws IOException {
        long timeout = isBlocking() ? 0 : -1;
        try {
            return Buffers.read(dst, (b, off, len) -> e.receive(b, off, len, timeout));
        } catch (SocketException ex) {
            throw closedMeanwhile(ex);
        }
    }

    @Override
    public int send(ByteBuffer src, SocketAddress target) throws IOException {
        InetSocketAddress isa = Net.checkAddress(target);
        synchronized (writeLock) {
            ensureOpen();
            InetSocketAddress r = remote;
            if (r != null && !r.equals(isa)) {
                throw new AlreadyConnectedException();
            }
            return sendFrom(bound(), src, Net.remoteIp(isa), isa.getPort());
        }
    }

    private int sendFrom(UdpEndpoint e, ByteBuffer src, int ip, int port) throws IOException {
        try {
            return Buffers.write(src, (b, off, len) -> {
                e.send(ip, port, b, off, len);
                return len;
            });
        } catch (SocketException ex) {
            throw closedMeanwhile(ex);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (dst == null) {
            throw new NullPointerException();
        }
        synchronized (readLock) {
            ensureConnected();
            return Math.max(receiveInto(endpoint, dst), 0);
        }
    }

    /** One datagram, scattered over the buffers in turn (the rest of a longer one is lost). */
    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Buffers.checkRange(dsts, offset, length);
        int room = 0;
        for (int i = offset; i < offset + length; i++) {
            room += dsts[i].remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(room);
        int n = read(all);
        all.flip();
        for (int i = offset; i < offset + length && all.hasRemaining(); i++) {
            int take = Math.min(dsts[i].remaining(), all.remaining());
            dsts[i].put(dsts[i].position(), all, all.position(), take);
            dsts[i].position(dsts[i].position() + take);
            all.position(all.position() + take);
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (src == null) {
            throw new NullPointerException();
        }
        synchronized (writeLock) {
            ensureConnected();
            InetSocketAddress r = remote;
            return sendFrom(endpoint, src, Net.remoteIp(r), r.getPort());
        }
    }

    /** The buffers' remaining bytes gathered into one datagram. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Buffers.checkRange(srcs, offset, length);
        int total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += srcs[i].remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(total);
        for (int i = offset; i < offset + length; i++) {
            all.put(srcs[i].duplicate());
        }
        all.flip();
        int n = write(all);
        for (int i = offset; i < offset + length; i++) {
            srcs[i].position(srcs[i].limit());
        }
        return n;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        synchronized (stateLock) {
            UdpEndpoint e = endpoint;
            return e == null ? null : new InetSocketAddress(Net.inet(Net.ip(boundAddress)), e.localPort());
        }
    }

    @Override
    protected void implCloseSelectableChannel() {
        UdpEndpoint e = endpoint;
        if (e != null) {
            e.close(); // wakes a blocked receive
        }
    }

    /** Nothing to change in the socket: each operation looks at the mode when it starts. */
    @Override
    protected void implConfigureBlocking(boolean block) {}

    @Override
    public Watchable watchable() {
        return endpoint;
    }

    @Override
    public int translateReadyOps(int ops) {
        return ops & (SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }

    @Override
    public Registrations registrations() {
        return registrations;
    }

    private void ensureConnected() throws ClosedChannelException {
        ensureOpen();
        if (remote == null) {
            throw new NotYetConnectedException();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private IOException closedMeanwhile(SocketException e) {
        return isOpen() ? e : new AsynchronousCloseException();
    }
}
