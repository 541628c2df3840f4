package kiln.rt;

/**
 * The scheduler's record of one java.lang.Thread (platform or virtual: both are green threads
 * here). Queue links are fields of the strand itself, so the scheduler never allocates while it
 * moves threads between queues.
 */
public final class Strand {
    /** What the strand is doing, as far as the scheduler is concerned. */
    static final int NEW = 0, RUNNABLE = 1, BLOCKED = 2, TERMINATED = 3;

    /** Why a blocked strand is blocked, for Thread.getState() and thread dumps. */
    public static final int WAIT_NONE = 0, WAIT_MONITOR = 1, WAIT_OBJECT = 2, WAIT_SLEEP = 3,
            WAIT_PARK = 4, WAIT_JOIN = 5, WAIT_DEVICE = 6, WAIT_EXIT = 7, WAIT_DEVICE_OR_PARK = 8;

    /** The Thread this strand runs. */
    public final Thread thread;
    final boolean daemon;

    int state = NEW;
    int waitKind;
    /** The object a blocked strand waits for (monitor owner object, wait object), for dumps. */
    Object waitingOn;
    long ctx;
    long[] stack;
    /** Small number that identifies the owner in a monitor's header lock word; 0 = none yet. */
    int lockId;

    /** Set by Thread.interrupt; cleared by whoever throws InterruptedException or by Thread.interrupted. */
    public boolean interrupted;
    /** LockSupport's permit. */
    boolean permit;
    /** Set when unblock() ended a wait (as opposed to the deadline passing). */
    boolean woken;

    /** Run-queue link. */
    Strand runNext;
    /**
     * Link in a monitor's entry queue or wait set, or in a device vector's waiters. Separate from
     * runNext: a timed-out or interrupted waiter is put on the run queue while it is still in its
     * wait list (it removes itself when it runs).
     */
    Strand waitNext;
    /** Links of the list of every live strand, for thread dumps. */
    Strand allPrev, allNext;
    /** Recursion count to take over when a monitor is handed to this strand. */
    int pendingCount;
    /** Deadline of a timed block (nanoTime), and its index in the sleeper heap, or -1. */
    long deadline;
    int heapIndex = -1;

    /** Bytes of stack to give the thread, 0 = the default. */
    final long stackSize;

    public Strand(Thread thread, boolean daemon, long stackSize) {
        this.thread = thread;
        this.daemon = daemon;
        this.stackSize = stackSize;
    }

    public boolean isAlive() {
        return state == RUNNABLE || state == BLOCKED;
    }

    public boolean isStarted() {
        return state != NEW;
    }

    public boolean isTerminated() {
        return state == TERMINATED;
    }

    /** 0 running/runnable, else one of the WAIT_* kinds. */
    public int waitKind() {
        return state == BLOCKED ? waitKind : WAIT_NONE;
    }

    /** Whether the strand's current block has a deadline. */
    public boolean timed() {
        return state == BLOCKED && heapIndex >= 0;
    }
}
