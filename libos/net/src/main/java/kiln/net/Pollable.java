package kiln.net;

/**
 * A protocol engine with timers (DHCP client, DNS resolver, TCP) driven by the stack's event loop:
 * there are no threads in the library OS, so {@code NetStack.poll()} calls {@link #poll} and the
 * scheduler sleeps until the earliest {@link #nextDeadline}.
 */
public interface Pollable {
    /** Does whatever is due at {@code now} (nanoseconds of the stack's clock). */
    void poll(long now);

    /** Earliest time at which {@link #poll} has work to do, or {@link Long#MAX_VALUE} for none. */
    long nextDeadline();
}
