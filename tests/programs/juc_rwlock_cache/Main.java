import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

public class Main {
    /** A cache guarded by a read-write lock; misses upgrade by releasing the read lock first. */
    static final class Cache {
        private final Map<Integer, Long> map = new HashMap<>();
        private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        final AtomicInteger misses = new AtomicInteger();

        long get(int key) {
            rw.readLock().lock();
            try {
                Long v = map.get(key);
                if (v != null) {
                    return v;
                }
            } finally {
                rw.readLock().unlock();
            }
            rw.writeLock().lock();
            try {
                Long v = map.get(key);
                if (v == null) {
                    misses.incrementAndGet();
                    v = (long) key * key;
                    map.put(key, v);
                }
                rw.readLock().lock(); // downgrade
                rw.writeLock().unlock();
                try {
                    return v;
                } finally {
                    rw.readLock().unlock();
                }
            } finally {
                if (rw.isWriteLockedByCurrentThread()) {
                    rw.writeLock().unlock();
                }
            }
        }
    }

    static long plain;

    public static void main(String[] args) throws Exception {
        Cache cache = new Cache();
        List<Thread> ts = new ArrayList<>();
        AtomicLong total = new AtomicLong();
        for (int t = 0; t < 6; t++) {
            final int seed = t;
            Thread th = new Thread(() -> {
                Random r = new Random(seed);
                long s = 0;
                for (int i = 0; i < 3000; i++) {
                    s += cache.get(r.nextInt(200));
                }
                total.addAndGet(s);
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        System.out.println("cache total " + total + " misses " + cache.misses + " size " + cache.map.size());

        // parallel counters: AtomicLong, LongAdder, ReentrantLock-guarded long, synchronized
        AtomicLong atomic = new AtomicLong();
        LongAdder adder = new LongAdder();
        ReentrantLock lock = new ReentrantLock(true);
        Object mon = new Object();
        long[] guarded = {0};
        long[] syncd = {0};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 25_000; i++) {
                    atomic.incrementAndGet();
                    adder.add(2);
                    lock.lock();
                    try {
                        guarded[0] += 3;
                    } finally {
                        lock.unlock();
                    }
                    synchronized (mon) {
                        syncd[0]++;
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("atomic " + atomic + " adder " + adder.sum() + " lock " + guarded[0] + " sync " + syncd[0]);

        // writers exclude readers: readers never observe a half-written pair
        ReentrantReadWriteLock pairLock = new ReentrantReadWriteLock(true);
        int[] pair = {0, 0};
        AtomicInteger torn = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int i = 1; i <= 2000; i++) {
                pairLock.writeLock().lock();
                try {
                    pair[0] = i;
                    Thread.yield();
                    pair[1] = i;
                } finally {
                    pairLock.writeLock().unlock();
                }
            }
            stop.set(true);
        });
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Thread rd = new Thread(() -> {
                while (!stop.get()) {
                    pairLock.readLock().lock();
                    try {
                        if (pair[0] != pair[1]) {
                            torn.incrementAndGet();
                        }
                    } finally {
                        pairLock.readLock().unlock();
                    }
                    Thread.yield();
                }
            });
            readers.add(rd);
            rd.start();
        }
        writer.start();
        writer.join();
        for (Thread rd : readers) {
            rd.join();
        }
        System.out.println("torn reads " + torn + " final " + pair[0] + "," + pair[1] + " " + pairLock.getReadLockCount() + " " + pairLock.isWriteLocked());
    }
}
