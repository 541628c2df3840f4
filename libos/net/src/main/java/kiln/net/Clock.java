package kiln.net;

/** Monotonic time for protocol timers; virtual in simulations, the TSC in an image. */
public interface Clock {
    long nanoTime();
}
