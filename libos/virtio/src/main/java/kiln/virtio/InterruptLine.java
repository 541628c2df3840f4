package kiln.virtio;

/**
 * A device's interrupt line as a driver waits on it: {@link IrqLine} in an image (kiln.hw.Irq),
 * a fake in the unit tests. The protocol, for a level-triggered line that the runtime masks when
 * it fires: wait, acknowledge the device ({@link Transport#takeInterruptStatus()}), {@link #rearm()},
 * and only then harvest the used ring, so a completion that lands after the harvest raises the
 * line again instead of being missed.
 */
public interface InterruptLine {
    /**
     * Returns once the line has fired since the last wait, or after {@code timeoutNanos} (if > 0),
     * or spuriously; callers re-check their state.
     */
    void await(long timeoutNanos);

    /** Lets the line through again, after the device's interrupt status was acknowledged. */
    void rearm();
}
