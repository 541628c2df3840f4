package kiln.net.tcp;

/** Why a connection ended abnormally; the socket layer maps these to java.net exceptions. */
public enum TcpError {
    NONE,
    /** A RST answered our SYN: nobody listens there (ConnectException "Connection refused"). */
    REFUSED,
    /** The peer reset an established connection (SocketException "Connection reset"). */
    RESET,
    /** Retransmissions, SYN retries or keepalive probes went unanswered. */
    TIMED_OUT,
    /** This side aborted the connection (abort(), or close() with unread data). */
    ABORTED,
}
