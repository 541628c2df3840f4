package java.util.concurrent.locks;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import kiln.rt.QueuedSync;

/**
 * A reentrant read-write lock on kiln.rt.QueuedSync: readers acquire in shared mode, the writer in
 * exclusive mode, in one FIFO queue. The state is the writer's hold count; read holds are counted
 * per thread in a map. Rules, as documented by the JDK: the writer may also take read locks, and
 * releasing the write lock while holding a read lock downgrades; a reader can never upgrade (its
 * write acquisition waits for every reader, itself included). Non-fair readers wait when the first
 * queued thread is a writer (so writers are not starved); fair ones wait for any queued thread,
 * except that a thread already holding a read lock may always re-enter.
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private final Sync sync;
    private final ReadLock readerLock;
    private final WriteLock writerLock;

    private static final class Sync extends QueuedSync {
        final boolean fair;
        Thread owner;
        int reads;
        final HashMap<Thread, int[]> readHolds = new HashMap<>();

        Sync(boolean fair) {
            this.fair = fair;
        }

        int myReads() {
            int[] h = readHolds.get(Thread.currentThread());
            return h == null ? 0 : h[0];
        }

        boolean takeWrite(boolean barge) {
            Thread me = Thread.currentThread();
            int w = getState();
            if (w != 0) {
                if (owner != me) {
                    return false;
                }
                if (w == 65535) {
                    throw new Error("Maximum lock count exceeded");
                }
                setState(w + 1);
                return true;
            }
            if (reads > 0 || (!barge && fair && hasQueuedPredecessors())) {
                return false;
            }
            owner = me;
            setState(1);
            return true;
        }

        boolean takeRead(boolean barge) {
            Thread me = Thread.currentThread();
            if (getState() != 0 && owner != me) {
                return false;
            }
            int[] h = readHolds.get(me);
            boolean reentrant = owner == me || (h != null && h[0] > 0);
            if (!barge && !reentrant && (fair ? hasQueuedPredecessors() : firstQueuedIsExclusive())) {
                return false;
            }
            if (reads == 65535) {
                throw new Error("Maximum lock count exceeded");
            }
            if (h == null) {
                readHolds.put(me, h = new int[1]);
            }
            h[0]++;
            reads++;
            return true;
        }

        protected boolean tryAcquire(int arg) {
            return takeWrite(false);
        }

        protected boolean tryRelease(int arg) {
            if (owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            int w = getState() - arg;
            if (w == 0) {
                owner = null;
            }
            setState(w);
            return w == 0;
        }

        protected int tryAcquireShared(int arg) {
            return takeRead(false) ? 1 : -1;
        }

        protected boolean tryReleaseShared(int arg) {
            Thread me = Thread.currentThread();
            int[] h = readHolds.get(me);
            if (h == null || h[0] == 0) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (--h[0] == 0) {
                readHolds.remove(me);
            }
            reads--;
            return reads == 0 && getState() == 0;
        }

        protected boolean isHeldExclusively() {
            return owner == Thread.currentThread();
        }
    }

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        sync = new Sync(fair);
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    /** The shared half. */
    public static class ReadLock implements Lock, java.io.Serializable {
        private final Sync sync;

        protected ReadLock(ReentrantReadWriteLock lock) {
            sync = lock.sync;
        }

        public void lock() {
            sync.acquireSharedUninterruptibly(1);
        }

        public void lockInterruptibly() throws InterruptedException {
            sync.acquire(1, true, true, false, 0);
        }

        public boolean tryLock() {
            return sync.takeRead(true);
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            return sync.acquire(1, true, true, true, unit.toNanos(timeout));
        }

        public void unlock() {
            sync.releaseShared(1);
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        public String toString() {
            return super.toString() + "[Read locks = " + sync.reads + "]";
        }
    }

    /** The exclusive half. */
    public static class WriteLock implements Lock, java.io.Serializable {
        private final Sync sync;

        protected WriteLock(ReentrantReadWriteLock lock) {
            sync = lock.sync;
        }

        public void lock() {
            sync.acquireUninterruptibly(1);
        }

        public void lockInterruptibly() throws InterruptedException {
            sync.acquire(1, false, true, false, 0);
        }

        public boolean tryLock() {
            return sync.takeWrite(true);
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

        public boolean isHeldByCurrentThread() {
            return sync.owner == Thread.currentThread();
        }

        public int getHoldCount() {
            return sync.owner == Thread.currentThread() ? sync.getStateForLock() : 0;
        }

        public String toString() {
            Thread o = sync.owner;
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }

    public final boolean isFair() {
        return sync.fair;
    }

    protected Thread getOwner() {
        return sync.owner;
    }

    public int getReadLockCount() {
        return sync.reads;
    }

    public boolean isWriteLocked() {
        return sync.getStateForLock() != 0;
    }

    public boolean isWriteLockedByCurrentThread() {
        return sync.owner == Thread.currentThread();
    }

    public int getWriteHoldCount() {
        return sync.owner == Thread.currentThread() ? sync.getStateForLock() : 0;
    }

    public int getReadHoldCount() {
        return sync.myReads();
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

    public String toString() {
        return super.toString() + "[Write locks = " + sync.getStateForLock() + ", Read locks = " + sync.reads + "]";
    }
}
