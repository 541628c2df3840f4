import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    public static void main(String[] args) throws Exception {
        // shutdown lets queued tasks finish; shutdownNow returns the queued ones and interrupts workers
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 6; i++) {
            pool.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    return;
                }
                done.incrementAndGet();
            });
        }
        while (pool.getActiveCount() < 2) {
            Thread.sleep(1);
        }
        System.out.println("queued " + pool.getQueue().size() + " active " + pool.getActiveCount() + " pool " + pool.getPoolSize());
        pool.shutdown();
        System.out.println("shutdown " + pool.isShutdown() + " terminating " + pool.isTerminating() + " terminated " + pool.isTerminated()
                + " await(5ms) " + pool.awaitTermination(5, TimeUnit.MILLISECONDS));
        gate.countDown();
        System.out.println("await " + pool.awaitTermination(5, TimeUnit.SECONDS) + " done " + done + " completed " + pool.getCompletedTaskCount()
                + " pool " + pool.getPoolSize() + " largest " + pool.getLargestPoolSize());
        String s = pool.toString();
        System.out.println(s.substring(s.indexOf('[')));

        ThreadPoolExecutor now = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        CountDownLatch started = new CountDownLatch(1);
        now.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                System.out.println("running task interrupted by shutdownNow");
            }
        });
        for (int i = 0; i < 3; i++) {
            now.execute(() -> System.out.println("never"));
        }
        started.await();
        List<Runnable> left = now.shutdownNow();
        System.out.println("returned " + left.size() + " await " + now.awaitTermination(5, TimeUnit.SECONDS) + " " + now.isTerminated());
        try {
            now.execute(() -> {});
        } catch (RejectedExecutionException e) {
            System.out.println("rejected: " + e.getClass().getSimpleName());
        }

        // a terminated() hook and beforeExecute/afterExecute see every task
        List<String> hooks = new CopyOnWriteArrayList<>();
        ThreadPoolExecutor hooked = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>()) {
            protected void beforeExecute(Thread t, Runnable r) {
                hooks.add("before");
            }

            protected void afterExecute(Runnable r, Throwable t) {
                hooks.add("after " + (t == null ? "ok" : t.getMessage()));
            }

            protected void terminated() {
                hooks.add("terminated");
            }
        };
        hooked.execute(() -> hooks.add("task"));
        hooked.submit(() -> {
            throw new IllegalStateException("inside future");
        });
        hooked.shutdown();
        hooked.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(hooks);

        // ExecutorService.close() waits for the tasks; configuration checks
        AtomicInteger closed = new AtomicInteger();
        ExecutorService es = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 30; i++) {
            es.execute(() -> {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
                closed.incrementAndGet();
            });
        }
        es.close();
        System.out.println("close waited: " + closed + " " + es.isTerminated());
        try {
            new ThreadPoolExecutor(2, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        } catch (IllegalArgumentException e) {
            System.out.println("max < core: " + e);
        }
        ThreadPoolExecutor cfg = new ThreadPoolExecutor(1, 4, 30, TimeUnit.SECONDS, new SynchronousQueue<>());
        System.out.println(cfg.getKeepAliveTime(TimeUnit.MILLISECONDS) + " " + cfg.allowsCoreThreadTimeOut() + " " + cfg.prestartAllCoreThreads() + " " + cfg.getPoolSize());
        cfg.allowCoreThreadTimeOut(true);
        cfg.setKeepAliveTime(5, TimeUnit.MILLISECONDS);
        cfg.setMaximumPoolSize(8);
        cfg.setCorePoolSize(2);
        System.out.println(cfg.getCorePoolSize() + " " + cfg.getMaximumPoolSize() + " " + cfg.getKeepAliveTime(TimeUnit.NANOSECONDS));
        try {
            cfg.setKeepAliveTime(0, TimeUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        // idle core threads time out, so this pool needs no shutdown to let the program end
        Thread.sleep(50);
        System.out.println("after idle " + cfg.getPoolSize());
    }
}
