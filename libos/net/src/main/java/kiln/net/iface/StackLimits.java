package kiln.net.iface;

/**
 * Bounds on the memory and time a stack spends on other hosts' behalf. Every queue and table the
 * receive path can grow is bounded here, so a flood of hostile frames costs a counter, not memory.
 *
 * @param arpEntries          neighbours remembered (resolved or being resolved)
 * @param arpPendingPerHop    packets queued while one next hop is being resolved
 * @param arpPendingTotal     packets queued for all unresolved next hops together
 * @param arpReachableNanos   how long a learned MAC is trusted (RFC 1122 §2.3.2.1 asks for a timeout)
 * @param arpRetryNanos       interval between ARP requests for an unresolved hop
 * @param arpMaxRequests      requests before queued packets are dropped as unresolved
 * @param reassemblyBytes     buffer memory for all datagrams being reassembled together
 * @param reassemblyDatagrams datagrams reassembled at the same time
 * @param reassemblyNanos     time a datagram may take to arrive whole (RFC 791 §3.2 suggests 15 s)
 * @param icmpErrorsPerSecond rate limit of ICMP errors sent (RFC 1812 §4.3.2.8)
 * @param framesPerPoll       frames taken from the device by one poll(), so timers still run under load
 */
public record StackLimits(int arpEntries, int arpPendingPerHop, int arpPendingTotal, long arpReachableNanos,
        long arpRetryNanos, int arpMaxRequests, int reassemblyBytes, int reassemblyDatagrams, long reassemblyNanos,
        int icmpErrorsPerSecond, int framesPerPoll) {

    private static final long SECOND = 1_000_000_000L;

    public static final StackLimits DEFAULTS = new StackLimits(64, 48, 128, 60 * SECOND, SECOND, 3,
            256 * 1024, 16, 30 * SECOND, 100, 64);

    public StackLimits withReassembly(int bytes, int datagrams, long nanos) {
        return new StackLimits(arpEntries, arpPendingPerHop, arpPendingTotal, arpReachableNanos, arpRetryNanos,
                arpMaxRequests, bytes, datagrams, nanos, icmpErrorsPerSecond, framesPerPoll);
    }

    public StackLimits withArpPending(int perHop, int total) {
        return new StackLimits(arpEntries, perHop, total, arpReachableNanos, arpRetryNanos, arpMaxRequests,
                reassemblyBytes, reassemblyDatagrams, reassemblyNanos, icmpErrorsPerSecond, framesPerPoll);
    }
}
