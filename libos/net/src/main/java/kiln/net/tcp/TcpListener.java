package kiln.net.tcp;

import java.util.ArrayDeque;

/**
 * A passive open (LISTEN, RFC 9293 §3.10.7.2) on a local port, for any local address. Incoming SYNs
 * create half-open connections in SYN-RECEIVED; those that complete the handshake wait in the accept
 * queue until {@link #accept()}. Both are bounded: the accept queue by the backlog, half-open
 * connections by {@link TcpConfig#maxHalfOpen}. A SYN that finds either full is dropped silently, so
 * the client's SYN retransmission tries again later (what a full queue means to a client).
 */
public final class TcpListener {
    private final TcpLayer layer;
    public final int port;
    private final int backlog;
    private final ArrayDeque<TcpConnection> acceptQueue = new ArrayDeque<>();
    private int halfOpen;
    private boolean closed;
    private TcpReadiness hook;
    private int lastOps;

    TcpListener(TcpLayer layer, int port, int backlog) {
        this.layer = layer;
        this.port = port;
        this.backlog = Math.max(1, backlog);
    }

    /** The next established connection, or null if none is waiting (non-blocking). */
    public TcpConnection accept() {
        TcpConnection c = acceptQueue.pollFirst();
        if (c != null) {
            c.listener = null;
            notifyReadiness();
        }
        return c;
    }

    /** Connections waiting to be accepted. */
    public int pending() {
        return acceptQueue.size();
    }

    /** Half-open connections (SYN received, handshake not complete). */
    public int halfOpen() {
        return halfOpen;
    }

    public boolean isClosed() {
        return closed;
    }

    public int readyOps() {
        return (acceptQueue.isEmpty() ? 0 : TcpReadiness.OP_ACCEPT) | (closed ? TcpReadiness.CLOSED : 0);
    }

    public void setReadinessHook(TcpReadiness hook) {
        this.hook = hook;
        lastOps = readyOps();
    }

    /** Stops listening; connections not yet accepted are reset. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        layer.unlisten(this);
        layer.abortHalfOpen(this);
        while (!acceptQueue.isEmpty()) {
            TcpConnection c = acceptQueue.pollFirst();
            c.listener = null;
            c.abort();
        }
        notifyReadiness();
    }

    void onSyn(TcpSegment syn, int remoteIp, int localIp, long now, TcpConnection previous) {
        if (acceptQueue.size() >= backlog) {
            layer.stats.drop(TcpDrop.BACKLOG_FULL);
            return;
        }
        if (halfOpen >= layer.cfg.maxHalfOpen) {
            layer.stats.drop(TcpDrop.HALF_OPEN_FULL);
            return;
        }
        halfOpen++;
        layer.stats.passiveOpens++;
        TcpConnection c = layer.register(new TcpConnection(layer, localIp, port, remoteIp, syn.srcPort, this));
        c.openPassive(syn, now, previous);
    }

    /** True if one more connection fits in the accept queue. */
    boolean hasRoom() {
        return acceptQueue.size() < backlog;
    }

    /** A half-open connection completed its handshake. */
    void established(TcpConnection c) {
        halfOpen--;
        acceptQueue.addLast(c);
        notifyReadiness();
    }

    /** A connection of ours closed before it was accepted. */
    void forget(TcpConnection c) {
        if (!acceptQueue.remove(c)) {
            halfOpen--;
        }
        notifyReadiness();
    }

    private void notifyReadiness() {
        int ops = readyOps();
        if (ops != lastOps) {
            lastOps = ops;
            if (hook != null) {
                hook.readinessChanged(ops);
            }
        }
    }
}
