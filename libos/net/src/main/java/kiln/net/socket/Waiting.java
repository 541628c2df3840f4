package kiln.net.socket;

import java.util.concurrent.locks.Condition;

/** Timed waits on a socket's condition, with the stack lock held. */
final class Waiting {
    private Waiting() {}

    /** No deadline (a timeout of 0 in java.net means "wait forever"). */
    static final long NONE = Long.MAX_VALUE;

    /** The deadline for a timeout in nanoseconds, 0 meaning none. */
    static long deadline(long timeoutNanos) {
        return timeoutNanos <= 0 ? NONE : System.nanoTime() + timeoutNanos;
    }

    /**
     * Waits for a signal on {@code c} or the deadline; false once the deadline has passed. Socket
     * I/O is not interruptible (as on the JDK's platform threads): an interrupt is remembered and
     * set again on the thread, and the wait continues.
     */
    static boolean await(Condition c, long deadline) {
        boolean interrupted = false;
        try {
            for (;;) {
                try {
                    if (deadline == NONE) {
                        c.await();
                        return true;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    c.awaitNanos(left);
                    return true;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
