package kiln.net.tcp;

/** Counters of one {@link TcpLayer}; read by diagnostics and tests. */
public final class TcpStats {
    public long segmentsIn;
    public long segmentsOut;
    public long retransmits;
    public long fastRetransmits;
    public long timeouts;
    public long challengeAcks;
    public long challengeAcksSuppressed;
    public long resetsSent;
    public long resetsReceived;
    public long activeOpens;
    public long passiveOpens;
    public long persistProbes;
    public long keepaliveProbes;
    /** TIME-WAIT connections replaced early by a new SYN for the same 4-tuple (RFC 6191). */
    public long timeWaitReused;
    private final long[] drops = new long[TcpDrop.values().length];

    void drop(TcpDrop reason) {
        drops[reason.ordinal()]++;
    }

    public long drops(TcpDrop reason) {
        return drops[reason.ordinal()];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("in=").append(segmentsIn).append(" out=").append(segmentsOut)
                .append(" rexmit=").append(retransmits).append(" fastRexmit=").append(fastRetransmits)
                .append(" timeouts=").append(timeouts).append(" challengeAcks=").append(challengeAcks);
        for (TcpDrop d : TcpDrop.values()) {
            if (drops[d.ordinal()] != 0) {
                sb.append(' ').append(d.name().toLowerCase()).append('=').append(drops[d.ordinal()]);
            }
        }
        return sb.toString();
    }
}
