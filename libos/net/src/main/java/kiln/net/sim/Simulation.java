package kiln.net.sim;

import java.util.ArrayList;
import java.util.function.BooleanSupplier;

import kiln.net.iface.NetStack;

/**
 * Drives stacks and links on one virtual clock: poll every stack, then jump the clock to the next
 * event (a frame arriving or a timer firing). Nothing sleeps, so a minute of simulated time costs
 * only the work done in it.
 */
public final class Simulation {
    private final VirtualClock clock;
    private final ArrayList<NetStack> stacks = new ArrayList<>();
    private final ArrayList<SimLink> links = new ArrayList<>();
    private final ArrayList<Runnable> actors = new ArrayList<>();

    public Simulation(VirtualClock clock) {
        this.clock = clock;
    }

    public VirtualClock clock() {
        return clock;
    }

    public Simulation add(NetStack s) {
        stacks.add(s);
        return this;
    }

    public Simulation add(SimLink l) {
        links.add(l);
        return this;
    }

    /** Code run after every round of polls (a test's server loop, for instance). */
    public Simulation addActor(Runnable r) {
        actors.add(r);
        return this;
    }

    /**
     * Runs until {@code done} holds or {@code maxNanos} of virtual time have passed; returns whether
     * {@code done} held. Time never stands still: an event due now advances the clock by 1 ns, so a
     * timer that keeps asking to be run at once cannot hang the test.
     */
    public boolean runUntil(BooleanSupplier done, long maxNanos) {
        long end = clock.nanoTime() + maxNanos;
        while (true) {
            boolean busy = true;
            while (busy) {
                busy = false;
                for (NetStack s : stacks) {
                    busy |= s.poll() > 0;
                }
                for (Runnable r : actors) {
                    r.run();
                }
            }
            if (done.getAsBoolean()) {
                return true;
            }
            long next = Long.MAX_VALUE;
            for (NetStack s : stacks) {
                next = Math.min(next, s.nextDeadline());
            }
            for (SimLink l : links) {
                next = Math.min(next, l.nextDelivery());
            }
            long now = clock.nanoTime();
            if (next >= end) {
                clock.advanceTo(Math.max(now, end));
                return done.getAsBoolean();
            }
            clock.advanceTo(Math.max(next, now + 1));
        }
    }

    /** Runs for a fixed span of virtual time. */
    public void run(long nanos) {
        runUntil(() -> false, nanos);
    }
}
