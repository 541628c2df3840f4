package kiln.net.socket;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.locks.Condition;

import kiln.net.tcp.TcpConnection;
import kiln.net.tcp.TcpListener;

/** A listening TCP socket with a blocking accept: what java.net.ServerSocket is built on. */
public final class TcpServer extends Watchable {
    private final SocketStack stack;
    private final TcpListener listener;
    private final Condition changed;
    private boolean closed;

    private TcpServer(SocketStack stack, TcpListener listener) {
        this.stack = stack;
        this.listener = listener;
        this.changed = stack.lock.newCondition();
        listener.setReadinessHook(ops -> {
            changed.signalAll();
            notifyWatchers();
        });
    }

    /**
     * Listens on {@code port} (0: a free ephemeral port) for any local address, with at most
     * {@code backlog} established connections waiting for accept.
     */
    public static TcpServer listen(SocketStack stack, int port, int backlog) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        stack.lock.lock();
        try {
            if (port != 0) {
                try {
                    return new TcpServer(stack, stack.tcp.listen(port, backlog));
                } catch (IllegalStateException e) {
                    throw new BindException("Address already in use");
                }
            }
            // Ephemeral: the same range and random start as active opens (RFC 6056).
            int low = 49152, range = 65536 - low;
            int first = (int) (System.nanoTime() % range);
            for (int i = 0; i < range; i++) {
                try {
                    return new TcpServer(stack, stack.tcp.listen(low + (first + i) % range, backlog));
                } catch (IllegalStateException busy) {
                    // try the next port
                }
            }
            throw new BindException("Address already in use");
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * The next connection, waiting at most {@code timeoutNanos} if positive; a negative timeout
     * never waits (a non-blocking accept), and null then means none is waiting.
     */
    public TcpStream accept(long timeoutNanos) throws IOException {
        long deadline = Waiting.deadline(timeoutNanos);
        stack.lock.lock();
        try {
            for (;;) {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                TcpConnection c = listener.accept();
                if (c != null) {
                    stack.kick();
                    return new TcpStream(stack, c);
                }
                if (timeoutNanos < 0) {
                    return null;
                }
                if (!Waiting.await(changed, deadline)) {
                    throw new SocketTimeoutException("Accept timed out");
                }
            }
        } finally {
            stack.lock.unlock();
        }
    }

    /** OP_ACCEPT while a connection waits ({@link kiln.net.tcp.TcpReadiness} bits). */
    @Override
    public int readyOps() {
        stack.lock.lock();
        try {
            return listener.readyOps() & kiln.net.tcp.TcpReadiness.OP_ACCEPT;
        } finally {
            stack.lock.unlock();
        }
    }

    @Override
    SocketStack stack() {
        return stack;
    }

    public int port() {
        return listener.port;
    }

    /** Stops listening; connections not yet accepted are reset, blocked accepts fail. */
    public void close() {
        stack.lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            listener.close();
            changed.signalAll();
            notifyWatchers();
            stack.kick();
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
}
