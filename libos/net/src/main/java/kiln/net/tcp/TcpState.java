package kiln.net.tcp;

/** Connection states of RFC 9293 §3.3.2 (LISTEN belongs to {@link TcpListener}). */
public enum TcpState {
    CLOSED, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT;

    /** True once both SYNs have been exchanged (RFC 9293 calls these "synchronized states"). */
    boolean synchronizedState() {
        return this != CLOSED && this != SYN_SENT && this != SYN_RECEIVED;
    }
}
