package kiln.rt;

/**
 * The green-thread scheduler: one CPU, a FIFO run queue, a heap of timed waits, preemption by a
 * time slice, and the idle halt. Policy only; registers and stacks are moved by {@link Threads}.
 *
 * <p>Threads switch only inside this class: when the running thread blocks, yields, ends, or
 * reaches a safepoint after the timer asked for one (the compiler emits polls at method entry and
 * on loop back-edges, except in kiln.rt, so scheduler code itself is never preempted). On one CPU
 * that makes every scheduler operation atomic without locks.
 *
 * <p>When nothing can run, the CPU halts until the next timed wait is due or a device interrupts.
 * When nothing can run and nothing could ever wake a thread, the program is deadlocked: the
 * scheduler prints every thread's stack and exits with status 1 instead of hanging.
 */
public final class Scheduler {
    private Scheduler() {}

    /** A thread runs at most this long while others are runnable. */
    private static final long SLICE_NANOS = 10_000_000L;
    /** Stack of a started thread unless its constructor asked for another size. */
    private static final int DEFAULT_STACK_BYTES = 512 * 1024;
    private static final int MIN_STACK_BYTES = 128 * 1024;
    private static final long MAX_STACK_BYTES = 256L * 1024 * 1024;
    /** Stack kept below the limit for constructing and throwing StackOverflowError. */
    private static final int STACK_RESERVE = 64 * 1024;

    private static Strand current;
    private static Strand runHead, runTail;
    private static Strand[] sleepers = new Strand[16];
    private static int sleeperCount;
    /** Every started, unfinished strand (and main), for thread dumps. */
    private static Strand allHead;
    /** Started, unfinished, non-daemon threads other than main. */
    private static int liveNonDaemon;
    /** Main, once it has returned from main() and waits for the last non-daemon thread. */
    private static Strand exitWaiter;
    /** A strand that ended; its stack is dropped once the next strand runs. */
    private static Strand dead;
    /** Strands blocked until a device interrupts (drivers count them in and out). */
    private static int deviceWaiters;
    private static boolean dumping;

    /** Lock ids of live strands, so a header lock word can name its owner. */
    private static Strand[] byLockId = new Strand[64];
    private static int[] freeLockIds = new int[16];
    private static int freeLockIdCount;
    /** Lock id of the main thread, valid even before main's Thread object exists. */
    static final int MAIN_LOCK_ID = 1;
    private static int nextLockId = MAIN_LOCK_ID + 1;

    // ---- who is running ----

    /** The running strand; the first call adopts the booting thread as "main" (via Thread). */
    public static Strand current() {
        if (current == null) {
            Thread.currentThread(); // creates main's Thread, which calls adoptMain
        }
        return current;
    }

    /** The running strand, or null while the program has never asked for a Thread. */
    public static Strand currentOrNull() {
        return current;
    }

    /** Called once, by the constructor of the main Thread object. */
    public static void adoptMain(Strand main) {
        if (current != null) {
            throw new IllegalStateException("main thread adopted twice");
        }
        main.ctx = Threads.mainContext();
        main.state = Strand.RUNNABLE;
        main.lockId = MAIN_LOCK_ID;
        byLockId[MAIN_LOCK_ID] = main;
        current = main;
        link(main);
    }


    /** Lock id of the running thread (main's before any Thread exists). */
    static int currentLockId() {
        return current == null ? MAIN_LOCK_ID : current.lockId;
    }

    static Strand byLockId(int id) {
        return id < byLockId.length ? byLockId[id] : null;
    }

    private static int allocateLockId(Strand s) {
        int id;
        if (freeLockIdCount > 0) {
            id = freeLockIds[--freeLockIdCount];
        } else {
            id = nextLockId++;
            if (id >= (1 << 23)) {
                throw new InternalError("more than 8 million live threads");
            }
            if (id >= byLockId.length) {
                Strand[] bigger = new Strand[byLockId.length * 2];
                System.arraycopy(byLockId, 0, bigger, 0, byLockId.length);
                byLockId = bigger;
            }
        }
        byLockId[id] = s;
        return id;
    }

    private static void freeLockId(int id) {
        byLockId[id] = null;
        if (freeLockIdCount == freeLockIds.length) {
            int[] bigger = new int[freeLockIds.length * 2];
            System.arraycopy(freeLockIds, 0, bigger, 0, freeLockIdCount);
            freeLockIds = bigger;
        }
        freeLockIds[freeLockIdCount++] = id;
    }

    // ---- thread life cycle ----

    /** Makes a new strand runnable; it first runs when the current thread blocks, yields or is preempted. */
    public static void start(Strand s) {
        current();
        long bytes = s.stackSize <= 0 ? DEFAULT_STACK_BYTES : Math.min(Math.max(s.stackSize, MIN_STACK_BYTES), MAX_STACK_BYTES);
        s.stack = new long[(int) (bytes / 8)];
        s.ctx = Threads.newContext(s.stack, STACK_RESERVE);
        s.lockId = allocateLockId(s);
        s.state = Strand.RUNNABLE;
        if (!s.daemon) {
            liveNonDaemon++;
        }
        link(s);
        enqueue(s);
        armForRunning();
    }

    /** First Java code of every started thread (called from the generated kiln_java_thread_body). */
    static void threadBody() {
        afterSwitch();
        Strand s = current;
        Thread t = s.thread;
        try {
            t.run();
        } catch (Throwable e) {
            dispatchUncaught(t, e);
        }
        terminate(s);
    }

    private static void dispatchUncaught(Thread t, Throwable e) {
        try {
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        } catch (Throwable ignored) {
            // As on HotSpot: an exception thrown by the handler itself is ignored.
        }
    }

    private static void terminate(Strand s) {
        // Joiners wait on the Thread object (Thread.join is wait() while isAlive()).
        Thread t = s.thread;
        Monitors.enter(t);
        s.state = Strand.TERMINATED;
        Monitors.notifyAll(t);
        Monitors.exit(t);
        unlink(s);
        freeLockId(s.lockId);
        if (!s.daemon && --liveNonDaemon == 0 && exitWaiter != null) {
            unblock(exitWaiter);
        }
        dead = s;
        reschedule();
        throw new InternalError("a terminated thread was resumed");
    }

    /** Called by main's thread after main() returns: waits until every non-daemon thread has ended. */
    public static void awaitNonDaemonThreads() {
        while (liveNonDaemon > 0) {
            exitWaiter = current();
            block(Strand.WAIT_EXIT, null, false, 0);
        }
        exitWaiter = null;
    }

    // ---- blocking and waking ----

    /**
     * Blocks the running strand until {@link #unblock} or, if {@code timed}, until {@code deadline}
     * (nanoTime). Returns true if woken by unblock, false if the deadline passed.
     */
    public static boolean block(int kind, Object on, boolean timed, long deadline) {
        Strand s = current();
        s.state = Strand.BLOCKED;
        s.waitKind = kind;
        s.waitingOn = on;
        s.woken = false;
        if (timed) {
            s.deadline = deadline;
            heapAdd(s);
        }
        reschedule();
        s.waitKind = Strand.WAIT_NONE;
        s.waitingOn = null;
        return s.woken;
    }

    /** Makes a blocked strand runnable (no effect on one that is not blocked). */
    public static void unblock(Strand s) {
        if (s.state != Strand.BLOCKED) {
            return;
        }
        if (s.heapIndex >= 0) {
            heapRemove(s);
        }
        s.woken = true;
        s.state = Strand.RUNNABLE;
        enqueue(s);
    }

    /** LockSupport.park: consumes the permit, or blocks until unpark, interrupt or the deadline. */
    public static void park(Object blocker, boolean timed, long deadline) {
        Strand s = current();
        if (s.permit) {
            s.permit = false;
            return;
        }
        if (s.interrupted) {
            return;
        }
        block(Strand.WAIT_PARK, blocker, timed, deadline);
        s.permit = false;
    }

    /** LockSupport.unpark: makes the permit available, waking the thread if it is parked. */
    public static void unpark(Thread t) {
        Strand s = strandOf(t);
        if (s == null || !s.isAlive()) {
            return; // unpark of an unstarted thread has no effect (as documented)
        }
        s.permit = true;
        if (s.waitKind() == Strand.WAIT_PARK || s.waitKind() == Strand.WAIT_DEVICE_OR_PARK) {
            unblock(s);
        }
    }

    /** How kiln.rt finds a Thread's strand (set by java.lang.Thread's initialiser; Thread keeps it private). */
    public static java.util.function.Function<Thread, Strand> strands;

    private static Strand strandOf(Thread t) {
        return strands.apply(t);
    }

    /** Thread.yield: lets every other runnable thread run first. */
    public static void yieldNow() {
        if (current == null) {
            return;
        }
        wakeExpired(Platform.nanoTime());
        if (runHead != null) {
            enqueue(current);
            reschedule();
        }
    }

    // ---- device interrupts ----

    /** Strands waiting for each device vector (linked through Strand.waitNext). */
    private static final Strand[] irqWaiters = new Strand[64];
    /** Vectors that fired while nobody waited: the next await returns at once. */
    private static long irqLatched;

    /**
     * Entry of the generated kiln_java_irq_await (kiln.hw.Irq.await and awaitOrUnpark): with
     * {@code timeout} 0, blocks the running thread until device vector {@code vector} fires (at
     * once if it fired since the last wait); otherwise also returns when the thread is unparked
     * (consuming the permit) or, if {@code timeout} is positive, after that many nanoseconds.
     */
    static void awaitInterrupt(int vector, long timeout) {
        if (timeout == 0) {
            awaitDevice(vector, 0, false);
        } else {
            awaitDevice(vector, Math.max(timeout, 0), true);
        }
    }

    /** Waits for the vector, at most {@code timeoutNanos} if > 0, or until unpark if {@code unparkable}. */
    private static void awaitDevice(int vector, long timeoutNanos, boolean unparkable) {
        pollInterrupts();
        long bit = 1L << (vector - 32);
        if ((irqLatched & bit) != 0) {
            irqLatched &= ~bit;
            return;
        }
        Strand s = current();
        if (unparkable && s.permit) {
            s.permit = false;
            return;
        }
        s.waitNext = irqWaiters[vector];
        irqWaiters[vector] = s;
        deviceWaiters++;
        try {
            boolean timed = timeoutNanos > 0;
            block(unparkable ? Strand.WAIT_DEVICE_OR_PARK : Strand.WAIT_DEVICE, null, timed,
                    timed ? Platform.nanoTime() + timeoutNanos : 0);
            removeIrqWaiter(vector, s); // still listed if the timeout or an unpark woke it
            if (unparkable) {
                s.permit = false;
            }
        } finally {
            deviceWaiters--;
        }
    }

    private static void removeIrqWaiter(int vector, Strand s) {
        Strand prev = null;
        for (Strand w = irqWaiters[vector]; w != null; prev = w, w = w.waitNext) {
            if (w == s) {
                if (prev == null) {
                    irqWaiters[vector] = w.waitNext;
                } else {
                    prev.waitNext = w.waitNext;
                }
                w.waitNext = null;
                return;
            }
        }
    }

    /**
     * Waits until console input may have arrived (ConsoleInputStream, when a read would block): the
     * UART's receive interrupt, with a 10 ms backup poll, because an edge-triggered ISA line can
     * miss a rising edge when data arrives just as the FIFO is emptied (the same reason Linux's
     * 8250 driver keeps a backup timer).
     */
    static void awaitInput() {
        int vector = Platform.inputVector();
        if (vector < 0) {
            throw new InternalError("console read would block, but the platform has no input interrupt");
        }
        awaitDevice(vector, 10_000_000L, false);
    }

    /** Wakes the waiters of every vector the platform says has fired. */
    private static void pollInterrupts() {
        long fired = Threads.takeIrqPending();
        while (fired != 0) {
            int bit = Long.numberOfTrailingZeros(fired);
            fired &= fired - 1;
            Strand w = irqWaiters[32 + bit];
            if (w == null) {
                irqLatched |= 1L << bit;
                continue;
            }
            irqWaiters[32 + bit] = null;
            while (w != null) {
                Strand next = w.waitNext;
                w.waitNext = null;
                unblock(w);
                w = next;
            }
        }
    }

    /** Called by generated code at a poll when the timer asked for a safepoint. */
    static void safepoint() {
        if (!Threads.takeSafepointRequest() || current == null || dumping) {
            return;
        }
        pollInterrupts();
        wakeExpired(Platform.nanoTime());
        if (runHead != null) {
            enqueue(current);
            reschedule();
        } else {
            armForRunning();
        }
    }

    /** Switches to the next runnable strand (possibly the current one), idling while there is none. */
    private static void reschedule() {
        Strand prev = current;
        Strand next;
        while (true) {
            pollInterrupts();
            wakeExpired(Platform.nanoTime());
            next = dequeue();
            if (next != null) {
                break;
            }
            if (sleeperCount > 0) {
                arm(sleepers[0].deadline);
                Threads.idle();
            } else if (deviceWaiters > 0) {
                arm(0);
                Threads.idle();
            } else {
                deadlock();
            }
        }
        current = next;
        armForRunning();
        if (next == prev) {
            return;
        }
        if (prev.state == Strand.TERMINATED) {
            Threads.exitTo(prev.ctx, next.ctx);
        } else {
            Threads.switchTo(prev.ctx, next.ctx);
        }
        afterSwitch();
    }

    private static void afterSwitch() {
        if (dead != null && dead != current) {
            dead.stack = null; // the stack can go once nobody runs on it
            dead.ctx = 0;
            dead = null;
        }
    }

    /** Arms the timer for the earliest of: the next timed wait, the end of this slice if others wait to run. */
    private static void armForRunning() {
        long deadline = sleeperCount > 0 ? sleepers[0].deadline : 0;
        if (runHead != null) {
            long sliceEnd = Platform.nanoTime() + SLICE_NANOS;
            if (deadline == 0 || sliceEnd - deadline < 0) {
                deadline = sliceEnd;
            }
        }
        arm(deadline);
    }

    /**
     * Programs the one-shot timer. Always written, never cached: the timer may have fired early
     * (its rate and the clock's differ slightly) while scheduler code ran, and a cached "already
     * armed" would then leave the CPU halted with no timer at all.
     */
    private static void arm(long deadline) {
        Threads.armTimer(deadline);
    }

    // ---- run queue ----

    private static void enqueue(Strand s) {
        s.state = Strand.RUNNABLE;
        s.runNext = null;
        if (runTail == null) {
            runHead = s;
        } else {
            runTail.runNext = s;
        }
        runTail = s;
    }

    private static Strand dequeue() {
        Strand s = runHead;
        if (s != null) {
            runHead = s.runNext;
            if (runHead == null) {
                runTail = null;
            }
            s.runNext = null;
        }
        return s;
    }

    // ---- timed waits: a binary min-heap on deadline ----

    private static void wakeExpired(long now) {
        while (sleeperCount > 0 && sleepers[0].deadline - now <= 0) {
            Strand s = sleepers[0];
            heapRemove(s);
            s.state = Strand.RUNNABLE;
            enqueue(s);
        }
    }

    private static void heapAdd(Strand s) {
        if (sleeperCount == sleepers.length) {
            Strand[] bigger = new Strand[sleepers.length * 2];
            System.arraycopy(sleepers, 0, bigger, 0, sleeperCount);
            sleepers = bigger;
        }
        s.heapIndex = sleeperCount++;
        sleepers[s.heapIndex] = s;
        siftUp(s.heapIndex);
    }

    private static void heapRemove(Strand s) {
        int i = s.heapIndex;
        s.heapIndex = -1;
        Strand last = sleepers[--sleeperCount];
        sleepers[sleeperCount] = null;
        if (last != s) {
            sleepers[i] = last;
            last.heapIndex = i;
            siftUp(i);
            siftDown(last.heapIndex);
        }
    }

    private static void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (sleepers[parent].deadline - sleepers[i].deadline <= 0) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private static void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < sleeperCount && sleepers[l].deadline - sleepers[m].deadline < 0) {
                m = l;
            }
            if (r < sleeperCount && sleepers[r].deadline - sleepers[m].deadline < 0) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private static void swap(int a, int b) {
        Strand x = sleepers[a];
        sleepers[a] = sleepers[b];
        sleepers[b] = x;
        sleepers[a].heapIndex = a;
        sleepers[b].heapIndex = b;
    }

    // ---- the list of live strands, and the deadlock report ----

    private static void link(Strand s) {
        s.allNext = allHead;
        if (allHead != null) {
            allHead.allPrev = s;
        }
        allHead = s;
    }

    private static void unlink(Strand s) {
        if (s.allPrev != null) {
            s.allPrev.allNext = s.allNext;
        } else {
            allHead = s.allNext;
        }
        if (s.allNext != null) {
            s.allNext.allPrev = s.allPrev;
        }
        s.allPrev = s.allNext = null;
    }

    private static void deadlock() {
        dumping = true;
        arm(0);
        System.out.flush();
        StringBuilder b = new StringBuilder();
        b.append("kiln: deadlock: every thread is blocked and nothing can wake one (no timed wait, no device wait)\n");
        System.err.print(b);
        Strand last = allHead;
        while (last != null && last.allNext != null) {
            last = last.allNext;
        }
        for (Strand s = last; s != null; s = s.allPrev) { // oldest first
            System.err.println(describe(s));
            System.err.flush();
            Threads.printStack(s.ctx);
        }
        System.err.flush();
        Platform.exit(1);
    }

    private static String describe(Strand s) {
        Thread t = s.thread;
        String head = "\"" + t.getName() + "\" #" + t.threadId() + (t.isDaemon() ? " daemon" : "") + ": ";
        Object on = s.waitingOn;
        String what = on == null ? "" : on.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(on));
        return head + switch (s.waitKind) {
            case Strand.WAIT_MONITOR -> "waiting to lock " + what + ownerOf(on);
            case Strand.WAIT_OBJECT -> on instanceof Thread joined ? "waiting for \"" + joined.getName() + "\" to end (Thread.join)"
                    : "waiting on " + what + " (Object.wait)";
            case Strand.WAIT_PARK -> "parked" + (on == null ? "" : " for " + what);
            case Strand.WAIT_JOIN -> "waiting for " + what + " to end (join)";
            case Strand.WAIT_EXIT -> "main() has returned; waiting for the other non-daemon threads to end";
            case Strand.WAIT_DEVICE, Strand.WAIT_DEVICE_OR_PARK -> "waiting for a device interrupt";
            default -> "blocked";
        };
    }

    private static String ownerOf(Object o) {
        Strand owner = Monitors.ownerOf(o);
        return owner == null ? "" : " (held by \"" + owner.thread.getName() + "\")";
    }
}
