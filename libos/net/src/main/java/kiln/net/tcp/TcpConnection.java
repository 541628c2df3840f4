package kiln.net.tcp;

import static kiln.net.tcp.TcpSegment.ACK;
import static kiln.net.tcp.TcpSegment.FIN;
import static kiln.net.tcp.TcpSegment.PSH;
import static kiln.net.tcp.TcpSegment.RST;
import static kiln.net.tcp.TcpSegment.SYN;

import kiln.net.PacketBuffer;

/**
 * One TCP connection: the state machine of RFC 9293 §3.10 plus the RFC 5961 defences, RFC 6298
 * retransmission, RFC 5681/6582 congestion control and RFC 7323 options, behind a non-blocking API.
 *
 * <p>Send-side positions are stream offsets ({@code long}): the SYN is offset -1, the first data byte
 * offset 0, our FIN offset {@code finOff}. {@link #seqOf} maps them to sequence numbers, so window and
 * queue arithmetic never has to think about wrap-around.
 *
 * <p>Non-blocking API: {@link #write} returns how many bytes were queued (0 when the buffer is full),
 * {@link #read} how many were returned (0 when none yet, -1 at end of stream or after an error);
 * {@link #readyOps} and the {@link TcpReadiness} hook say when to try again.
 */
public final class TcpConnection {
    /** RFC 7323 §5.5: a TS.Recent older than 24 days is no longer trusted for PAWS. */
    private static final long TS_RECENT_MAX_AGE = 24L * 24 * 3600 * 1_000_000_000L;
    private static final long MS = 1_000_000L;
    /** RFC 9293 §3.7.1: the send MSS when the peer sends no MSS option. */
    private static final int DEFAULT_MSS = 536;
    private static final int TS_OPTION = 12;
    /** "Timer not running": clocks may return any long, including negative ones. */
    private static final long NEVER = Long.MIN_VALUE;

    private final TcpLayer layer;
    private final TcpConfig cfg;
    private final TcpStats stats;
    /** The listener of a passive open until the application accepts it. */
    TcpListener listener;
    private final boolean passive;
    public final int localIp;
    public final int localPort;
    public final int remoteIp;
    public final int remotePort;

    private TcpState state = TcpState.CLOSED;
    private TcpError error = TcpError.NONE;
    private TcpReadiness hook;
    private int lastOps;

    // ---- send side (RFC 9293 §3.3.1 SND.*) ----
    private int iss;
    private final SendQueue sndQ;
    private long una = -1;
    private long nxt = -1;
    /** Highest offset ever sent (exclusive); nxt falls back to una after a timeout, max does not. */
    private long max = -1;
    private boolean finQueued;
    private long finOff;
    private long sndWnd;
    private int sndWl1;
    private int sndWl2;
    private long maxSndWnd;
    private int sndScale;
    private int peerMss = DEFAULT_MSS;
    /** Payload bytes per full-sized segment we send (send MSS minus options we always carry). */
    private int effMss = DEFAULT_MSS;
    private boolean outputShut;
    private boolean noDelay;

    // ---- receive side (RCV.*) ----
    private int irs;
    private int rcvNxt;
    /** Right edge of the window we have advertised; never moved left (RFC 9293 §3.8.6). */
    private int rcvAdv;
    private final int rcvScale;
    private final ReceiveBuffer rcvBuf;
    private final int ourMss;
    private boolean finReceived;
    private boolean pendingFin;
    private int pendingFinSeq;
    private boolean inputShut;

    // ---- options (RFC 7323) ----
    private boolean wsOn;
    private boolean tsOn;
    private int tsRecent;
    private boolean tsRecentValid;
    private long tsRecentTime;
    private final int tsOffset;
    private int lastAckSent;

    // ---- timers (absolute clock nanoseconds, NEVER = off) ----
    private long rtxAt = NEVER;
    private boolean persist;
    private int persistShift;
    private int retries;
    private long delAckAt = NEVER;
    private long keepAt = NEVER;
    /** TIME-WAIT expiry, or the orphaned FIN-WAIT-2 timeout. */
    private long lingerAt = NEVER;
    private boolean keepAlive;
    private int keepSent;
    private long lastReceived;

    // ---- RTT and congestion ----
    private final RttEstimator rtt;
    private final NewReno cc = new NewReno();
    private boolean timing;
    private long timedOff;
    private long timedAt;
    private long synSentAt = NEVER;
    private boolean synRetransmitted;

    // ---- ACK policy ----
    private boolean ackNow;
    private int unackedBytes;

    TcpConnection(TcpLayer layer, int localIp, int localPort, int remoteIp, int remotePort, TcpListener listener) {
        this.layer = layer;
        this.cfg = layer.cfg;
        this.stats = layer.stats;
        this.localIp = localIp;
        this.localPort = localPort;
        this.remoteIp = remoteIp;
        this.remotePort = remotePort;
        this.listener = listener;
        this.passive = listener != null;
        this.sndQ = new SendQueue(cfg.sendBuffer);
        this.rcvBuf = new ReceiveBuffer(cfg.receiveBuffer, cfg.maxOutOfOrderRanges);
        this.rtt = new RttEstimator(cfg);
        this.tsOffset = layer.timestampOffset(localIp, localPort, remoteIp, remotePort);
        int scale = 0;
        while (cfg.windowScaling && scale < TcpSegment.MAX_WSCALE && (cfg.receiveBuffer >> scale) > 65535) {
            scale++;
        }
        this.rcvScale = scale;
        this.ourMss = Math.max(64, Math.min(cfg.maxMss, layer.ip.maxPayload(remoteIp) - TcpSegment.HEADER_LENGTH));
    }

    // =====================================================================================
    // Application API
    // =====================================================================================

    public TcpState state() {
        return state;
    }

    public TcpError error() {
        return error;
    }

    /** Bytes that {@link #read} can return without waiting. */
    public int available() {
        return rcvBuf.readable();
    }

    /** Bytes that {@link #write} can accept now. */
    public int writableSpace() {
        return canWrite() ? sndQ.space() : 0;
    }

    /** Nagle's algorithm off when true (TCP_NODELAY). */
    public void setNoDelay(boolean on) {
        noDelay = on;
        if (on) {
            output(layer.clock.nanoTime());
        }
        notifyReadiness();
    }

    /** Keepalive probes (SO_KEEPALIVE, RFC 9293 §3.8.4), timed by the layer's configuration. */
    public void setKeepAlive(boolean on) {
        keepAlive = on;
        keepAt = on && state.synchronizedState() ? lastReceived + cfg.keepaliveIdle : NEVER;
        notifyReadiness();
    }

    public void setReadinessHook(TcpReadiness hook) {
        this.hook = hook;
        lastOps = readyOps();
    }

    /**
     * Queues up to {@code len} bytes for sending; returns how many were taken (0 if the send buffer is
     * full or the handshake is not complete), or -1 if the connection can no longer send.
     */
    public int write(byte[] b, int off, int len) {
        if (!canWrite()) {
            return error != TcpError.NONE || outputShut || state == TcpState.CLOSED ? -1 : 0;
        }
        int n = sndQ.write(b, off, len);
        if (n > 0) {
            output(layer.clock.nanoTime());
        }
        notifyReadiness();
        return n;
    }

    /** Copies received bytes out; returns the count, 0 if none are ready yet, -1 at end of stream or on error. */
    public int read(byte[] b, int off, int len) {
        int n = rcvBuf.read(b, off, len);
        if (n > 0) {
            if (finReceived) {
                rcvBuf.release();
            }
            maybeSendWindowUpdate();
            notifyReadiness();
            return n;
        }
        if (finReceived || state == TcpState.CLOSED || error != TcpError.NONE) {
            return -1;
        }
        return 0;
    }

    /** Half-close: our FIN follows the data already queued (RFC 9293 §3.10.4). */
    public void shutdownOutput() {
        if (outputShut) {
            return;
        }
        outputShut = true;
        long now = layer.clock.nanoTime();
        switch (state) {
            case SYN_SENT -> enterClosed();
            case SYN_RECEIVED, ESTABLISHED -> {
                queueFin();
                if (state == TcpState.ESTABLISHED) {
                    state = TcpState.FIN_WAIT_1;
                }
            }
            case CLOSE_WAIT -> {
                queueFin();
                state = TcpState.LAST_ACK;
            }
            default -> {
            }
        }
        output(now);
        notifyReadiness();
    }

    /**
     * Closes both directions. Unread received data means the peer's bytes would be lost silently, so
     * the connection is reset instead (RFC 9293 §3.10.4 allows it; RFC 2525 §2.17 recommends it).
     */
    public void close() {
        inputShut = true;
        if (rcvBuf.readable() > 0 && state != TcpState.CLOSED) {
            abort();
            return;
        }
        shutdownOutput();
        if (state == TcpState.FIN_WAIT_2) {
            lingerAt = layer.clock.nanoTime() + cfg.finWait2Timeout;
        }
        notifyReadiness();
    }

    /** Resets the connection now (RFC 9293 §3.10.5 ABORT). */
    public void abort() {
        if (state == TcpState.CLOSED) {
            return;
        }
        if (state != TcpState.SYN_SENT && state != TcpState.TIME_WAIT) {
            sendRst(layer.clock.nanoTime());
        }
        inputShut = true;
        outputShut = true;
        fail(TcpError.ABORTED);
    }

    /** Readiness as {@link TcpReadiness} bits. */
    public int readyOps() {
        int ops = 0;
        if (rcvBuf.readable() > 0 || finReceived || state == TcpState.CLOSED) {
            ops |= TcpReadiness.OP_READ;
        }
        if ((canWrite() && sndQ.space() > 0) || error != TcpError.NONE) {
            ops |= TcpReadiness.OP_WRITE;
        }
        if (state != TcpState.SYN_SENT && state != TcpState.SYN_RECEIVED) {
            ops |= TcpReadiness.OP_CONNECT;
        }
        if (state == TcpState.CLOSED) {
            ops |= TcpReadiness.CLOSED;
        }
        return ops;
    }

    private boolean canWrite() {
        return !outputShut && error == TcpError.NONE
                && (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT);
    }

    // =====================================================================================
    // Opening
    // =====================================================================================

    void openActive(long now) {
        iss = layer.isn(localIp, localPort, remoteIp, remotePort, now);
        state = TcpState.SYN_SENT;
        lastReceived = now;
        sendSyn(now);
        rtxAt = now + rtt.rto();
        notifyReadiness();
    }

    /**
     * Passive open from a SYN. {@code previous} is the TIME-WAIT incarnation this one replaces (RFC
     * 1122 §4.2.2.13: the new ISS must lie above every sequence number the old one used), or null.
     */
    void openPassive(TcpSegment syn, long now, TcpConnection previous) {
        iss = layer.isn(localIp, localPort, remoteIp, remotePort, now);
        if (previous != null && Seq.le(iss, previous.sndNxtSeq() + 1)) {
            iss = previous.sndNxtSeq() + 0x20000;
        }
        state = TcpState.SYN_RECEIVED;
        lastReceived = now;
        learnSyn(syn, now);
        sndWnd = syn.window; // never scaled in a SYN (RFC 7323 §2.2)
        sndWl1 = syn.seq;
        maxSndWnd = sndWnd;
        sendSyn(now);
        rtxAt = now + rtt.rto();
        lastOps = readyOps();
        layer.timersChanged(this);
    }

    /** Records what the peer's SYN says: its ISN and options (RFC 9293 §3.7.1, RFC 7323 §1.3). */
    private void learnSyn(TcpSegment s, long now) {
        irs = s.seq;
        rcvNxt = irs + 1;
        rcvAdv = rcvNxt;
        peerMss = s.mss > 0 ? s.mss : DEFAULT_MSS;
        wsOn = cfg.windowScaling && s.windowScale >= 0;
        sndScale = wsOn ? s.windowScale : 0;
        if (cfg.timestamps && s.hasTimestamps) {
            tsOn = true;
            tsRecent = s.tsVal;
            tsRecentValid = true;
            tsRecentTime = now;
        }
    }

    private void becomeEstablished(long now) {
        // The send MSS is what the peer accepts, clamped to what IP can carry; the options we put on
        // every segment come out of it (RFC 6691).
        int sendMss = Math.min(peerMss, layer.ip.maxPayload(remoteIp) - TcpSegment.HEADER_LENGTH);
        effMss = Math.max(1, sendMss - (tsOn ? TS_OPTION : 0));
        sndQ.setChunkPayload(effMss);
        cc.init(effMss);
        una = 0;
        nxt = Math.max(nxt, 0);
        max = Math.max(max, 0);
        rtxAt = NEVER;
        retries = 0;
        state = finQueued ? TcpState.FIN_WAIT_1 : TcpState.ESTABLISHED;
        if (keepAlive) {
            keepAt = now + cfg.keepaliveIdle;
        }
        if (listener != null) {
            listener.established(this);
        }
    }

    /** RTT sample from the handshake, unless the SYN was retransmitted (Karn). */
    private void handshakeRtt(TcpSegment s, long now) {
        if (tsOn && s.hasTimestamps && s.tsEcr != 0) {
            rtt.sample((long) (tsNow(now) - s.tsEcr) * MS);
        } else if (!synRetransmitted && synSentAt != NEVER) {
            rtt.sample(now - synSentAt);
        }
    }

    // =====================================================================================
    // Segment arrival (RFC 9293 §3.10.7)
    // =====================================================================================

    void input(TcpSegment s, long now) {
        lastReceived = now;
        keepSent = 0;
        if (keepAlive && keepAt != NEVER) {
            keepAt = now + cfg.keepaliveIdle;
        }
        switch (state) {
            case CLOSED -> stats.drop(TcpDrop.UNEXPECTED);
            case SYN_SENT -> inputSynSent(s, now);
            default -> inputSynchronized(s, now);
        }
        notifyReadiness();
    }

    /** RFC 9293 §3.10.7.3, with RFC 5961 §3 for the RST. */
    private void inputSynSent(TcpSegment s, long now) {
        boolean ackOk = false;
        if (s.has(ACK)) {
            // The only acceptable ACK acknowledges our SYN: SND.UNA (ISS) < SEG.ACK <= SND.NXT (ISS+1).
            if (s.ack != iss + 1) {
                stats.drop(TcpDrop.BAD_ACK);
                if (!s.has(RST)) {
                    layer.sendReset(localIp, localPort, remoteIp, remotePort, s.ack, 0, false);
                }
                return;
            }
            ackOk = true;
        }
        if (s.has(RST)) {
            if (ackOk) {
                stats.resetsReceived++;
                fail(TcpError.REFUSED);
            } else {
                stats.drop(TcpDrop.UNEXPECTED);
            }
            return;
        }
        if (!s.has(SYN)) {
            stats.drop(TcpDrop.UNEXPECTED);
            return;
        }
        learnSyn(s, now);
        if (!cfg.windowScaling || s.windowScale < 0) {
            wsOn = false;
            sndScale = 0;
        }
        sndWnd = s.window;
        sndWl1 = s.seq;
        sndWl2 = s.ack;
        maxSndWnd = sndWnd;
        if (ackOk) {
            handshakeRtt(s, now);
            becomeEstablished(now);
            // Data carried by a SYN-ACK is not taken; the peer will retransmit it.
            sendAck(now);
        } else {
            // Simultaneous open (RFC 9293 §3.5, figure 8): answer with SYN-ACK, keep the SYN timer.
            state = TcpState.SYN_RECEIVED;
            sendSyn(now);
        }
    }

    /** RFC 9293 §3.10.7.4 for SYN-RECEIVED and all synchronized states. */
    private void inputSynchronized(TcpSegment s, long now) {
        boolean rst = s.has(RST);
        if (state == TcpState.SYN_RECEIVED && s.has(SYN) && s.has(ACK) && s.seq == irs && !rst) {
            // Simultaneous open (RFC 9293 §3.5 figure 8, line 4): the peer's SYN-ACK repeats the SYN we
            // already have; only its ACK is new. Treat the SYN as the old part of the segment.
            s.flags &= ~SYN;
            s.seq++;
        }
        // RFC 7323 §5.3 PAWS: a segment with a timestamp older than TS.Recent is an old duplicate.
        if (tsOn && s.hasTimestamps && !rst && tsRecentValid && Seq.lt(s.tsVal, tsRecent)) {
            if (now - tsRecentTime > TS_RECENT_MAX_AGE) {
                tsRecentValid = false;
            } else {
                stats.drop(TcpDrop.PAWS);
                sendAck(now);
                return;
            }
        }
        // First check: is any of the segment inside the receive window?
        int segLen = s.segmentLength();
        int wnd = Math.max(0, rcvAdv - rcvNxt);
        boolean dataToClosedWindow = false;
        if (!acceptable(s.seq, segLen, wnd)) {
            if (wnd == 0 && s.seq == rcvNxt && !rst) {
                // RFC 9293: with a zero window, still process the ACK of a probe, just not its data.
                dataToClosedWindow = true;
            } else {
                stats.drop(TcpDrop.OUT_OF_WINDOW);
                if (!rst) {
                    if (state == TcpState.TIME_WAIT && s.has(FIN)) {
                        lingerAt = now + cfg.timeWait(); // retransmitted FIN: restart 2*MSL
                    }
                    sendAck(now);
                }
                return;
            }
        }
        // Second check: RST. RFC 5961 §3.2: only an exact RCV.NXT match resets; other in-window RSTs
        // get a challenge ACK, so a blind attacker must guess the exact sequence number.
        if (rst) {
            if (s.seq != rcvNxt) {
                stats.drop(TcpDrop.RST_IN_WINDOW);
                challengeAck(now);
                return;
            }
            stats.resetsReceived++;
            switch (state) {
                case SYN_RECEIVED -> {
                    if (passive) {
                        enterClosed(); // back to LISTEN: the listener just loses the half-open entry
                    } else {
                        fail(TcpError.REFUSED);
                    }
                }
                case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> {
                    rcvBuf.clear();
                    fail(TcpError.RESET);
                }
                default -> enterClosed();
            }
            return;
        }
        // Fourth check: SYN. RFC 5961 §4.2: never reset on a SYN, always challenge.
        if (s.has(SYN)) {
            stats.drop(TcpDrop.SYN_IN_WINDOW);
            challengeAck(now);
            return;
        }
        if (!s.has(ACK)) {
            stats.drop(TcpDrop.NO_ACK);
            return;
        }
        // RFC 7323 §4.3: remember the peer's timestamp for echoing and PAWS.
        if (tsOn && s.hasTimestamps && Seq.le(s.seq, lastAckSent)
                && (!tsRecentValid || Seq.ge(s.tsVal, tsRecent))) {
            tsRecent = s.tsVal;
            tsRecentValid = true;
            tsRecentTime = now;
        }
        if (state == TcpState.SYN_RECEIVED) {
            if (s.ack != iss + 1) {
                stats.drop(TcpDrop.BAD_ACK);
                layer.sendReset(localIp, localPort, remoteIp, remotePort, s.ack, 0, false);
                return;
            }
            if (listener != null && !listener.hasRoom()) {
                stats.drop(TcpDrop.BACKLOG_FULL); // stay half-open; the peer's next segment retries
                return;
            }
            handshakeRtt(s, now);
            sndWnd = (long) s.window << sndScale;
            sndWl1 = s.seq;
            sndWl2 = s.ack;
            maxSndWnd = Math.max(maxSndWnd, sndWnd);
            becomeEstablished(now);
        }
        if (!processAck(s, now)) {
            return;
        }
        if (!dataToClosedWindow && (s.payloadLength > 0 || s.has(FIN))) {
            receiveText(s, now);
        } else if (dataToClosedWindow) {
            ackNow = true;
        }
        if (state != TcpState.CLOSED) {
            output(now);
        }
    }

    /** RFC 9293 §3.10.7.4 table 6: the four cases of segment acceptability. */
    private boolean acceptable(int seq, int segLen, int wnd) {
        if (segLen == 0) {
            return wnd == 0 ? seq == rcvNxt : Seq.inWindow(seq, rcvNxt, wnd);
        }
        return wnd != 0 && (Seq.inWindow(seq, rcvNxt, wnd) || Seq.inWindow(seq + segLen - 1, rcvNxt, wnd));
    }

    /** The ACK field (fifth check). Returns false when the segment must not be processed further. */
    private boolean processAck(TcpSegment s, long now) {
        int d = s.ack - seqOf(una);
        if (d > max - una) {
            stats.drop(TcpDrop.BAD_ACK); // acknowledges something never sent
            sendAck(now);
            return false;
        }
        if (d < 0 && -(long) d > maxSndWnd) {
            stats.drop(TcpDrop.BAD_ACK); // RFC 5961 §5.2: far below SND.UNA - MAX.SND.WND
            challengeAck(now);
            return false;
        }
        long newWnd = (long) s.window << sndScale;
        boolean windowUpdate = d >= 0 && (Seq.lt(sndWl1, s.seq) || (sndWl1 == s.seq && Seq.le(sndWl2, s.ack)));
        if (d > 0) {
            newAck(d, s, now);
        } else if (d == 0 && s.payloadLength == 0 && !s.has(FIN) && una < max && newWnd == sndWnd && sndWnd > 0) {
            // A duplicate ACK in the sense of RFC 5681 §2.
            if (cc.onDupAck(una, max - una, max)) {
                stats.fastRetransmits++;
                timing = false;
                retransmitHead(now);
            }
        }
        if (windowUpdate) {
            sndWnd = newWnd;
            sndWl1 = s.seq;
            sndWl2 = s.ack;
            maxSndWnd = Math.max(maxSndWnd, sndWnd);
        }
        if (persist && sndWnd > 0) {
            persist = false;
            persistShift = 0;
            rtxAt = una < max ? now + rtt.rto() : NEVER;
        }
        boolean finAcked = finQueued && una > finOff;
        if (finAcked) {
            sndQ.releaseAll();
        }
        switch (state) {
            case FIN_WAIT_1 -> {
                if (finAcked) {
                    state = TcpState.FIN_WAIT_2;
                    if (inputShut) {
                        lingerAt = now + cfg.finWait2Timeout;
                    }
                }
            }
            case CLOSING -> {
                if (finAcked) {
                    enterTimeWait(now);
                }
            }
            case LAST_ACK -> {
                if (finAcked) {
                    enterClosed();
                    return false;
                }
            }
            default -> {
            }
        }
        return true;
    }

    /** SND.UNA advances by {@code d}. */
    private void newAck(int d, TcpSegment s, long now) {
        long acked = d;
        una += d;
        if (nxt < una) {
            nxt = una;
        }
        sndQ.acknowledge(Math.min(una, sndQ.endOffset()));
        // RTT: RFC 7323 §4.1 (RTTM) when timestamps are on, else one timed segment at a time (RFC 6298 §3).
        if (tsOn && s.hasTimestamps && s.tsEcr != 0) {
            rtt.sample((long) (tsNow(now) - s.tsEcr) * MS);
        } else if (timing && una >= timedOff) {
            rtt.sample(now - timedAt);
            timing = false;
        }
        retries = 0;
        if (cc.onAck(acked, una, max - una)) {
            retransmitHead(now); // NewReno partial ACK
        }
        if (una >= max) {
            if (!persist) {
                rtxAt = NEVER;
            }
        } else if (!persist) {
            rtxAt = now + rtt.rto(); // RFC 6298 §5.3
        }
    }

    /** The text and FIN (sixth to eighth checks). */
    private void receiveText(TcpSegment s, long now) {
        int off = s.payloadStart;
        int len = s.payloadLength;
        int dist = s.seq - rcvNxt;
        if (dist < 0) {
            off -= dist; // leading bytes we already have
            len += dist;
            dist = 0;
        }
        boolean fin = s.has(FIN);
        int room = rcvBuf.free() - dist;
        if (len > room) {
            len = Math.max(0, room);
            fin = false; // the FIN lies beyond what we can take
        }
        boolean mayReceive = state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1
                || state == TcpState.FIN_WAIT_2;
        if (len > 0 && mayReceive) {
            if (inputShut) {
                // Data for an application that closed: the bytes can never be delivered (RFC 9293 §3.10.4).
                stats.drop(TcpDrop.AFTER_CLOSE);
                abort();
                return;
            }
            boolean hadGap = rcvBuf.hasOutOfOrder();
            int advance = rcvBuf.store(dist, s.buf.data, off, len);
            if (advance < 0) {
                stats.drop(TcpDrop.REASSEMBLY_FULL);
                fin = false;
                ackNow = true;
            } else {
                rcvNxt += advance;
                if (dist > 0 || hadGap) {
                    ackNow = true; // RFC 5681 §4.2: out-of-order and gap-filling data is ACKed at once
                } else {
                    // RFC 9293 §3.8.6.3: ACK at least every second full-sized segment, else within the delay.
                    unackedBytes += advance;
                    if (unackedBytes >= 2 * Math.min(effMss, ourMss - (tsOn ? TS_OPTION : 0))) {
                        ackNow = true;
                    } else if (delAckAt == NEVER) {
                        delAckAt = now + cfg.delayedAck;
                    }
                }
            }
        } else if (s.payloadLength > 0) {
            ackNow = true;
        }
        if (fin && mayReceiveFin()) {
            pendingFin = true;
            pendingFinSeq = s.seq + s.payloadLength;
        }
        if (pendingFin && rcvNxt == pendingFinSeq && !finReceived) {
            pendingFin = false;
            finReceived = true;
            rcvNxt++;
            rcvBuf.release();
            ackNow = true;
            switch (state) {
                case ESTABLISHED -> state = TcpState.CLOSE_WAIT;
                case FIN_WAIT_1 -> {
                    if (una > finOff) {
                        enterTimeWait(now);
                    } else {
                        state = TcpState.CLOSING; // simultaneous close (RFC 9293 §3.6, figure 13)
                    }
                }
                case FIN_WAIT_2 -> enterTimeWait(now);
                default -> {
                }
            }
        }
    }

    private boolean mayReceiveFin() {
        return state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1 || state == TcpState.FIN_WAIT_2;
    }

    // =====================================================================================
    // Sending
    // =====================================================================================

    /** Sends whatever the windows, Nagle and silly-window avoidance allow, then any ACK that is due. */
    private void output(long now) {
        boolean sent = false;
        if (una >= 0 && state != TcpState.TIME_WAIT && state != TcpState.CLOSED) {
            while (true) {
                long dataEnd = sndQ.endOffset();
                long avail = Math.max(0, dataEnd - nxt);
                long usable = una + Math.min(sndWnd, cc.cwnd) - nxt;
                int len = (int) Math.max(0, Math.min(Math.min(avail, effMss), usable));
                boolean fin = finQueued && nxt <= finOff && nxt + len == finOff;
                if (len == 0 && !fin) {
                    break;
                }
                if (len < effMss && len < avail && len < maxSndWnd / 2) {
                    break; // sender silly-window avoidance (RFC 9293 §3.8.6.2.1): wait for a bigger window
                }
                if (len < effMss && len == avail && !fin && !noDelay && nxt > una) {
                    break; // Nagle (RFC 9293 §3.7.4): one small segment in flight at a time
                }
                transmitData(nxt, len, fin, now);
                nxt += len + (fin ? 1 : 0);
                max = Math.max(max, nxt);
                sent = true;
            }
            if (nxt > una) {
                if (rtxAt == NEVER) {
                    rtxAt = now + rtt.rto();
                    persist = false;
                }
            } else if (rtxAt == NEVER && sndQ.endOffset() > nxt) {
                // Data waits for a window that is closed: the persist timer probes it (RFC 9293 §3.8.6.1).
                persist = true;
                rtxAt = now + persistInterval();
            }
        }
        if (ackNow && !sent) {
            sendAck(now);
        }
    }

    private long persistInterval() {
        long t = rtt.rto();
        for (int i = 0; i < persistShift && t < cfg.maxRto; i++) {
            t *= 2;
        }
        return Math.min(t, cfg.maxRto);
    }

    /** Sends stream bytes {@code [off, off+len)} (and our FIN after them when {@code fin}). */
    private void transmitData(long off, int len, boolean fin, long now) {
        boolean first = off >= max;
        PacketBuffer b = len > 0 ? sndQ.segment(off, len, first) : emptyBuffer();
        if (!first) {
            stats.retransmits++;
        } else if (len > 0 && !timing && !tsOn) {
            timing = true;
            timedOff = off + len;
            timedAt = now;
        }
        int flags = ACK | (fin ? FIN : 0) | (len > 0 && off + len == sndQ.endOffset() ? PSH : 0);
        emit(b, seqOf(off), flags, now);
    }

    /** Retransmits the first unacknowledged segment (fast retransmit, NewReno partial ACK). */
    private void retransmitHead(long now) {
        int len = (int) Math.max(0, Math.min(effMss, sndQ.endOffset() - una));
        boolean fin = finQueued && una + len == finOff;
        if (len > 0 || fin) {
            transmitData(una, len, fin, now);
        }
    }

    private void queueFin() {
        finQueued = true;
        finOff = sndQ.endOffset();
    }

    private void sendSyn(long now) {
        if (synSentAt == NEVER) {
            synSentAt = now;
        } else {
            synRetransmitted = true;
        }
        int flags = state == TcpState.SYN_RECEIVED ? SYN | ACK : SYN;
        emit(emptyBuffer(), iss, flags, now);
        nxt = Math.max(nxt, 0);
        max = Math.max(max, 0);
    }

    /** A pure ACK (in SYN-RECEIVED the SYN-ACK again, since our SYN is not yet acknowledged). */
    private void sendAck(long now) {
        if (state == TcpState.CLOSED || state == TcpState.SYN_SENT) {
            return;
        }
        if (state == TcpState.SYN_RECEIVED) {
            sendSyn(now);
            return;
        }
        emit(emptyBuffer(), seqOf(nxt), ACK, now);
    }

    /** RFC 5961 §7: challenge ACKs are rate-limited so they can't be used to amplify or probe. */
    private void challengeAck(long now) {
        if (layer.allowChallengeAck(now)) {
            sendAck(now);
        }
    }

    private void sendRst(long now) {
        int seq = state == TcpState.SYN_RECEIVED && una < 0 ? iss + 1 : seqOf(Math.max(nxt, 0));
        layer.sendReset(localIp, localPort, remoteIp, remotePort, seq, rcvNxt, true);
    }

    /** After a read: tell the peer about a window that has opened a lot (receiver side of RFC 9293 §3.8.6.2.2). */
    private void maybeSendWindowUpdate() {
        if (!state.synchronizedState() || finReceived) {
            return;
        }
        int cur = Math.max(0, rcvAdv - rcvNxt);
        int threshold = Math.min(rcvBuf.capacity() / 2, 2 * Math.max(1, ourMss - (tsOn ? TS_OPTION : 0)));
        if (rcvBuf.free() - cur >= threshold) {
            sendAck(layer.clock.nanoTime());
        }
    }

    /** Computes the window field, moving the advertised right edge only by worthwhile amounts. */
    private int windowField(boolean syn) {
        int free = rcvBuf.free();
        int cur = Math.max(0, rcvAdv - rcvNxt);
        if (free > cur) {
            int threshold = Math.min(rcvBuf.capacity() / 2, Math.max(1, ourMss - (tsOn ? TS_OPTION : 0)));
            if (free - cur >= threshold || cur == 0 && free == rcvBuf.capacity()) {
                rcvAdv = rcvNxt + free;
            }
        }
        int w = Math.max(0, rcvAdv - rcvNxt);
        return syn ? Math.min(w, 65535) : Math.min(w >> rcvScale, 65535);
    }

    /** Adds the header and hands the segment to IP. Every segment but a RST goes through here. */
    private void emit(PacketBuffer b, int seq, int flags, long now) {
        boolean syn = (flags & SYN) != 0;
        boolean ack = (flags & ACK) != 0;
        boolean ts = syn && state == TcpState.SYN_SENT ? cfg.timestamps : tsOn;
        int ws = -1;
        if (syn && (state == TcpState.SYN_SENT ? cfg.windowScaling : wsOn)) {
            ws = rcvScale;
        }
        int window = windowField(syn);
        TcpEncoder.encode(b, localIp, remoteIp, localPort, remotePort, seq, ack ? rcvNxt : 0, flags, window,
                syn ? ourMss : -1, ws, ts, tsNow(now), ack && tsOn ? tsRecent : 0, layer.ip.completesChecksums(remoteIp));
        if (ack) {
            lastAckSent = rcvNxt;
            ackNow = false;
            delAckAt = NEVER;
            unackedBytes = 0;
        }
        layer.transmit(b, localIp, remoteIp);
    }

    private static PacketBuffer emptyBuffer() {
        return new PacketBuffer(PacketBuffer.HEADROOM).resetForPayload();
    }

    /**
     * Our TSval: milliseconds plus an offset that is a keyed hash of the 4-tuple (RFC 7323 §5.4):
     * unpredictable to others, yet the same for every incarnation of a 4-tuple, so timestamps keep
     * increasing across incarnations, which lets a TIME-WAIT peer accept our new SYN (RFC 6191).
     */
    private int tsNow(long now) {
        return (int) (now / MS) + tsOffset;
    }

    private int seqOf(long off) {
        return iss + 1 + (int) off;
    }

    // =====================================================================================
    // Timers
    // =====================================================================================

    /** Deadline of this connection's freshest entry in the layer's timer queue (managed by TcpLayer). */
    long registeredDeadline = Long.MAX_VALUE;

    long nextDeadline() {
        long d = Long.MAX_VALUE;
        if (rtxAt != NEVER) d = Math.min(d, rtxAt);
        if (delAckAt != NEVER) d = Math.min(d, delAckAt);
        if (keepAt != NEVER) d = Math.min(d, keepAt);
        if (lingerAt != NEVER) d = Math.min(d, lingerAt);
        return d;
    }

    void onTimers(long now) {
        if (delAckAt != NEVER && now >= delAckAt) {
            delAckAt = NEVER;
            sendAck(now);
        }
        if (rtxAt != NEVER && now >= rtxAt) {
            rtxAt = NEVER;
            if (persist) {
                persistProbe(now);
            } else {
                retransmitTimeout(now);
            }
        }
        if (keepAt != NEVER && now >= keepAt && state != TcpState.CLOSED) {
            keepaliveTimer(now);
        }
        if (lingerAt != NEVER && now >= lingerAt && state != TcpState.CLOSED) {
            lingerAt = NEVER;
            if (state == TcpState.TIME_WAIT || state == TcpState.FIN_WAIT_2) {
                enterClosed();
            }
        }
        notifyReadiness();
    }

    /** RFC 6298 §5.4-5.7 and RFC 5681 §3.1 on expiry of the retransmission timer. */
    private void retransmitTimeout(long now) {
        retries++;
        stats.timeouts++;
        boolean handshake = state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED;
        if (retries > (handshake ? cfg.synRetries : cfg.maxRetries)) {
            if (state != TcpState.SYN_SENT) {
                sendRst(now);
            }
            fail(TcpError.TIMED_OUT);
            return;
        }
        rtt.backoff();
        timing = false; // Karn: nothing sent before the timeout may be timed
        if (handshake) {
            stats.retransmits++;
            sendSyn(now);
            rtxAt = now + rtt.rto();
            return;
        }
        cc.onTimeout(max - una, max);
        nxt = una; // go back: resend from the first unacknowledged byte as cwnd allows
        output(now);
        if (rtxAt == NEVER) {
            rtxAt = now + rtt.rto();
        }
    }

    /** Zero-window probe: one byte beyond the closed window, with backoff (RFC 9293 §3.8.6.1). */
    private void persistProbe(long now) {
        persist = false;
        if (sndWnd > 0) {
            // A small window held back by silly-window avoidance: the override timeout of RFC 9293
            // §3.8.6.2.1 has expired, so send what fits.
            persistShift = 0;
            int len = (int) Math.min(Math.min(sndWnd, effMss), sndQ.endOffset() - nxt);
            if (len > 0 && nxt == una) {
                transmitData(nxt, len, false, now);
                nxt += len;
                max = Math.max(max, nxt);
            }
            output(now);
            return;
        }
        stats.persistProbes++;
        if (++retries > cfg.maxRetries) {
            sendRst(now);
            fail(TcpError.TIMED_OUT);
            return;
        }
        long dataEnd = sndQ.endOffset();
        if (una < nxt && una < dataEnd) {
            transmitData(una, 1, false, now);
        } else if (nxt < dataEnd) {
            transmitData(nxt, 1, false, now);
            nxt++;
            max = Math.max(max, nxt);
        }
        persistShift++;
        persist = true;
        rtxAt = now + persistInterval();
    }

    private void keepaliveTimer(long now) {
        keepAt = NEVER;
        if (!keepAlive || !state.synchronizedState() || state == TcpState.TIME_WAIT) {
            return;
        }
        long due = lastReceived + cfg.keepaliveIdle + keepSent * cfg.keepaliveInterval;
        if (now < due) {
            keepAt = due;
            return;
        }
        if (keepSent >= cfg.keepaliveProbes) {
            sendRst(now);
            fail(TcpError.TIMED_OUT);
            return;
        }
        if (una >= max) {
            // RFC 9293 §3.8.4: a segment with SEG.SEQ = SND.NXT-1 and no data makes the peer ACK.
            stats.keepaliveProbes++;
            emit(emptyBuffer(), seqOf(nxt) - 1, ACK, now);
        }
        keepSent++;
        keepAt = now + cfg.keepaliveInterval;
    }

    // =====================================================================================
    // Ending
    // =====================================================================================

    /**
     * May this SYN (no ACK) replace the connection in TIME-WAIT? RFC 6191 §2: yes if its timestamp is
     * newer than the last one seen; without timestamps, RFC 1122 §4.2.2.13: yes if its sequence
     * number lies beyond the old connection's.
     */
    boolean acceptsNewIncarnation(TcpSegment syn) {
        if (state != TcpState.TIME_WAIT) {
            return false;
        }
        if (tsOn && syn.hasTimestamps) {
            return Seq.gt(syn.tsVal, tsRecent);
        }
        return Seq.gt(syn.seq, rcvNxt);
    }

    /** Leaves TIME-WAIT early because a new incarnation takes over the 4-tuple. */
    void replacedByNewIncarnation() {
        enterClosed();
    }

    private void enterTimeWait(long now) {
        state = TcpState.TIME_WAIT;
        rtxAt = NEVER;
        persist = false;
        keepAt = NEVER;
        delAckAt = NEVER;
        lingerAt = now + cfg.timeWait();
    }

    private void fail(TcpError e) {
        if (error == TcpError.NONE) {
            error = e;
        }
        enterClosed();
    }

    private void enterClosed() {
        state = TcpState.CLOSED;
        rtxAt = NEVER;
        delAckAt = NEVER;
        keepAt = NEVER;
        lingerAt = NEVER;
        persist = false;
        layer.forget(this);
        if (listener != null) {
            TcpListener l = listener;
            listener = null;
            l.forget(this);
        }
        notifyReadiness();
    }

    /** Called at the end of every event and API call: timers to the layer, readiness to the hook. */
    private void notifyReadiness() {
        layer.timersChanged(this);
        int ops = readyOps();
        if (ops != lastOps) {
            lastOps = ops;
            if (hook != null) {
                hook.readinessChanged(ops);
            }
        }
    }

    // ---- diagnostics for tests and tools ----

    /** True while the connection holds send or receive buffer memory. */
    /** Data or a FIN sent or queued but not yet acknowledged by the peer. */
    boolean hasUnacknowledgedOutput() {
        return state != TcpState.CLOSED && state != TcpState.TIME_WAIT
                && (sndNxtSeq() != sndUnaSeq() || sndQ.space() < cfg.sendBuffer
                        || state == TcpState.FIN_WAIT_1 || state == TcpState.CLOSING || state == TcpState.LAST_ACK);
    }

    boolean holdsBuffers() {
        return rcvBuf.allocated() || sndQ.allocated();
    }

    int sndNxtSeq() {
        return seqOf(nxt);
    }

    int sndUnaSeq() {
        return seqOf(una);
    }

    int rcvNxtSeq() {
        return rcvNxt;
    }

    long cwnd() {
        return cc.cwnd;
    }

    long rto() {
        return rtt.rto();
    }

    long srtt() {
        return rtt.srtt();
    }

    long sendWindow() {
        return sndWnd;
    }

    int sendScale() {
        return sndScale;
    }

    int receiveScale() {
        return wsOn ? rcvScale : 0;
    }

    boolean timestampsOn() {
        return tsOn;
    }

    int effectiveMss() {
        return effMss;
    }

    @Override
    public String toString() {
        return "tcp " + localPort + "->" + remotePort + " " + state + (error != TcpError.NONE ? " " + error : "");
    }
}
