package kiln.rt;

/**
 * The C side of green threads (runtime/core/threads.c and the platform's timer): contexts, the
 * switch, the safepoint flag, the one-shot timer and the idle halt. Only {@link Scheduler} calls
 * these; contexts are C addresses carried as longs.
 */
final class Threads {
    private Threads() {}

    /** The context of the thread that booted the image. */
    static native long mainContext();

    /**
     * A new suspended context whose stack is {@code stack} (kept reachable by the caller for as long
     * as the thread may run) and that starts in {@link Scheduler#threadBody()}. The lowest
     * {@code reserve} bytes are left below the stack limit for throwing StackOverflowError.
     */
    static native long newContext(long[] stack, int reserve);

    /** Suspends the running context {@code from} and resumes {@code to}; returns when {@code from} is resumed. */
    static native void switchTo(long from, long to);

    /** Switches from the running context {@code dead}, which is never resumed, to {@code to}. */
    static native void exitTo(long dead, long to);

    /** Prints a suspended (or the running) context's Java frames on standard error. */
    static native void printStack(long ctx);

    /** Reads and clears the flag the timer sets to ask the running thread to reach a safepoint. */
    static native boolean takeSafepointRequest();

    /** Arms the one-shot timer for monotonic time {@code deadline} (nanoTime); 0 disarms it. */
    static native void armTimer(long deadline);

    /** Device vectors (bit = vector - 32) that fired since the last call; 0 on the linux target. */
    static native long takeIrqPending();

    /** Halts until an interrupt (timer or device) has arrived since the last call. */
    static native void idle();
}
