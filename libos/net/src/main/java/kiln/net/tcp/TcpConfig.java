package kiln.net.tcp;

/**
 * Tunables of a {@link TcpLayer}. Plain fields with RFC-derived defaults; set them before creating the
 * layer (connections copy what they need when they are created). Times are nanoseconds.
 */
public final class TcpConfig {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;

    /** Bytes an application may queue for sending per connection. */
    public int sendBuffer = 64 * 1024;
    /** Receive buffer per connection; also bounds the advertised window. */
    public int receiveBuffer = 64 * 1024;
    /** Upper bound on the MSS we announce; the real value is also clamped to what IP can carry. */
    public int maxMss = 65495;

    /** RFC 6298 §2: RTO before the first RTT sample (1 s); and its floor and ceiling. */
    public long initialRto = 1 * S;
    public long minRto = 200 * MS;
    public long maxRto = 60 * S;
    /** Clock granularity G of RFC 6298 §2. */
    public long rttGranularity = 1 * MS;
    /** Retransmissions of one segment before giving up with TIMED_OUT. */
    public int maxRetries = 12;
    /** Retransmissions of a SYN or SYN-ACK before giving up. */
    public int synRetries = 6;

    /** Maximum segment lifetime; TIME-WAIT lasts 2*MSL (RFC 9293 §3.4.2). */
    public long msl = 30 * S;
    /** How long an orphaned (closed by the application) FIN-WAIT-2 connection waits for the peer's FIN. */
    public long finWait2Timeout = 60 * S;

    /** Delayed ACK timer; RFC 9293 §3.8.6.3 requires less than 0.5 s, RFC 5681 §4.2 suggests at most 200 ms. */
    public long delayedAck = 40 * MS;

    /** Keepalive (RFC 9293 §3.8.4): idle time before the first probe, interval, probes before giving up. */
    public long keepaliveIdle = 2 * 3600 * S;
    public long keepaliveInterval = 75 * S;
    public int keepaliveProbes = 9;

    /** RFC 7323 options we offer on our SYNs and accept on the peer's. */
    public boolean windowScaling = true;
    public boolean timestamps = true;

    /** Half-open (SYN-RECEIVED) connections a listener may hold (SYN flood bound). */
    public int maxHalfOpen = 64;
    /** Separate out-of-order ranges kept per connection. */
    public int maxOutOfOrderRanges = 16;
    /** RFC 5961 §7: challenge ACKs sent per second, for the whole layer. */
    public int challengeAckLimit = 10;

    /** Ephemeral port range (RFC 6335 §6). */
    public int ephemeralLow = 49152;
    public int ephemeralHigh = 65535;

    /** 2*MSL, the TIME-WAIT duration. */
    long timeWait() {
        return 2 * msl;
    }
}
