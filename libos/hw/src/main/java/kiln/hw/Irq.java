package kiln.hw;

/**
 * Device interrupts for drivers (kvm target). A driver routes its device's interrupt line once,
 * then waits for the vector instead of polling:
 *
 * <pre>
 *   int vector = Irq.route(gsi, level, activeLow);   // once
 *   ...
 *   Irq.await(vector);          // blocks this thread; other threads run, the CPU halts if idle
 *   // acknowledge the device (e.g. virtio ISR read), harvest completions, then:
 *   Irq.unmask(vector);         // level-triggered lines are masked from the interrupt until now
 * </pre>
 *
 * The interrupt handler itself (C, runtime/platform/kvm/irq.c) only records that the vector fired
 * and masks a level-triggered line (which would otherwise fire again at once, as the device still
 * asserts it); Java never runs in interrupt context. A vector that fires while nobody waits is
 * remembered, so the next await returns at once. On the linux target there are no devices: these
 * stop the program with a message naming the call.
 */
public final class Irq {
    private Irq() {}

    /**
     * Routes I/O APIC input {@code gsi} to a fresh vector and returns it, or -1 if the line does
     * not exist or no vector is left. {@code level}: level-triggered (PCI INTx, virtio-mmio);
     * {@code activeLow}: the line's polarity.
     */
    public static native int route(int gsi, boolean level, boolean activeLow);

    /** Blocks the calling thread until {@code vector} has fired since the last await. */
    public static native void await(int vector);

    /**
     * As {@link #await(int)}, but also returns when the calling thread is unparked
     * ({@link java.util.concurrent.locks.LockSupport#unpark}, which this consumes) or, if
     * {@code timeoutNanos} is positive, after that long. For a driver's event loop that also
     * serves timers and requests from other threads; callers re-check their state after it returns.
     */
    public static native void awaitOrUnpark(int vector, long timeoutNanos);

    /** Delivers a level-triggered line again, after the driver has acknowledged the device. */
    public static native void unmask(int vector);
}
