package kiln.net;

/**
 * Counters of one stack: frames and datagrams moved, and drops per {@link Drop} reason. Plain fields
 * and arrays, so counting allocates nothing; tests read them to check that a rejection happened for the
 * expected reason.
 */
public final class NetStats {
    private static final Drop[] REASONS = Drop.values();
    private final long[] drops = new long[REASONS.length];

    public long rxFrames;
    public long txFrames;
    public long rxIpDatagrams;
    public long txIpDatagrams;
    public long txFragments;
    public long reassembled;
    public long arpRequestsSent;
    public long arpRepliesSent;
    public long icmpEchoRepliesSent;
    public long icmpUnreachablesSent;
    public long udpDelivered;

    /** Records one drop; returns the reason so callers can write {@code return stats.drop(X);}. */
    public Drop drop(Drop reason) {
        drops[reason.ordinal()]++;
        return reason;
    }

    public long drops(Drop reason) {
        return drops[reason.ordinal()];
    }

    public long totalDrops() {
        long n = 0;
        for (long d : drops) {
            n += d;
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("rxFrames=").append(rxFrames).append(" txFrames=").append(txFrames)
                .append(" rxIp=").append(rxIpDatagrams).append(" txIp=").append(txIpDatagrams)
                .append(" txFragments=").append(txFragments).append(" reassembled=").append(reassembled)
                .append(" udpDelivered=").append(udpDelivered);
        for (Drop r : REASONS) {
            if (drops[r.ordinal()] != 0) {
                sb.append(' ').append(r).append('=').append(drops[r.ordinal()]);
            }
        }
        return sb.toString();
    }
}
