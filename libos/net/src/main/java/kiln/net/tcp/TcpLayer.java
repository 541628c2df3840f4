package kiln.net.tcp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.PriorityQueue;
import kiln.net.Clock;
import kiln.net.Entropy;
import kiln.net.IpOutput;
import kiln.net.PacketBuffer;

/**
 * The TCP layer of one stack: demultiplexes incoming segments to connections and listeners, answers
 * segments for nobody with RSTs, allocates ephemeral ports and drives all timers. Single-threaded and
 * event-driven: the owner calls {@link #receive} for each segment from IP, and {@link #onTimers} when
 * {@link #nextDeadline} has passed; application calls on connections may happen in between.
 */
public final class TcpLayer {
    private static final long SECOND = 1_000_000_000L;

    final IpOutput ip;
    final Clock clock;
    final Entropy entropy;
    final TcpConfig cfg;
    final TcpStats stats = new TcpStats();
    private final IsnGenerator isn;
    /** Same construction with its own key: per-4-tuple timestamp offsets. */
    private final IsnGenerator tsOffsets;
    /**
     * Connections by (remote address, local port, remote port). The local address is checked after the
     * lookup, so a host with several addresses still can't confuse two connections; it only can't open
     * two connections that differ in nothing but the local address.
     */
    private final ConnectionTable connections = new ConnectionTable();
    private final HashMap<Integer, TcpListener> listeners = new HashMap<>();
    private final HashMap<Integer, Integer> portUse = new HashMap<>();
    private final ArrayList<TcpConnection> scratch = new ArrayList<>();
    /**
     * Timer entries ordered by deadline. Entries are never updated in place: a connection whose timer
     * moves earlier gets a new entry ({@link #timersChanged}); entries that no longer match their
     * connection's deadline are dropped lazily. So finding the next deadline is O(log n), not a scan
     * of all connections (there may be thousands in TIME-WAIT).
     */
    private final PriorityQueue<TimerEntry> timers = new PriorityQueue<>();

    private record TimerEntry(long deadline, TcpConnection connection) implements Comparable<TimerEntry> {
        @Override
        public int compareTo(TimerEntry o) {
            return Long.compare(deadline, o.deadline);
        }
    }
    private final TcpSegment segment = new TcpSegment();
    private long challengeWindowStart;
    private int challengeCount;

    public TcpLayer(IpOutput ip, Clock clock, Entropy entropy, TcpConfig cfg) {
        this.ip = ip;
        this.clock = clock;
        this.entropy = entropy;
        this.cfg = cfg;
        this.isn = new IsnGenerator(entropy.nextLong(), entropy.nextLong());
        this.tsOffsets = new IsnGenerator(entropy.nextLong(), entropy.nextLong());
    }

    public TcpStats stats() {
        return stats;
    }

    /** Active open from an ephemeral port (RFC 6056 style: random start, then linear probing). */
    public TcpConnection connect(int localIp, int remoteIp, int remotePort) {
        int range = cfg.ephemeralHigh - cfg.ephemeralLow + 1;
        int first = (int) Long.remainderUnsigned(entropy.nextLong(), range);
        for (int i = 0; i < range; i++) {
            int port = cfg.ephemeralLow + (first + i) % range;
            if (!portUse.containsKey(port) && !listeners.containsKey(port)) {
                return connect(localIp, port, remoteIp, remotePort);
            }
        }
        throw new IllegalStateException("no free ephemeral port");
    }

    /** Active open from a given local port. */
    public TcpConnection connect(int localIp, int localPort, int remoteIp, int remotePort) {
        if (connections.get(key(remoteIp, localPort, remotePort)) != null) {
            throw new IllegalStateException("connection " + localPort + "->" + remotePort + " already exists");
        }
        stats.activeOpens++;
        TcpConnection c = register(new TcpConnection(this, localIp, localPort, remoteIp, remotePort, null));
        c.openActive(clock.nanoTime());
        return c;
    }

    /** Passive open on {@code port} for any local address. */
    public TcpListener listen(int port, int backlog) {
        if (port <= 0 || port > 65535 || listeners.containsKey(port)) {
            throw new IllegalStateException("port " + port + " is not available for listening");
        }
        TcpListener l = new TcpListener(this, port, backlog);
        listeners.put(port, l);
        return l;
    }

    /** One segment from IP: {@code b} is the IP payload, already checked by IP. */
    public void receive(PacketBuffer b, int srcIp, int dstIp) {
        stats.segmentsIn++;
        TcpSegment s = segment;
        TcpDrop bad = s.parse(b, srcIp, dstIp);
        if (bad != null) {
            stats.drop(bad);
            return;
        }
        long now = clock.nanoTime();
        TcpConnection c = connections.get(key(srcIp, s.dstPort, s.srcPort));
        TcpConnection previous = null;
        if (c != null && c.localIp == dstIp) {
            boolean plainSyn = (s.flags & (TcpSegment.SYN | TcpSegment.ACK | TcpSegment.RST)) == TcpSegment.SYN;
            if (!(plainSyn && listeners.containsKey(s.dstPort) && c.acceptsNewIncarnation(s))) {
                c.input(s, now);
                return;
            }
            previous = c;
            stats.timeWaitReused++;
            c.replacedByNewIncarnation();
        }
        TcpListener l = listeners.get(s.dstPort);
        if (l != null) {
            // RFC 9293 §3.10.7.2 (LISTEN): ignore RSTs, reset ACKs, open on SYN.
            if (s.has(TcpSegment.RST)) {
                stats.drop(TcpDrop.UNEXPECTED);
            } else if (s.has(TcpSegment.ACK)) {
                stats.drop(TcpDrop.UNEXPECTED);
                sendReset(dstIp, s.dstPort, srcIp, s.srcPort, s.ack, 0, false);
            } else if (s.has(TcpSegment.SYN)) {
                l.onSyn(s, srcIp, dstIp, now, previous);
            } else {
                stats.drop(TcpDrop.UNEXPECTED);
            }
            return;
        }
        // RFC 9293 §3.10.7.1 (CLOSED): every segment but a RST is answered with a RST.
        stats.drop(TcpDrop.NO_SOCKET);
        if (!s.has(TcpSegment.RST)) {
            if (s.has(TcpSegment.ACK)) {
                sendReset(dstIp, s.dstPort, srcIp, s.srcPort, s.ack, 0, false);
            } else {
                sendReset(dstIp, s.dstPort, srcIp, s.srcPort, 0, s.seq + s.segmentLength(), true);
            }
        }
    }

    /** The earliest time (clock nanoseconds) at which {@link #onTimers} has work, or Long.MAX_VALUE. */
    public long nextDeadline() {
        while (!timers.isEmpty()) {
            TimerEntry e = timers.peek();
            TcpConnection c = e.connection();
            if (c.registeredDeadline == e.deadline() && c.nextDeadline() == e.deadline()) {
                return e.deadline();
            }
            // Stale (a fresher entry exists, or the timer moved later or stopped): drop it, and
            // re-register the connection's real deadline if this was its current entry.
            timers.poll();
            if (c.registeredDeadline == e.deadline()) {
                c.registeredDeadline = Long.MAX_VALUE;
                timersChanged(c);
            }
        }
        return Long.MAX_VALUE;
    }

    /** Runs every timer that is due at {@code now}. */
    public void onTimers(long now) {
        scratch.clear();
        while (!timers.isEmpty() && timers.peek().deadline() <= now) {
            TimerEntry e = timers.poll();
            TcpConnection c = e.connection();
            if (c.registeredDeadline != e.deadline()) {
                continue; // stale
            }
            c.registeredDeadline = Long.MAX_VALUE;
            if (c.nextDeadline() <= now) {
                scratch.add(c);
            } else {
                timersChanged(c);
            }
        }
        for (TcpConnection c : scratch) {
            c.onTimers(now);
            timersChanged(c);
        }
        scratch.clear();
    }

    /**
     * True while some connection has data or a FIN the peer has not acknowledged: what a host
     * must keep sending after the application has closed or exited (Linux does, for closed sockets).
     */
    public boolean hasUnacknowledgedOutput() {
        return connections.any(TcpConnection::hasUnacknowledgedOutput);
    }

    /** Connections this layer tracks (including TIME-WAIT and half-open ones). */
    public int connectionCount() {
        return connections.size();
    }

    // ---- services for connections and listeners ----

    /** A connection's timers may have changed: make sure an entry at or before its deadline exists. */
    void timersChanged(TcpConnection c) {
        long d = c.nextDeadline();
        if (d < c.registeredDeadline) {
            c.registeredDeadline = d;
            timers.add(new TimerEntry(d, c));
        }
    }

    TcpConnection register(TcpConnection c) {
        connections.put(key(c.remoteIp, c.localPort, c.remotePort), c);
        portUse.merge(c.localPort, 1, Integer::sum);
        return c;
    }

    void forget(TcpConnection c) {
        long k = key(c.remoteIp, c.localPort, c.remotePort);
        if (connections.get(k) == c) {
            connections.remove(k);
            portUse.computeIfPresent(c.localPort, (p, n) -> n == 1 ? null : n - 1);
        }
    }

    void unlisten(TcpListener l) {
        listeners.remove(l.port, l);
    }

    void abortHalfOpen(TcpListener l) {
        scratch.clear();
        connections.forEach(c -> {
            if (c.listener == l) {
                scratch.add(c);
            }
        });
        for (TcpConnection c : scratch) {
            c.abort();
        }
        scratch.clear();
    }

    int isn(int localIp, int localPort, int remoteIp, int remotePort, long now) {
        return isn.isn(localIp, localPort, remoteIp, remotePort, now);
    }

    int timestampOffset(int localIp, int localPort, int remoteIp, int remotePort) {
        return tsOffsets.isn(localIp, localPort, remoteIp, remotePort, 0);
    }

    /** RFC 5961 §7: at most {@link TcpConfig#challengeAckLimit} challenge ACKs per second. */
    boolean allowChallengeAck(long now) {
        if (challengeCount == 0 || now - challengeWindowStart >= SECOND) {
            challengeWindowStart = now;
            challengeCount = 0;
        }
        if (challengeCount < cfg.challengeAckLimit) {
            challengeCount++;
            stats.challengeAcks++;
            return true;
        }
        stats.challengeAcksSuppressed++;
        return false;
    }

    void transmit(PacketBuffer b, int srcIp, int dstIp) {
        stats.segmentsOut++;
        ip.send(b, srcIp, dstIp, TcpSegment.PROTOCOL);
    }

    /** A RST that belongs to no connection (RFC 9293 §3.10.7.1 and the SYN-SENT/SYN-RECEIVED cases). */
    void sendReset(int localIp, int localPort, int remoteIp, int remotePort, int seq, int ack, boolean withAck) {
        PacketBuffer b = new PacketBuffer(PacketBuffer.HEADROOM).resetForPayload();
        int flags = TcpSegment.RST | (withAck ? TcpSegment.ACK : 0);
        TcpEncoder.encode(b, localIp, remoteIp, localPort, remotePort, seq, ack, flags, 0, -1, -1, false, 0, 0,
                ip.completesChecksums(remoteIp));
        stats.resetsSent++;
        transmit(b, localIp, remoteIp);
    }

    private static long key(int remoteIp, int localPort, int remotePort) {
        return ((long) remoteIp << 32) | ((long) localPort << 16) | remotePort;
    }
}
