package java.util.concurrent;

import java.util.Collection;
import kiln.rt.QueuedSync;

/**
 * A counting semaphore on kiln.rt.QueuedSync (shared mode; the state is the number of permits).
 * Fair semaphores hand permits out in arrival order; tryAcquire() always barges, as documented.
 */
public class Semaphore implements java.io.Serializable {
    private final Sync sync;

    private static final class Sync extends QueuedSync {
        final boolean fair;

        Sync(int permits, boolean fair) {
            setState(permits);
            this.fair = fair;
        }

        /** Takes n permits if available; returns the permits left (negative: not taken). */
        int take(int n, boolean barge) {
            if (!barge && fair && hasQueuedPredecessors()) {
                return -1;
            }
            int left = getState() - n;
            if (left >= 0) {
                setState(left);
            }
            return left;
        }

        protected int tryAcquireShared(int n) {
            return take(n, false);
        }

        protected boolean tryReleaseShared(int n) {
            int next = getState() + n;
            if (next < getState()) {
                throw new Error("Maximum permit count exceeded");
            }
            setState(next);
            return true;
        }

        int permits() {
            return getStateForLock();
        }

        void reduce(int n) {
            int next = getState() - n;
            if (next > getState()) {
                throw new Error("Permit count underflow");
            }
            setState(next);
        }

        int drain() {
            int p = getState();
            if (p > 0) {
                setState(0);
                return p;
            }
            if (p < 0) {
                setState(0); // the JDK drains negative counts to zero as well
            }
            return 0;
        }
    }

    public Semaphore(int permits) {
        sync = new Sync(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        sync = new Sync(permits, fair);
    }

    private static void check(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
    }

    public void acquire() throws InterruptedException {
        sync.acquire(1, true, true, false, 0);
    }

    public void acquire(int permits) throws InterruptedException {
        check(permits);
        sync.acquire(permits, true, true, false, 0);
    }

    public void acquireUninterruptibly() {
        sync.acquireSharedUninterruptibly(1);
    }

    public void acquireUninterruptibly(int permits) {
        check(permits);
        sync.acquireSharedUninterruptibly(permits);
    }

    public boolean tryAcquire() {
        return sync.take(1, true) >= 0;
    }

    public boolean tryAcquire(int permits) {
        check(permits);
        return sync.take(permits, true) >= 0;
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.acquire(1, true, true, true, unit.toNanos(timeout));
    }

    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        check(permits);
        return sync.acquire(permits, true, true, true, unit.toNanos(timeout));
    }

    public void release() {
        sync.releaseShared(1);
    }

    public void release(int permits) {
        check(permits);
        sync.releaseShared(permits);
    }

    public int availablePermits() {
        return sync.permits();
    }

    public int drainPermits() {
        return sync.drain();
    }

    protected void reducePermits(int reduction) {
        check(reduction);
        sync.reduce(reduction);
    }

    public boolean isFair() {
        return sync.fair;
    }

    public final boolean hasQueuedThreads() {
        return sync.hasQueuedThreads();
    }

    public final int getQueueLength() {
        return sync.getQueueLength();
    }

    protected Collection<Thread> getQueuedThreads() {
        return sync.queuedThreads(null);
    }

    public String toString() {
        return super.toString() + "[Permits = " + sync.permits() + "]";
    }
}
