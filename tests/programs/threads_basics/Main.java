import java.util.ArrayList;
import java.util.List;

/** Thread life cycle: start/join, names, states, daemon, priorities, interrupts, ThreadLocal, handlers. */
public class Main {
    static final ThreadLocal<String> LOCAL = ThreadLocal.withInitial(() -> "initial");
    static final InheritableThreadLocal<String> INHERITED = new InheritableThreadLocal<>() {
        @Override
        protected String childValue(String parent) {
            return parent + "+child";
        }
    };

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println(main.getName() + " " + main.getPriority() + " " + main.isDaemon() + " " + main.getState()
                + " " + main.getThreadGroup().getName() + " " + main.isVirtual());

        long[] sums = new long[4];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int id = i;
            Thread t = new Thread(() -> {
                long s = 0;
                for (int k = 0; k <= 100000 * (id + 1); k++) {
                    s += k;
                }
                sums[id] = s;
            });
            workers.add(t);
            System.out.println(t.getName() + " " + t.getState() + " alive=" + t.isAlive());
        }
        for (Thread t : workers) {
            t.start();
        }
        for (Thread t : workers) {
            t.join();
            System.out.println(t.getName() + " " + t.getState() + " alive=" + t.isAlive() + " group=" + t.getThreadGroup());
        }
        for (long s : sums) {
            System.out.println("sum " + s);
        }

        try {
            workers.get(0).start();
        } catch (IllegalThreadStateException e) {
            System.out.println("restart: " + e);
        }

        // Named threads, priorities, daemon flags.
        Thread named = new Thread(() -> System.out.println("running " + Thread.currentThread().getName()), "worker-A");
        named.setPriority(7);
        named.setDaemon(true);
        System.out.println(named.getName() + " prio=" + named.getPriority() + " daemon=" + named.isDaemon());
        named.start();
        named.join();
        try {
            named.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("bad priority: " + e);
        }

        // Interrupting a sleeping thread.
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                System.out.println("woke normally?");
            } catch (InterruptedException e) {
                System.out.println("sleeper: " + e.getMessage() + " interrupted-now=" + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        System.out.println("sleeper state " + sleeper.getState());
        sleeper.interrupt();
        sleeper.join();

        // Interrupting a waiting thread.
        Object lock = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    System.out.println("waiter: " + e + " holds=" + Thread.holdsLock(lock));
                }
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.yield();
        }
        System.out.println("waiter state " + waiter.getState());
        waiter.interrupt();
        waiter.join();

        // Interrupt status without blocking.
        Thread.currentThread().interrupt();
        System.out.println("interrupted " + Thread.currentThread().isInterrupted() + " " + Thread.interrupted() + " "
                + Thread.interrupted());
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            System.out.println("pre-interrupted sleep: " + e.getMessage());
        }

        // join with a timeout on a thread that outlives it.
        Object gate = new Object();
        boolean[] open = {false};
        Thread blocked = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            System.out.println("gate passed");
        });
        blocked.start();
        blocked.join(30);
        System.out.println("after timed join alive=" + blocked.isAlive());
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        blocked.join();

        // ThreadLocal and InheritableThreadLocal.
        LOCAL.set("main-value");
        INHERITED.set("parent");
        Thread tl = new Thread(() -> {
            System.out.println("child local=" + LOCAL.get() + " inherited=" + INHERITED.get());
            LOCAL.set("child-value");
            System.out.println("child local now " + LOCAL.get());
        });
        tl.start();
        tl.join();
        System.out.println("main local=" + LOCAL.get() + " inherited=" + INHERITED.get());
        LOCAL.remove();
        System.out.println("after remove " + LOCAL.get());

        // Uncaught exceptions: per-thread handler, then the default handler.
        Thread failing = new Thread(() -> {
            throw new IllegalStateException("boom");
        }, "failing");
        failing.setUncaughtExceptionHandler((t, e) -> System.out.println("handler: " + t.getName() + " " + e));
        failing.start();
        failing.join();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + t.getName() + " " + e.getMessage()));
        Thread failing2 = new Thread(() -> {
            throw new RuntimeException("second");
        }, "failing2");
        failing2.start();
        failing2.join();
        System.out.println("handler after end: " + failing2.getUncaughtExceptionHandler());
        System.out.println("done");
    }
}
