import java.util.concurrent.SynchronousQueue;

/**
 * Thread costs, measured inside one process: start+join of platform and virtual threads, and a
 * context switch (a ping-pong hand-off between two threads, over a monitor and over a
 * SynchronousQueue). Each figure is the best of 5 rounds, in ns per operation.
 */
public class Main {
    static final Object LOCK = new Object();
    static int turn;

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int switches = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        System.out.println("platform-start-join " + best(() -> startJoin(starts, false)) / starts);
        System.out.println("virtual-start-join " + best(() -> startJoin(starts, true)) / starts);
        System.out.println("monitor-switch " + best(() -> pingPongMonitor(switches)) / (2L * switches));
        System.out.println("queue-switch " + best(() -> pingPongQueue(switches)) / (2L * switches));
    }

    interface Work {
        void run() throws Exception;
    }

    static long best(Work w) throws Exception {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            w.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    static void startJoin(int n, boolean virtual) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            Thread t = virtual ? Thread.ofVirtual().unstarted(() -> { }) : new Thread(() -> { });
            t.start();
            t.join();
        }
    }

    static void pingPongMonitor(int rounds) throws InterruptedException {
        turn = 0;
        Thread other = new Thread(() -> play(1, rounds));
        other.start();
        play(0, rounds);
        other.join();
    }

    static void play(int me, int rounds) {
        for (int i = 0; i < rounds; i++) {
            synchronized (LOCK) {
                while (turn != me) {
                    try {
                        LOCK.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                turn = 1 - me;
                LOCK.notify();
            }
        }
    }

    static void pingPongQueue(int rounds) throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>(), pong = new SynchronousQueue<>();
        Thread other = new Thread(() -> {
            try {
                for (int i = 0; i < rounds; i++) {
                    pong.put(ping.take());
                }
            } catch (InterruptedException e) {
                return;
            }
        });
        other.start();
        for (int i = 0; i < rounds; i++) {
            ping.put(i);
            pong.take();
        }
        other.join();
    }
}
