package java.util.concurrent.locks;

import kiln.rt.Scheduler;

/**
 * Thread parking, the primitive under java.util.concurrent's locks and queues: a per-thread
 * permit that unpark makes available and park consumes (blocking while there is none). Spurious
 * returns are allowed by the specification and happen here only on interrupt or timeout.
 */
public final class LockSupport {
    private LockSupport() {}

    public static void unpark(Thread thread) {
        if (thread != null) {
            Scheduler.unpark(thread);
        }
    }

    public static void park() {
        Scheduler.park(null, false, 0);
    }

    public static void park(Object blocker) {
        Scheduler.park(blocker, false, 0);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            Scheduler.park(null, true, System.nanoTime() + nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            Scheduler.park(blocker, true, System.nanoTime() + nanos);
        }
    }

    public static void parkUntil(long deadline) {
        Scheduler.park(null, true, System.nanoTime() + (deadline - System.currentTimeMillis()) * 1_000_000L);
    }

    public static void parkUntil(Object blocker, long deadline) {
        Scheduler.park(blocker, true, System.nanoTime() + (deadline - System.currentTimeMillis()) * 1_000_000L);
    }
}
