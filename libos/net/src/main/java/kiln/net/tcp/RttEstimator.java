package kiln.net.tcp;

/**
 * The retransmission timeout of RFC 6298: smoothed RTT and RTT variance from samples (§2), clamped to
 * [minRto, maxRto], doubled on every expiry (§5.5) and kept doubled until a new sample arrives (§5.7).
 * Callers apply Karn's rule (RFC 6298 §3) by not sampling retransmitted segments.
 */
final class RttEstimator {
    private final long minRto;
    private final long maxRto;
    private final long granularity;
    private long srtt = -1;
    private long rttvar;
    private long baseRto;
    private int backoff;

    RttEstimator(TcpConfig cfg) {
        minRto = cfg.minRto;
        maxRto = cfg.maxRto;
        granularity = cfg.rttGranularity;
        baseRto = cfg.initialRto;
    }

    /** Feeds one round-trip measurement (nanoseconds). */
    void sample(long r) {
        if (r < 0) {
            return;
        }
        if (srtt < 0) {
            srtt = r;                                            // §2.2
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;      // §2.3, beta = 1/4
            srtt = (7 * srtt + r) / 8;                           //       alpha = 1/8
        }
        baseRto = srtt + Math.max(granularity, 4 * rttvar);
        backoff = 0;
    }

    /** The current timeout, including back-off. */
    long rto() {
        long r = Math.max(minRto, Math.min(baseRto, maxRto));
        for (int i = 0; i < backoff && r < maxRto; i++) {
            r *= 2;
        }
        return Math.min(r, maxRto);
    }

    void backoff() {
        backoff++;
    }

    long srtt() {
        return srtt;
    }

    long rttvar() {
        return rttvar;
    }
}
