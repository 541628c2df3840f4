/** Preemption: busy threads do not starve others; a volatile flag set by one thread stops a spinner. */
public class Main {
    static volatile boolean stop;
    static volatile long spins;

    public static void main(String[] args) throws Exception {
        Thread spinner = new Thread(() -> {
            long n = 0;
            while (!stop) {
                n++;
            }
            spins = n;
            System.out.println("spinner stopped");
        });
        spinner.start();
        Thread ticker = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("tick " + i);
            }
            stop = true;
        });
        ticker.start();
        ticker.join();
        spinner.join();
        System.out.println("spinner ran: " + (spins > 0));

        // Two CPU-bound threads and a recursive one finish; results are exact.
        long[] r = new long[3];
        Thread a = new Thread(() -> r[0] = fib(27));
        Thread b = new Thread(() -> {
            long s = 0;
            for (int i = 0; i < 30_000_000; i++) {
                s += i % 7;
            }
            r[1] = s;
        });
        Thread c = new Thread(() -> r[2] = fib(25));
        a.start();
        b.start();
        c.start();
        a.join();
        b.join();
        c.join();
        System.out.println(r[0] + " " + r[1] + " " + r[2]);

        // Deep recursion in a thread overflows that thread's stack only.
        Thread deep = new Thread(() -> {
            try {
                recurse(0);
            } catch (StackOverflowError e) {
                System.out.println("thread got StackOverflowError");
            }
        });
        deep.start();
        deep.join();
        System.out.println("main still fine: " + fib(20));
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
