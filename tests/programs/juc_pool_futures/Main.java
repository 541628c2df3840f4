import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> fs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            final int n = i;
            fs.add(pool.submit(() -> fib(n)));
        }
        long total = 0;
        for (Future<Long> f : fs) {
            total += f.get();
        }
        System.out.println("fib sum " + total + " done=" + fs.get(19).isDone() + " state=" + fs.get(19).state() + " now=" + fs.get(19).resultNow());

        // names: threads of this pool are pool-1-thread-1..3
        List<Callable<String>> names = new ArrayList<>();
        CyclicBarrier all = new CyclicBarrier(3);
        for (int i = 0; i < 3; i++) {
            names.add(() -> {
                all.await();
                return Thread.currentThread().getName();
            });
        }
        List<String> got = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(names)) {
            got.add(f.get());
        }
        got.sort(null);
        System.out.println(got);

        // exceptions through futures
        Future<Integer> bad = pool.submit(() -> {
            throw new IllegalStateException("bad task");
        });
        try {
            bad.get();
        } catch (ExecutionException e) {
            System.out.println(e + " | cause " + e.getCause());
        }
        System.out.println(bad.state() + " " + bad.exceptionNow());
        try {
            bad.resultNow();
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        Future<?> r = pool.submit(() -> System.out.println("runnable ran"));
        System.out.println("runnable result " + r.get());
        System.out.println("with result " + pool.submit(() -> {}, "R").get());

        // cancellation and timeouts
        CountDownLatch release = new CountDownLatch(1);
        Future<String> slow = pool.submit(() -> {
            release.await();
            return "slow";
        });
        try {
            slow.get(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout " + e);
        }
        System.out.println("cancel " + slow.cancel(true) + " " + slow.isCancelled() + " " + slow.isDone() + " " + slow.cancel(true) + " " + slow.state());
        try {
            slow.get();
        } catch (CancellationException e) {
            System.out.println(e);
        }

        // invokeAny: only one task succeeds
        List<Callable<Integer>> any = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int k = i;
            any.add(() -> {
                if (k != 2) {
                    throw new RuntimeException("no " + k);
                }
                return k * 100;
            });
        }
        System.out.println("invokeAny " + pool.invokeAny(any));
        List<Callable<Integer>> none = new ArrayList<>();
        none.add(() -> {
            throw new ArithmeticException("only");
        });
        try {
            pool.invokeAny(none);
        } catch (ExecutionException e) {
            System.out.println("invokeAny failed: " + e.getCause());
        }

        pool.shutdown();
        System.out.println("shutdown " + pool.isShutdown());
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isTerminated());

        // a bounded pool with a bounded queue: rejection policies
        ThreadPoolExecutor tpe = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        Runnable blocker = () -> {
            try {
                gate.await();
                ran.incrementAndGet();
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        };
        tpe.execute(blocker);
        tpe.execute(blocker);
        tpe.execute(blocker);
        System.out.println("pool " + tpe.getPoolSize() + " queued " + tpe.getQueue().size() + " core " + tpe.getCorePoolSize() + " max " + tpe.getMaximumPoolSize() + " largest " + tpe.getLargestPoolSize());
        try {
            tpe.execute(blocker);
        } catch (RejectedExecutionException e) {
            System.out.println("abort policy: " + e.getClass().getName());
        }
        tpe.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        tpe.execute(() -> System.out.println("caller runs in " + Thread.currentThread().getName()));
        tpe.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        tpe.execute(() -> System.out.println("never"));
        gate.countDown();
        tpe.shutdown();
        tpe.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("ran " + ran + " completed " + tpe.getCompletedTaskCount() + " " + tpe.isTerminated());
        String s = tpe.toString();
        System.out.println(s.substring(s.indexOf('[')));

        // single thread executor runs in order; close() waits
        StringBuilder order = new StringBuilder();
        try (ExecutorService single = Executors.newSingleThreadExecutor()) {
            for (int i = 0; i < 10; i++) {
                final int k = i;
                single.execute(() -> order.append(k));
            }
        }
        System.out.println("single " + order);

        // cached pool and shutdownNow
        ExecutorService cached = Executors.newCachedThreadPool();
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            cached.execute(() -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    System.out.println("cached worker interrupted");
                }
            });
        }
        started.await();
        List<Runnable> pending = cached.shutdownNow();
        System.out.println("pending " + pending.size() + " terminated " + cached.awaitTermination(5, TimeUnit.SECONDS));

        // thread-per-task executors
        try (ExecutorService v = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> vs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                final int k = i;
                vs.add(v.submit(() -> {
                    Thread.sleep(1);
                    return k * k;
                }));
            }
            int sum = 0;
            for (Future<Integer> f : vs) {
                sum += f.get();
            }
            System.out.println("virtual sum " + sum + " " + v.submit(() -> Thread.currentThread().isVirtual()).get());
        }
        ExecutorService tpt = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("worker-", 0).factory());
        System.out.println(tpt.submit(() -> Thread.currentThread().getName()).get());
        tpt.shutdown();
        System.out.println(tpt.awaitTermination(1, TimeUnit.SECONDS) + " " + tpt.isTerminated());
        System.out.println(Executors.callable(() -> {}, 7).call());
    }
}
