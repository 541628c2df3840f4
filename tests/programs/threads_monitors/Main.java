import java.util.ArrayDeque;

/** synchronized blocks and methods, wait/notify hand-offs, reentrancy, contention with preemption. */
public class Main {
    static int staticCounter;
    int counter;

    synchronized void increment() {
        counter++;
    }

    static synchronized void staticIncrement() {
        staticCounter++;
    }

    synchronized int reentrant(int depth) {
        return depth == 0 ? (Thread.holdsLock(this) ? 1 : -1) : reentrant(depth - 1) + 1;
    }

    /** A bounded buffer with wait/notifyAll. */
    static final class Buffer {
        private final ArrayDeque<Integer> items = new ArrayDeque<>();
        private final int capacity;

        Buffer(int capacity) {
            this.capacity = capacity;
        }

        synchronized void put(int v) throws InterruptedException {
            while (items.size() == capacity) {
                wait();
            }
            items.add(v);
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (items.isEmpty()) {
                wait();
            }
            int v = items.poll();
            notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws Exception {
        Main m = new Main();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 200_000; k++) {
                    m.increment();
                    staticIncrement();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("counter " + m.counter + " static " + staticCounter);
        System.out.println("reentrant " + m.reentrant(300));

        // Producer/consumer through a small buffer: the sum and order must survive.
        Buffer buf = new Buffer(3);
        long[] consumed = new long[2];
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 5000; i++) {
                    buf.put(i);
                }
                buf.put(-1);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                int last = 0;
                boolean ordered = true;
                for (int v = buf.take(); v != -1; v = buf.take()) {
                    consumed[0] += v;
                    consumed[1]++;
                    ordered &= v == last + 1;
                    last = v;
                }
                System.out.println("consumer ordered=" + ordered);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        System.out.println("consumed " + consumed[1] + " items, sum " + consumed[0]);

        // Ping-pong: strict alternation through one monitor.
        Object ball = new Object();
        int[] turn = {0};
        StringBuilder log = new StringBuilder();
        Thread[] players = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int me = p;
            players[p] = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    synchronized (ball) {
                        while (turn[0] != me) {
                            try {
                                ball.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        log.append(me == 0 ? "ping " : "pong ");
                        turn[0] = 1 - me;
                        ball.notify();
                    }
                }
            });
        }
        players[1].start();
        players[0].start();
        players[0].join();
        players[1].join();
        System.out.println(log.toString().trim());

        // Monitor misuse.
        Object o = new Object();
        try {
            o.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait: " + e);
        }
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify: " + e);
        }
        try {
            o.wait(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative: " + e);
        }
        synchronized (o) {
            o.wait(5);
            o.wait(0, 1);
            System.out.println("timed waits returned, holds=" + Thread.holdsLock(o));
        }
        System.out.println("holds after=" + Thread.holdsLock(o));

        // Locks on arrays and class objects, and deep recursion on one lock.
        int[] arr = new int[1];
        Thread a1 = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                synchronized (arr) {
                    arr[0]++;
                }
            }
        });
        a1.start();
        for (int i = 0; i < 100_000; i++) {
            synchronized (arr) {
                arr[0]++;
            }
        }
        a1.join();
        synchronized (Main.class) {
            System.out.println("array counter " + arr[0] + " class lock " + Thread.holdsLock(Main.class));
        }
        // An exception leaving a synchronized method releases the monitor.
        try {
            m.throwing();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " holds=" + Thread.holdsLock(m));
        }
    }

    synchronized void throwing() {
        throw new IllegalStateException("inside synchronized");
    }
}
