package kiln.net.socket;

import java.io.IOException;
import java.net.BindException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.locks.Condition;

import kiln.net.udp.UdpSocket;
import kiln.net.wire.Icmp;

/**
 * A bound UDP port with blocking calls: what java.net.DatagramSocket and DatagramChannel are built
 * on. Same design as {@link TcpStream}: every call takes the stack lock, calls the non-blocking
 * {@link UdpSocket}, and a receive with nothing queued waits on this endpoint's condition, which the
 * socket's readiness hook signals. A connected endpoint behaves as a connected socket on Linux: it
 * only receives from its peer, and an ICMP port unreachable about a datagram it sent is reported
 * once, by the next send or receive, as PortUnreachableException (unconnected ones never see it).
 */
public final class UdpEndpoint extends Watchable {
    /** The largest UDP payload in one IPv4 datagram (65535 - 20 - 8). */
    public static final int MAX_PAYLOAD = 65507;
    /** Datagrams a port queues before it drops new ones. */
    private static final int QUEUE = 64;

    private final SocketStack stack;
    private final UdpSocket socket;
    private final Condition changed;
    private boolean closed;
    private boolean broadcast;
    private int peerIp;
    /** The connected peer's port, 0 while unconnected. */
    private int peerPort;
    private int lastSrcIp;
    private int lastSrcPort;

    private UdpEndpoint(SocketStack stack, UdpSocket socket) {
        this.stack = stack;
        this.socket = socket;
        this.changed = stack.lock.newCondition();
        socket.setReadinessHook(this::signal);
    }

    /** Signals blocked receivers and watching selectors (inside the stack's event processing). */
    private void signal() {
        changed.signalAll();
        notifyWatchers();
    }

    /** Binds {@code port} (0: a free ephemeral port); BindException if it is taken. */
    public static UdpEndpoint bind(SocketStack stack, int port) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        stack.lock.lock();
        try {
            return new UdpEndpoint(stack, stack.ip.udp().open(port, QUEUE));
        } catch (IllegalStateException taken) {
            throw new BindException("Address already in use");
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * Sends {@code b[off, off+len)} to {@code ip:port}, or to the connected peer if {@code port} is 0.
     * Exceptions as Linux reports them: too long, port 0, a broadcast without SO_BROADCAST, a
     * pending port-unreachable error of a connected endpoint.
     */
    public void send(int ip, int port, byte[] b, int off, int len) throws IOException {
        stack.lock.lock();
        try {
            ensureOpen();
            throwPendingError();
            if (port == 0 && peerPort != 0) {
                ip = peerIp;
                port = peerPort;
            }
            if (len > MAX_PAYLOAD) {
                throw new SocketException("Message too long");
            }
            if (port == 0) {
                throw new SocketException("Can't send to port 0");
            }
            if (!broadcast && stack.ip.isBroadcast(ip)) {
                throw new SocketException("Permission denied");
            }
            if (stack.localAddressFor(ip) == 0) {
                throw new SocketException("Network is unreachable");
            }
            // A datagram the stack drops locally (a full transmit queue) is lost, as UDP allows.
            socket.sendTo(ip, port, b, off, len);
            stack.kick(); // a datagram to this host itself is delivered by the loop
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * Receives the next datagram into {@code b[off, off+len)} (truncating a longer one), waiting at
     * most {@code timeoutNanos} if positive, or not at all if {@code timeoutNanos} is negative (then
     * -1 means none was queued). The sender is then {@link #sourceIp()}/{@link #sourcePort()}.
     */
    public int receive(byte[] b, int off, int len, long timeoutNanos) throws IOException {
        long deadline = Waiting.deadline(timeoutNanos);
        stack.lock.lock();
        try {
            for (;;) {
                ensureOpen();
                throwPendingError();
                while (socket.available() > 0) {
                    int n = socket.receive(b, off, len);
                    if (peerPort == 0 || (socket.sourceIp() == peerIp && socket.sourcePort() == peerPort)) {
                        lastSrcIp = socket.sourceIp();
                        lastSrcPort = socket.sourcePort();
                        return n;
                    }
                    // a connected socket never sees other senders' datagrams (Linux filters them)
                }
                if (timeoutNanos < 0) {
                    return -1;
                }
                if (!Waiting.await(changed, deadline)) {
                    throw new SocketTimeoutException("Receive timed out");
                }
            }
        } finally {
            stack.lock.unlock();
        }
    }

    /** A port-unreachable report is an error only for a connected endpoint, and only once. */
    private void throwPendingError() throws PortUnreachableException {
        int e = socket.takeError();
        if (e == Icmp.CODE_PORT_UNREACHABLE && peerPort != 0) {
            throw new PortUnreachableException();
        }
    }

    /** Restricts the endpoint to one peer: sends default to it, datagrams from others are dropped. */
    public void connect(int ip, int port) throws IOException {
        if (port <= 0 || port > 65535) {
            throw new SocketException("Can't connect to port " + port);
        }
        stack.lock.lock();
        try {
            ensureOpen();
            peerIp = ip;
            peerPort = port;
            socket.takeError();
        } finally {
            stack.lock.unlock();
        }
    }

    public void disconnect() {
        stack.lock.lock();
        try {
            peerIp = 0;
            peerPort = 0;
            socket.takeError();
        } finally {
            stack.lock.unlock();
        }
    }

    /** SO_BROADCAST: without it, sending to a broadcast address fails as on Linux. */
    public void setBroadcast(boolean on) {
        stack.lock.lock();
        try {
            broadcast = on;
        } finally {
            stack.lock.unlock();
        }
    }

    /** Releases the port and wakes blocked receivers, whose calls then fail with "Socket closed". */
    public void close() {
        stack.lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            socket.setReadinessHook(null);
            socket.close();
            changed.signalAll();
            notifyWatchers();
        } finally {
            stack.lock.unlock();
        }
    }

    public boolean isClosed() {
        stack.lock.lock();
        try {
            return closed;
        } finally {
            stack.lock.unlock();
        }
    }

    /** Readiness as SelectionKey bits: OP_READ with a datagram (or an error) waiting, OP_WRITE always. */
    @Override
    public int readyOps() {
        stack.lock.lock();
        try {
            boolean readable = closed || socket.available() > 0 || (peerPort != 0 && socket.pendingError() >= 0);
            return (readable ? kiln.net.tcp.TcpReadiness.OP_READ : 0) | kiln.net.tcp.TcpReadiness.OP_WRITE;
        } finally {
            stack.lock.unlock();
        }
    }

    @Override
    SocketStack stack() {
        return stack;
    }

    public int localPort() {
        return socket.port();
    }

    /** This host's address as a datagram to {@code remote} would carry it. */
    public int localAddressFor(int remote) {
        stack.lock.lock();
        try {
            return stack.localAddressFor(remote);
        } finally {
            stack.lock.unlock();
        }
    }

    public int sourceIp() {
        return lastSrcIp;
    }

    public int sourcePort() {
        return lastSrcPort;
    }

    private void ensureOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
    }
}
