import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.*;

public class Main {
    static int counter;

    static String clean(Object o) {
        String s = o.toString();
        int at = s.indexOf('@');
        int end = at + 1;
        while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0) {
            end++;
        }
        return s.substring(0, at) + "@H" + s.substring(end);
    }

    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        System.out.println(clean(lock) + " fair=" + lock.isFair() + " " + new ReentrantLock(true).isFair());
        lock.lock();
        lock.lock();
        System.out.println(clean(lock) + " holds=" + lock.getHoldCount() + " locked=" + lock.isLocked() + " mine=" + lock.isHeldByCurrentThread());
        lock.unlock();
        lock.unlock();
        System.out.println(clean(lock) + " holds=" + lock.getHoldCount());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock: " + e);
        }

        // contended counter with fair and non-fair locks
        for (boolean fair : new boolean[] {false, true}) {
            ReentrantLock l = new ReentrantLock(fair);
            counter = 0;
            List<Thread> ts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Thread t = new Thread(() -> {
                    for (int k = 0; k < 10000; k++) {
                        l.lock();
                        try {
                            int c = counter;
                            if ((k & 255) == 0) {
                                Thread.yield();
                            }
                            counter = c + 1;
                        } finally {
                            l.unlock();
                        }
                    }
                }, "w" + i);
                ts.add(t);
                t.start();
            }
            for (Thread t : ts) {
                t.join();
            }
            System.out.println("fair=" + fair + " counter=" + counter + " " + clean(l));
        }

        // tryLock, queue inspection, lockInterruptibly
        ReentrantLock l2 = new ReentrantLock();
        l2.lock();
        Thread other = new Thread(() -> {
            System.out.println("other tryLock=" + l2.tryLock());
            try {
                System.out.println("other timed tryLock=" + l2.tryLock(20, TimeUnit.MILLISECONDS));
                l2.lockInterruptibly();
                System.out.println("other got the lock (unexpected)");
            } catch (InterruptedException e) {
                System.out.println("other interrupted: " + e + " flag=" + Thread.currentThread().isInterrupted());
            }
        }, "other");
        other.start();
        while (!l2.hasQueuedThread(other) || other.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        System.out.println("queued=" + l2.getQueueLength() + " " + clean(l2));
        other.interrupt();
        other.join();
        System.out.println("after: queued=" + l2.getQueueLength());
        l2.unlock();

        // conditions: ordered hand-off between two threads
        ReentrantLock l3 = new ReentrantLock();
        Condition turn = l3.newCondition();
        int[] state = {0};
        StringBuilder log = new StringBuilder();
        Thread[] ps = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int me = i;
            ps[i] = new Thread(() -> {
                for (int round = 0; round < 4; round++) {
                    l3.lock();
                    try {
                        while (state[0] % 3 != me) {
                            turn.awaitUninterruptibly();
                        }
                        log.append(me);
                        state[0]++;
                        turn.signalAll();
                    } finally {
                        l3.unlock();
                    }
                }
            });
            ps[i].start();
        }
        for (Thread t : ps) {
            t.join();
        }
        System.out.println("turns " + log);

        l3.lock();
        long left = turn.awaitNanos(2_000_000);
        System.out.println("awaitNanos timed out: " + (left <= 0) + " await(t)=" + turn.await(1, TimeUnit.MILLISECONDS) + " holds=" + l3.getHoldCount());
        System.out.println("waiters " + l3.hasWaiters(turn) + " " + l3.getWaitQueueLength(turn));
        l3.unlock();
        try {
            turn.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without lock: " + e);
        }
        try {
            turn.await();
        } catch (IllegalMonitorStateException e) {
            System.out.println("await without lock: " + e);
        }
        Thread.currentThread().interrupt();
        l3.lock();
        try {
            turn.await();
        } catch (InterruptedException e) {
            System.out.println("await interrupted: " + e + " holds=" + l3.getHoldCount());
        }
        // signal from another thread; the waiter re-acquires with its hold count
        Thread sig = new Thread(() -> {
            l3.lock();
            turn.signal();
            l3.unlock();
        });
        l3.lock();
        sig.start();
        turn.await();
        System.out.println("signalled, holds=" + l3.getHoldCount());
        l3.unlock();
        l3.unlock();
        sig.join();

        // read-write lock
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        System.out.println(clean(rw) + " " + clean(rw.readLock()) + " " + clean(rw.writeLock()));
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println(clean(rw) + " readHolds=" + rw.getReadHoldCount() + " write tryLock=" + rw.writeLock().tryLock());
        rw.readLock().unlock();
        rw.readLock().unlock();
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e);
        }
        rw.writeLock().lock();
        rw.writeLock().lock();
        rw.readLock().lock(); // a writer may read
        System.out.println(clean(rw) + " " + clean(rw.writeLock()).replace(Thread.currentThread().getName(), "ME") + " wh=" + rw.getWriteHoldCount()
                + " " + rw.isWriteLocked() + " " + rw.isWriteLockedByCurrentThread() + " " + rw.writeLock().getHoldCount());
        rw.writeLock().unlock();
        rw.writeLock().unlock(); // downgraded: still reading
        Thread reader = new Thread(() -> System.out.println("other read tryLock=" + rw.readLock().tryLock() + " write tryLock=" + rw.writeLock().tryLock()));
        reader.start();
        reader.join();
        System.out.println(clean(rw));
        rw.readLock().unlock();
        System.out.println(clean(rw) + " mine=" + rw.getReadHoldCount());
        try {
            rw.readLock().newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        try {
            rw.writeLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e);
        }
    }
}
