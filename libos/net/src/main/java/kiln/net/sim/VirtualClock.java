package kiln.net.sim;

import kiln.net.Clock;

/** Simulated time: it moves only when the simulation advances it, so runs are reproducible. */
public final class VirtualClock implements Clock {
    private long now;

    public VirtualClock(long start) {
        this.now = start;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    public void advanceTo(long t) {
        if (t < now) {
            throw new IllegalArgumentException("time cannot go back from " + now + " to " + t);
        }
        now = t;
    }

    public void advance(long nanos) {
        advanceTo(now + nanos);
    }
}
