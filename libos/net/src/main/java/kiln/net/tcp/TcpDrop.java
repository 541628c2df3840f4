package kiln.net.tcp;

/** Why an incoming segment (or part of one) was dropped; each reason has a counter in {@link TcpStats}. */
public enum TcpDrop {
    /** Shorter than the 20-byte fixed header, or shorter than its data offset says. */
    TRUNCATED,
    /** Data offset below 5 words. */
    BAD_DATA_OFFSET,
    /** Internet checksum over pseudo-header, header and payload is wrong. */
    BAD_CHECKSUM,
    /** An option's length is impossible or a known option has the wrong length (RFC 9293 §3.2). */
    BAD_OPTION,
    /** Flag combinations no correct sender produces (SYN+FIN, SYN+RST), or port 0. */
    BAD_FLAGS,
    /** No connection and no listener (answered with a RST, RFC 9293 §3.10.7.1). */
    NO_SOCKET,
    /** Sequence number outside the receive window (RFC 9293 §3.10.7.4, first check). */
    OUT_OF_WINDOW,
    /** Timestamp older than TS.Recent: protection against wrapped sequence numbers (RFC 7323 §5). */
    PAWS,
    /** ACK outside [SND.UNA - MAX.SND.WND, SND.NXT] (RFC 5961 §5). */
    BAD_ACK,
    /** RST whose sequence number is in the window but not exactly RCV.NXT (RFC 5961 §3). */
    RST_IN_WINDOW,
    /** SYN on a synchronized connection (RFC 5961 §4). */
    SYN_IN_WINDOW,
    /** Segment without ACK on a synchronized connection. */
    NO_ACK,
    /** A listener's accept queue is full. */
    BACKLOG_FULL,
    /** A listener already has its maximum of half-open (SYN-RECEIVED) connections. */
    HALF_OPEN_FULL,
    /** The out-of-order queue has no room for another separate range. */
    REASSEMBLY_FULL,
    /** Data that arrived after the application closed the connection for reading. */
    AFTER_CLOSE,
    /** A segment that the state it arrived in has no use for (e.g. a stray segment to a listener). */
    UNEXPECTED,
}
