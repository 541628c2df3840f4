import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
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
        // CountDownLatch: start gate + done latch
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(5);
        AtomicInteger sum = new AtomicInteger();
        for (int i = 1; i <= 5; i++) {
            final int v = i;
            new Thread(() -> {
                try {
                    start.await();
                    sum.addAndGet(v * v);
                } catch (InterruptedException e) {
                    System.out.println("unexpected " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        System.out.println(clean(done) + " " + clean(start));
        start.countDown();
        start.countDown();
        done.await();
        System.out.println("sum=" + sum + " " + clean(done) + " timed=" + done.await(1, TimeUnit.SECONDS));
        System.out.println("timeout=" + new CountDownLatch(1).await(3, TimeUnit.MILLISECONDS));
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        Thread.currentThread().interrupt();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            System.out.println("latch " + e);
        }

        // CyclicBarrier: 4 parties, 3 phases, the action records each phase
        List<String> phases = new ArrayList<>();
        int[] phase = {0};
        int[][] partial = new int[3][4];
        CyclicBarrier barrier = new CyclicBarrier(4, () -> {
            int s = 0;
            for (int x : partial[phase[0]]) {
                s += x;
            }
            phases.add("phase " + phase[0] + " total " + s);
            phase[0]++;
        });
        System.out.println("parties=" + barrier.getParties() + " waiting=" + barrier.getNumberWaiting() + " broken=" + barrier.isBroken());
        List<Thread> ts = new ArrayList<>();
        ConcurrentLinkedQueue<Integer> indexes = new ConcurrentLinkedQueue<>();
        for (int w = 0; w < 4; w++) {
            final int id = w;
            Thread t = new Thread(() -> {
                try {
                    for (int p = 0; p < 3; p++) {
                        partial[p][id] = (id + 1) * (p + 10);
                        indexes.add(barrier.await());
                    }
                } catch (Exception e) {
                    System.out.println("unexpected " + e);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println(phases);
        List<Integer> idx = new ArrayList<>(indexes);
        Collections.sort(idx);
        System.out.println("arrival indexes " + idx);

        // a broken barrier: one party times out, the others see BrokenBarrierException
        CyclicBarrier b2 = new CyclicBarrier(3);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                waiting.countDown();
                b2.await();
            } catch (BrokenBarrierException e) {
                System.out.println("waiter: " + e);
            } catch (InterruptedException e) {
                System.out.println("waiter unexpected " + e);
            }
        });
        waiter.start();
        waiting.await();
        while (b2.getNumberWaiting() < 1) {
            Thread.sleep(1);
        }
        String mainSaw = "none";
        try {
            b2.await(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            mainSaw = e.toString();
        }
        waiter.join();
        System.out.println("main: " + mainSaw);
        System.out.println("broken=" + b2.isBroken());
        try {
            b2.await();
        } catch (BrokenBarrierException e) {
            System.out.println("again: " + e);
        }
        b2.reset();
        System.out.println("after reset broken=" + b2.isBroken() + " waiting=" + b2.getNumberWaiting());

        // barrier action throwing breaks the barrier
        CyclicBarrier b3 = new CyclicBarrier(1, () -> {
            throw new IllegalStateException("action failed");
        });
        try {
            b3.await();
        } catch (IllegalStateException e) {
            System.out.println("action: " + e + " broken=" + b3.isBroken());
        }
        try {
            new CyclicBarrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        // Semaphore: at most 2 in the critical section
        Semaphore sem = new Semaphore(2, true);
        AtomicInteger inside = new AtomicInteger(), maxInside = new AtomicInteger();
        List<Thread> sts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 50; k++) {
                    try {
                        sem.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        int n = inside.incrementAndGet();
                        maxInside.accumulateAndGet(n, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            });
            sts.add(t);
            t.start();
        }
        for (Thread t : sts) {
            t.join();
        }
        System.out.println("max inside=" + maxInside + " " + clean(sem) + " fair=" + sem.isFair());
        System.out.println(sem.tryAcquire(3) + " " + sem.tryAcquire(2) + " " + sem.availablePermits() + " " + sem.tryAcquire(1, 2, TimeUnit.MILLISECONDS));
        sem.release(5);
        System.out.println(sem.drainPermits() + " " + sem.availablePermits() + " " + sem.hasQueuedThreads() + " " + sem.getQueueLength());
        try {
            sem.acquire(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        Semaphore neg = new Semaphore(-2);
        System.out.println(clean(neg) + " " + neg.tryAcquire());
        neg.release(3);
        System.out.println(neg.availablePermits() + " " + neg.tryAcquire());
    }
}
