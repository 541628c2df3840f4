package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Executors.newThreadPerTaskExecutor / newVirtualThreadPerTaskExecutor: every task gets a new
 * thread from the factory. It terminates once shut down and every started thread has ended;
 * shutdownNow interrupts them. Waiting uses this object's private monitor.
 */
final class ThreadPerTaskExecutor extends AbstractExecutorService {
    private final ThreadFactory factory;
    private final HashSet<Thread> threads = new HashSet<>();
    private final Object monitor = new Object();
    private boolean shutdown;
    private boolean terminated;

    ThreadPerTaskExecutor(ThreadFactory factory) {
        if (factory == null) {
            throw new NullPointerException();
        }
        this.factory = factory;
    }

    public void execute(Runnable task) {
        start(task);
    }

    private Thread start(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        Thread[] box = new Thread[1];
        Thread t = factory.newThread(() -> {
            try {
                task.run();
            } finally {
                ended(box[0]);
            }
        });
        if (t == null) {
            throw new RejectedExecutionException();
        }
        box[0] = t;
        synchronized (monitor) {
            if (shutdown) {
                throw new RejectedExecutionException();
            }
            threads.add(t);
        }
        t.start();
        return t;
    }

    private void ended(Thread t) {
        synchronized (monitor) {
            threads.remove(t);
            if (shutdown && threads.isEmpty()) {
                terminated = true;
                monitor.notifyAll();
            }
        }
    }

    public void shutdown() {
        synchronized (monitor) {
            shutdown = true;
            if (threads.isEmpty()) {
                terminated = true;
                monitor.notifyAll();
            }
        }
    }

    public List<Runnable> shutdownNow() {
        List<Thread> running;
        synchronized (monitor) {
            shutdown();
            running = new ArrayList<>(threads);
        }
        for (Thread t : running) {
            t.interrupt();
        }
        return new ArrayList<>();
    }

    public boolean isShutdown() {
        synchronized (monitor) {
            return shutdown;
        }
    }

    public boolean isTerminated() {
        synchronized (monitor) {
            return terminated;
        }
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (monitor) {
            while (!terminated) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return true;
        }
    }
}
