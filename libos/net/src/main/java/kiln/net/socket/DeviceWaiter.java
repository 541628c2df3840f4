package kiln.net.socket;

/**
 * How the stack's event loop sleeps until its device has something: a virtio-net interrupt in an
 * image, a plain park where frames only come from the host itself (loopback) or from a simulated
 * link. Between the loop's waits, application threads send directly (their writes transmit in the
 * calling thread), so the loop is only woken for received frames, for its next timer, and by an
 * unpark when an application call moved a timer earlier or queued a datagram to the host itself.
 */
public interface DeviceWaiter {
    /**
     * Called by the event loop with the stack lock held, before each round of processing: reclaim
     * finished transmit buffers, repost receive buffers, acknowledge the device's interrupt.
     */
    default void service() {}

    /**
     * Blocks the event-loop thread until frames may have arrived, until {@code deadline} (in
     * {@link System#nanoTime()} time; {@link Long#MAX_VALUE} for none) has passed, or until the
     * thread is unparked ({@link java.util.concurrent.locks.LockSupport#unpark}). Returning early is
     * allowed: the loop simply looks again.
     */
    void await(long deadline);
}
