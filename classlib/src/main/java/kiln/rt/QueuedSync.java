package kiln.rt;

import java.util.concurrent.locks.LockSupport;

/**
 * The waiting machinery under java.util.concurrent's locks and synchronizers (ReentrantLock,
 * ReentrantReadWriteLock, Semaphore, CountDownLatch): an int {@code state} whose meaning the
 * subclass defines through tryAcquire/tryRelease (exclusive) or tryAcquireShared/tryReleaseShared
 * (shared), plus a FIFO queue of the threads that could not acquire and are parked
 * (LockSupport.park, i.e. Scheduler.park with its per-thread permit).
 *
 * Kiln's own design (not the JDK's AbstractQueuedSynchronizer, though the idea is the same):
 * <ul>
 * <li>This class is in kiln.rt, which is compiled without safepoint polls, so every queue
 * operation here is atomic on Kiln's single CPU. A switch can only happen when this code calls
 * out (the subclass's try* methods, park) — so every decision is re-checked after such a call.</li>
 * <li>Only the first queued thread tries to acquire; a release unparks it. The permit semantics of
 * park/unpark make the "check, then park" sequence free of lost wake-ups.</li>
 * <li>A shared acquirer that succeeds wakes the next queued thread, so one release that satisfies
 * several shared waiters (a latch reaching zero, several permits) propagates down the queue.</li>
 * <li>Barging: a thread arriving while others queue may still take a free resource unless the
 * subclass's try* refuses (fair locks check {@link #hasQueuedPredecessors}).</li>
 * </ul>
 */
public abstract class QueuedSync {
    /** One parked (or about to park) thread. */
    public static final class Node {
        final Thread thread;
        final boolean shared;
        Node prev, next;
        boolean queued;

        Node(Thread thread, boolean shared) {
            this.thread = thread;
            this.shared = shared;
        }
    }

    private int state;
    private Node head, tail;
    private int length;

    /** The state, for the owning java.util.concurrent class's inspection methods. */
    public final int getStateForLock() {
        return state;
    }

    /** Whether a condition belongs to this synchronizer. */
    public final boolean owns(ConditionObject c) {
        return c.owner() == this;
    }

    protected final int getState() {
        return state;
    }

    protected final void setState(int s) {
        state = s;
    }

    /** Atomic here: this class has no safepoint polls. */
    protected final boolean compareAndSetState(int expect, int update) {
        if (state != expect) {
            return false;
        }
        state = update;
        return true;
    }

    protected boolean tryAcquire(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(int arg) {
        throw new UnsupportedOperationException();
    }

    /** Negative: failed; zero: acquired, later shared acquirers will fail; positive: they may succeed. */
    protected int tryAcquireShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(int arg) {
        throw new UnsupportedOperationException();
    }

    // ---- the queue (atomic: no polls in kiln.rt) ----

    private void append(Node n) {
        n.prev = tail;
        n.next = null;
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        n.queued = true;
        length++;
    }

    private void unlink(Node n) {
        if (!n.queued) {
            return;
        }
        if (n.prev == null) {
            head = n.next;
        } else {
            n.prev.next = n.next;
        }
        if (n.next == null) {
            tail = n.prev;
        } else {
            n.next.prev = n.prev;
        }
        n.prev = n.next = null;
        n.queued = false;
        length--;
    }

    private void wakeHead() {
        Node h = head;
        if (h != null) {
            LockSupport.unpark(h.thread);
        }
    }

    // ---- acquiring ----

    /**
     * Acquires, queuing and parking as needed. Returns true when acquired; false when {@code timed}
     * and {@code nanos} ran out. Throws InterruptedException (clearing the status) if
     * {@code interruptible} and the thread is or becomes interrupted; otherwise an interrupt while
     * waiting is remembered and re-asserted once acquired.
     */
    public final boolean acquire(int arg, boolean shared, boolean interruptible, boolean timed, long nanos)
            throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        // Always try first, even with threads queued: a lock re-entered by its owner must succeed
        // (refusing it deadlocks), and barging is the subclass's decision (see the class comment).
        if (attempt(arg, shared)) {
            return true;
        }
        if (timed && nanos <= 0) {
            return false;
        }
        long deadline = timed ? System.nanoTime() + nanos : 0;
        Node n = new Node(Thread.currentThread(), shared);
        append(n);
        boolean interrupted = false;
        while (true) {
            if (head == n && attempt(arg, shared)) {
                unlink(n);
                if (shared) {
                    wakeHead(); // propagate: the next shared waiter may succeed too
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
            if (timed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    cancel(n);
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return false;
                }
                LockSupport.parkNanos(this, left);
            } else {
                LockSupport.park(this);
            }
            if (Thread.interrupted()) {
                if (interruptible) {
                    cancel(n);
                    throw new InterruptedException();
                }
                interrupted = true;
            }
        }
    }

    private boolean attempt(int arg, boolean shared) {
        return shared ? tryAcquireShared(arg) >= 0 : tryAcquire(arg);
    }

    private void cancel(Node n) {
        boolean wasHead = head == n;
        unlink(n);
        if (wasHead) {
            wakeHead(); // we may have consumed the wake-up meant for the head
        }
    }

    /** Uninterruptible exclusive acquire. */
    public final void acquireUninterruptibly(int arg) {
        try {
            acquire(arg, false, false, false, 0);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e); // cannot happen: not interruptible
        }
    }

    public final void acquireSharedUninterruptibly(int arg) {
        try {
            acquire(arg, true, false, false, 0);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public final boolean release(int arg) {
        if (tryRelease(arg)) {
            wakeHead();
            return true;
        }
        return false;
    }

    public final boolean releaseShared(int arg) {
        if (tryReleaseShared(arg)) {
            wakeHead();
            return true;
        }
        return false;
    }

    // ---- queue inspection ----

    public final boolean hasQueuedThreads() {
        return head != null;
    }

    public final int getQueueLength() {
        return length;
    }

    /** True if some other thread queued before the current one (fair try* methods refuse then). */
    public final boolean hasQueuedPredecessors() {
        Node h = head;
        return h != null && h.thread != Thread.currentThread();
    }

    public final boolean isQueued(Thread t) {
        for (Node n = head; n != null; n = n.next) {
            if (n.thread == t) {
                return true;
            }
        }
        return false;
    }

    /** True if the first queued thread waits in exclusive mode (non-fair readers yield to it). */
    public final boolean firstQueuedIsExclusive() {
        Node h = head;
        return h != null && !h.shared;
    }

    /** The queued threads, first to last, in exclusive (false) or shared (true) mode, or all (null). */
    public final java.util.List<Thread> queuedThreads(Boolean shared) {
        java.util.ArrayList<Thread> list = new java.util.ArrayList<>();
        for (Node n = head; n != null; n = n.next) {
            if (shared == null || n.shared == shared) {
                list.add(n.thread);
            }
        }
        return list;
    }

    /** Whether the current thread holds this synchronizer exclusively (conditions require it). */
    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    /**
     * A Condition of an exclusive synchronizer: await releases the whole state (every re-entry),
     * parks until signal or interrupt, then re-acquires the saved state before returning. signal
     * moves nothing between queues: it marks the oldest waiter signalled and unparks it, and that
     * thread then queues for the lock like any other.
     */
    public final class ConditionObject implements java.util.concurrent.locks.Condition {
        private static final class Waiter {
            final Thread thread;
            Waiter next;
            boolean signalled;
            long deadline;

            Waiter(Thread t) {
                thread = t;
            }
        }

        private Waiter first, last;

        QueuedSync owner() {
            return QueuedSync.this;
        }

        private void add(Waiter w) {
            if (last == null) {
                first = w;
            } else {
                last.next = w;
            }
            last = w;
        }

        private void remove(Waiter w) {
            Waiter prev = null;
            for (Waiter x = first; x != null; prev = x, x = x.next) {
                if (x == w) {
                    if (prev == null) {
                        first = x.next;
                    } else {
                        prev.next = x.next;
                    }
                    if (last == x) {
                        last = prev;
                    }
                    return;
                }
            }
        }

        private int releaseAll() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            int saved = getState();
            if (!release(saved)) {
                throw new IllegalMonitorStateException();
            }
            return saved;
        }

        /** Core of every await: returns the waiter (signalled or not, its deadline); throws if interrupted before signal. */
        private Waiter doAwait(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Waiter w = new Waiter(Thread.currentThread());
            w.deadline = timed ? System.nanoTime() + nanos : 0;
            add(w);
            int saved = releaseAll();
            boolean interruptedBeforeSignal = false, interruptedAfter = false;
            while (!w.signalled) {
                if (timed) {
                    long left = w.deadline - System.nanoTime();
                    if (left <= 0) {
                        remove(w);
                        break;
                    }
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    if (!w.signalled && interruptible) {
                        remove(w);
                        interruptedBeforeSignal = true;
                        break;
                    }
                    interruptedAfter = true;
                }
            }
            acquireUninterruptibly(saved);
            if (interruptedBeforeSignal) {
                throw new InterruptedException();
            }
            if (interruptedAfter) {
                Thread.currentThread().interrupt();
            }
            return w;
        }

        public void await() throws InterruptedException {
            doAwait(true, false, 0);
        }

        public void awaitUninterruptibly() {
            try {
                doAwait(false, false, 0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The nanoseconds left before the deadline (at most 0 if it passed without a signal). */
        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            Waiter w = doAwait(true, true, nanosTimeout);
            long left = w.deadline - System.nanoTime();
            return w.signalled ? left : Math.min(left, 0);
        }

        /** False if the time elapsed before a signal. */
        public boolean await(long time, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            return doAwait(true, true, unit.toNanos(time)).signalled;
        }

        public void signal() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Waiter w = first;
            if (w != null) {
                first = w.next;
                if (first == null) {
                    last = null;
                }
                w.signalled = true;
                LockSupport.unpark(w.thread);
            }
        }

        public void signalAll() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Waiter w = first;
            first = last = null;
            for (; w != null; w = w.next) {
                w.signalled = true;
                LockSupport.unpark(w.thread);
            }
        }

        public boolean hasWaiters() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            return first != null;
        }

        public int getWaitQueueLength() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            int n = 0;
            for (Waiter w = first; w != null; w = w.next) {
                n++;
            }
            return n;
        }
    }
}
