package java.util.concurrent.locks;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import kiln.rt.QueuedSync;

/**
 * A reentrant mutual-exclusion lock, built on kiln.rt.QueuedSync (a FIFO queue of parked
 * threads; see that class). The state is the hold count of the owner. A fair lock never lets an
 * arriving thread take the lock while others queue; a non-fair one lets tryLock() barge.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private final Sync sync;

    private static final class Sync extends QueuedSync {
        final boolean fair;
        Thread owner;

        Sync(boolean fair) {
            this.fair = fair;
        }

        /** Takes the lock if free (or re-enters); {@code barge} ignores queued threads. */
        boolean take(int acquires, boolean barge) {
            Thread me = Thread.currentThread();
            int c = getState();
            if (c == 0) {
                if (!barge && fair && hasQueuedPredecessors()) {
                    return false;
                }
                if (compareAndSetState(0, acquires)) {
                    owner = me;
                    return true;
                }
                return false;
            }
            if (owner == me) {
                int n = c + acquires;
                if (n < 0) {
                    throw new Error("Maximum lock count exceeded");
                }
                setState(n);
                return true;
            }
            return false;
        }

        protected boolean tryAcquire(int acquires) {
            return take(acquires, false);
        }

        protected boolean tryRelease(int releases) {
            if (owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            int c = getState() - releases;
            if (c == 0) {
                owner = null;
            }
            setState(c);
            return c == 0;
        }

        protected boolean isHeldExclusively() {
            return owner == Thread.currentThread();
        }

        int holds() {
            return owner == Thread.currentThread() ? getState() : 0;
        }
    }

    public ReentrantLock() {
        sync = new Sync(false);
    }

    public ReentrantLock(boolean fair) {
        sync = new Sync(fair);
    }

    public void lock() {
        sync.acquireUninterruptibly(1);
    }

    public void lockInterruptibly() throws InterruptedException {
        sync.acquire(1, false, true, false, 0);
    }

    /** Barges even on a fair lock, as the JDK documents. */
    public boolean tryLock() {
        return sync.take(1, true);
    }

    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.acquire(1, false, true, true, unit.toNanos(timeout));
    }

    public void unlock() {
        sync.release(1);
    }

    public Condition newCondition() {
        return sync.new ConditionObject();
    }

    public int getHoldCount() {
        return sync.holds();
    }

    public boolean isHeldByCurrentThread() {
        return sync.owner == Thread.currentThread();
    }

    public boolean isLocked() {
        return sync.getStateForLock() != 0;
    }

    public final boolean isFair() {
        return sync.fair;
    }

    protected Thread getOwner() {
        return sync.owner;
    }

    public final boolean hasQueuedThreads() {
        return sync.hasQueuedThreads();
    }

    public final boolean hasQueuedThread(Thread thread) {
        return sync.isQueued(thread);
    }

    public final int getQueueLength() {
        return sync.getQueueLength();
    }

    protected Collection<Thread> getQueuedThreads() {
        return sync.queuedThreads(null);
    }

    public boolean hasWaiters(Condition condition) {
        return conditionOf(condition).hasWaiters();
    }

    public int getWaitQueueLength(Condition condition) {
        return conditionOf(condition).getWaitQueueLength();
    }

    private QueuedSync.ConditionObject conditionOf(Condition condition) {
        if (condition == null) {
            throw new NullPointerException();
        }
        if (!(condition instanceof QueuedSync.ConditionObject c) || !sync.owns(c)) {
            throw new IllegalArgumentException("not owner");
        }
        return c;
    }

    public String toString() {
        Thread o = sync.owner;
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
