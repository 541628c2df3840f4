package java.util.concurrent;

import kiln.rt.QueuedSync;

/**
 * A one-shot gate: await blocks until countDown has been called count times. Built on
 * kiln.rt.QueuedSync in shared mode (the state is the count; acquiring succeeds once it is zero,
 * and the release that reaches zero wakes every waiter in turn).
 */
public class CountDownLatch {
    private final Sync sync;

    private static final class Sync extends QueuedSync {
        Sync(int count) {
            setState(count);
        }

        protected int tryAcquireShared(int unused) {
            return getState() == 0 ? 1 : -1;
        }

        protected boolean tryReleaseShared(int unused) {
            int c = getState();
            if (c == 0) {
                return false;
            }
            setState(c - 1);
            return c == 1;
        }

        long count() {
            return getStateForLock();
        }
    }

    public CountDownLatch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        sync = new Sync(count);
    }

    public void await() throws InterruptedException {
        sync.acquire(1, true, true, false, 0);
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.acquire(1, true, true, true, unit.toNanos(timeout));
    }

    public void countDown() {
        sync.releaseShared(1);
    }

    public long getCount() {
        return sync.count();
    }

    public String toString() {
        return super.toString() + "[Count = " + sync.count() + "]";
    }
}
