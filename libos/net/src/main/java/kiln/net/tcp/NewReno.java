package kiln.net.tcp;

/**
 * Congestion control: slow start and congestion avoidance (RFC 5681 §3.1), fast retransmit and fast
 * recovery (§3.2) with the NewReno modification for partial acknowledgments (RFC 6582 §3.2). Amounts
 * are bytes; positions are stream offsets (see {@link SendQueue}).
 */
final class NewReno {
    long cwnd;
    long ssthresh = Long.MAX_VALUE;
    int dupAcks;
    boolean inRecovery;
    /** RFC 6582 "recover": fast recovery ends when everything before this offset is acknowledged. */
    long recover;
    private int smss;
    private long ackedInAvoidance;
    /** True after the first partial ACK of a recovery episode (RFC 6582 §3.2 step 5 resets the timer once). */
    boolean partialAckSeen;

    /** Initial window of RFC 5681 §3.1 (equation 3), given the sender MSS. */
    void init(int smss) {
        this.smss = smss;
        cwnd = smss > 2190 ? 2L * smss : smss > 1095 ? 3L * smss : 4L * smss;
    }

    int smss() {
        return smss;
    }

    /**
     * A cumulative ACK moved SND.UNA forward to {@code una} by {@code acked} bytes. Returns true when it
     * is a partial ACK during fast recovery, meaning the first unacknowledged segment must be
     * retransmitted now (RFC 6582 §3.2 step 5).
     */
    boolean onAck(long acked, long una, long flight) {
        dupAcks = 0;
        if (inRecovery) {
            if (una >= recover) {
                // Full acknowledgment: deflate to ssthresh, option (1) of RFC 6582 §3.2 step 4.
                cwnd = Math.min(ssthresh, Math.max(flight, smss) + smss);
                inRecovery = false;
                return false;
            }
            cwnd = Math.max(smss, cwnd - acked + (acked >= smss ? smss : 0));
            return true;
        }
        if (cwnd < ssthresh) {
            cwnd += Math.min(acked, smss);                       // slow start, RFC 5681 eq. (2)
        } else {
            ackedInAvoidance += acked;                           // about one SMSS per RTT, eq. (3)
            if (ackedInAvoidance >= cwnd) {
                ackedInAvoidance -= cwnd;
                cwnd += smss;
            }
        }
        return false;
    }

    /**
     * A duplicate ACK (RFC 5681 §2 definition). Returns true when this is the third and fast
     * retransmit should start (RFC 6582 §3.2 steps 1-2).
     */
    boolean onDupAck(long una, long flight, long highestSent) {
        dupAcks++;
        if (inRecovery) {
            cwnd += smss;                                        // step 3: inflate for each segment that left
            return false;
        }
        if (dupAcks == 3 && una >= recover) {
            ssthresh = Math.max(flight / 2, 2L * smss);          // RFC 5681 eq. (4)
            cwnd = ssthresh + 3L * smss;
            recover = highestSent;
            inRecovery = true;
            partialAckSeen = false;
            return true;
        }
        return false;
    }

    /** The retransmission timer expired (RFC 5681 §3.1, RFC 6582 §4). */
    void onTimeout(long flight, long highestSent) {
        ssthresh = Math.max(flight / 2, 2L * smss);
        cwnd = smss;
        inRecovery = false;
        dupAcks = 0;
        ackedInAvoidance = 0;
        recover = highestSent;
    }
}
