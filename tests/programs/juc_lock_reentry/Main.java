import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Re-entering a lock while another thread is queued for it must not wait (it once deadlocked). */
public class Main {
    static void waitUntilQueued(ReentrantLock l) throws InterruptedException {
        while (!l.hasQueuedThreads()) {
            Thread.sleep(1);
        }
    }

    public static void main(String[] args) throws Exception {
        for (boolean fair : new boolean[] {false, true}) {
            ReentrantLock lock = new ReentrantLock(fair);
            lock.lock();
            Thread waiter = new Thread(() -> {
                lock.lock();
                System.out.println("waiter got the lock, holds " + lock.getHoldCount());
                lock.unlock();
            });
            waiter.start();
            waitUntilQueued(lock);
            lock.lock();
            System.out.println("fair=" + fair + ": re-entered with a waiter queued, holds " + lock.getHoldCount()
                    + " tryLock " + lock.tryLock() + " holds " + lock.getHoldCount());
            lock.unlock();
            lock.unlock();
            lock.unlock();
            waiter.join();
        }

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.writeLock().lock();
        Thread reader = new Thread(() -> {
            rw.readLock().lock();
            System.out.println("reader got the read lock");
            rw.readLock().unlock();
        });
        reader.start();
        while (!rw.hasQueuedThreads()) {
            Thread.sleep(1);
        }
        rw.writeLock().lock();
        rw.readLock().lock(); // a writer may also take the read lock
        System.out.println("writer re-entered: write holds " + rw.getWriteHoldCount() + " read holds " + rw.getReadHoldCount());
        rw.readLock().unlock();
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        reader.join();
    }
}
