package kiln.net.socket;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.locks.Condition;

import kiln.net.tcp.TcpConnection;
import kiln.net.tcp.TcpError;
import kiln.net.tcp.TcpReadiness;
import kiln.net.tcp.TcpState;

/**
 * A connected TCP socket with blocking calls: what java.net.Socket and SocketChannel are built on.
 * Every call takes the stack lock, calls the non-blocking {@link TcpConnection}, and if that cannot
 * make progress waits on this socket's condition, which the connection's readiness hook signals.
 * Exceptions carry the messages the JDK's own sockets use on Linux.
 */
public final class TcpStream extends Watchable {
    private final SocketStack stack;
    private final TcpConnection c;
    private final Condition changed;
    private boolean closed;
    private boolean inputShut;

    TcpStream(SocketStack stack, TcpConnection c) {
        this.stack = stack;
        this.c = c;
        this.changed = stack.lock.newCondition();
        c.setReadinessHook(ops -> {
            changed.signalAll();
            notifyWatchers();
        });
    }

    /**
     * Opens a connection and waits for the handshake, at most {@code timeoutNanos} if positive.
     * Refused: ConnectException; no answer in time: SocketTimeoutException; no address or route:
     * SocketException "Network is unreachable".
     */
    public static TcpStream connect(SocketStack stack, int remoteIp, int remotePort, long timeoutNanos) throws IOException {
        long deadline = Waiting.deadline(timeoutNanos);
        stack.lock.lock();
        try {
            TcpStream s = open(stack, remoteIp, remotePort);
            while (!s.finishConnect(false)) {
                if (!Waiting.await(s.changed, deadline)) {
                    s.c.abort();
                    stack.kick();
                    throw new SocketTimeoutException("Connect timed out");
                }
            }
            return s;
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * Starts opening a connection (sends the SYN) and returns at once; {@link #finishConnect} tells
     * when the handshake is over (a non-blocking SocketChannel.connect).
     */
    public static TcpStream open(SocketStack stack, int remoteIp, int remotePort) throws IOException {
        stack.lock.lock();
        try {
            int local = stack.localAddressFor(remoteIp);
            if (local == 0) {
                throw new SocketException("Network is unreachable");
            }
            TcpConnection c;
            try {
                c = stack.tcp.connect(local, remoteIp, remotePort);
            } catch (IllegalStateException e) {
                throw new SocketException("Cannot assign requested address");
            }
            TcpStream s = new TcpStream(stack, c);
            stack.kick();
            return s;
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * True once the handshake of {@link #open} has completed, false while it is in progress (if
     * {@code block}, waits for the outcome instead); ConnectException if it was refused or timed out.
     */
    public boolean finishConnect(boolean block) throws IOException {
        stack.lock.lock();
        try {
            ensureOpen();
            while (c.state() == TcpState.SYN_SENT) {
                if (!block) {
                    return false;
                }
                Waiting.await(changed, Waiting.NONE);
                ensureOpen();
            }
            if (c.error() != TcpError.NONE || c.state() == TcpState.CLOSED) {
                throw new ConnectException(c.error() == TcpError.TIMED_OUT ? "Connection timed out" : "Connection refused");
            }
            return true;
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * Reads at least one byte into {@code b[off, off+len)}, waiting at most {@code timeoutNanos} if
     * positive; returns the count, or -1 at the end of the stream. A negative timeout never waits
     * (a non-blocking read): 0 then means nothing has arrived yet.
     */
    public int read(byte[] b, int off, int len, long timeoutNanos) throws IOException {
        if (len == 0) {
            return 0;
        }
        long deadline = Waiting.deadline(timeoutNanos);
        stack.lock.lock();
        try {
            for (;;) {
                ensureOpen();
                if (inputShut) {
                    return -1;
                }
                int n = c.read(b, off, len);
                if (n > 0) {
                    stack.kick(); // the read may have opened the window: an update may be due
                    return n;
                }
                if (n < 0) {
                    failIfBroken();
                    return -1;
                }
                if (timeoutNanos < 0) {
                    return 0;
                }
                if (!Waiting.await(changed, deadline)) {
                    throw new SocketTimeoutException("Read timed out");
                }
            }
        } finally {
            stack.lock.unlock();
        }
    }

    /** Writes all of {@code b[off, off+len)}, waiting while the send buffer is full. */
    public void write(byte[] b, int off, int len) throws IOException {
        write(b, off, len, true);
    }

    /**
     * Writes {@code b[off, off+len)}; if {@code block}, all of it, waiting while the send buffer is
     * full, else only what fits now (a non-blocking write). Returns the count written.
     */
    public int write(byte[] b, int off, int len, boolean block) throws IOException {
        int written = 0;
        stack.lock.lock();
        try {
            while (len > 0) {
                ensureOpen();
                int n = c.write(b, off, len);
                if (n < 0) {
                    failIfBroken();
                    throw new SocketException("Broken pipe");
                }
                off += n;
                len -= n;
                written += n;
                stack.kick();
                if (len > 0 && n == 0) {
                    if (!block) {
                        break;
                    }
                    Waiting.await(changed, Waiting.NONE);
                }
            }
            return written;
        } finally {
            stack.lock.unlock();
        }
    }

    /** Bytes a read returns without waiting. */
    public int available() throws IOException {
        stack.lock.lock();
        try {
            ensureOpen();
            return inputShut ? 0 : c.available();
        } finally {
            stack.lock.unlock();
        }
    }

    /** Sends FIN after the queued data; reads still work. */
    public void shutdownOutput() throws IOException {
        stack.lock.lock();
        try {
            ensureOpen();
            c.shutdownOutput();
            stack.kick();
        } finally {
            stack.lock.unlock();
        }
    }

    /** Later reads return -1 at once, as after shutdownInput on Linux. */
    public void shutdownInput() throws IOException {
        stack.lock.lock();
        try {
            ensureOpen();
            inputShut = true;
            changed.signalAll();
        } finally {
            stack.lock.unlock();
        }
    }

    /**
     * Closes both directions (a RST instead of FIN if received data was never read, as Linux does)
     * and wakes threads blocked on this socket, whose calls then fail with "Socket closed".
     */
    public void close() {
        close(false);
    }

    /** Closes with a RST, dropping unsent data: close with SO_LINGER on and a timeout of 0. */
    public void reset() {
        close(true);
    }

    private void close(boolean reset) {
        stack.lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (reset) {
                c.abort();
            } else {
                c.close();
            }
            c.setReadinessHook(null);
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

    public void setNoDelay(boolean on) {
        stack.lock.lock();
        try {
            c.setNoDelay(on);
            stack.kick();
        } finally {
            stack.lock.unlock();
        }
    }

    public void setKeepAlive(boolean on) {
        stack.lock.lock();
        try {
            c.setKeepAlive(on);
            stack.kick();
        } finally {
            stack.lock.unlock();
        }
    }

    /** Readiness as {@link TcpReadiness} bits (for a Selector). */
    @Override
    public int readyOps() {
        stack.lock.lock();
        try {
            return c.readyOps();
        } finally {
            stack.lock.unlock();
        }
    }

    @Override
    SocketStack stack() {
        return stack;
    }

    public int localAddress() {
        return c.localIp;
    }

    public int localPort() {
        return c.localPort;
    }

    public int remoteAddress() {
        return c.remoteIp;
    }

    public int remotePort() {
        return c.remotePort;
    }

    private void ensureOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
    }

    /** The exception for a connection that ended abnormally, if it did. */
    private void failIfBroken() throws SocketException {
        TcpError e = c.error();
        if (e == TcpError.RESET || e == TcpError.ABORTED) {
            throw new SocketException("Connection reset");
        }
        if (e == TcpError.TIMED_OUT) {
            throw new SocketException("Connection timed out");
        }
    }
}
