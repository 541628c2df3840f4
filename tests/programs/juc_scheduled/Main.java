import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService ses = Executors.newScheduledThreadPool(2);
        // one-shot tasks run in delay order (one thread, so the order does not depend on timing)
        ScheduledExecutorService one = Executors.newSingleThreadScheduledExecutor();
        one.submit(() -> {}).get(); // start the worker first, so creating it does not delay the triggers below
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        one.schedule(() -> {
            order.add("30ms");
            three.countDown();
        }, 90, TimeUnit.MILLISECONDS);
        one.schedule(() -> {
            order.add("10ms");
            three.countDown();
        }, 30, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> call = one.schedule(() -> {
            order.add("20ms");
            three.countDown();
            return "callable result";
        }, 60, TimeUnit.MILLISECONDS);
        three.await();
        one.shutdown();
        System.out.println(order + " " + call.get() + " " + call.isDone() + " " + (call.getDelay(TimeUnit.MILLISECONDS) <= 0));

        // fixed rate, cancelled after 5 runs
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch five = new CountDownLatch(5);
        ScheduledFuture<?> rate = ses.scheduleAtFixedRate(() -> {
            runs.incrementAndGet();
            five.countDown();
        }, 0, 5, TimeUnit.MILLISECONDS);
        five.await();
        rate.cancel(false);
        int atCancel = runs.get();
        Thread.sleep(30);
        System.out.println("rate runs>=5 " + (atCancel >= 5) + " stopped " + (runs.get() == atCancel) + " cancelled " + rate.isCancelled() + " done " + rate.isDone());
        try {
            rate.get();
        } catch (CancellationException e) {
            System.out.println("rate get: " + e);
        }

        // fixed delay, stops itself by throwing after 4 runs
        AtomicInteger delayed = new AtomicInteger();
        ScheduledFuture<?> fd = ses.scheduleWithFixedDelay(() -> {
            if (delayed.incrementAndGet() == 4) {
                throw new IllegalStateException("stop after 4");
            }
        }, 1, 2, TimeUnit.MILLISECONDS);
        try {
            fd.get();
        } catch (ExecutionException e) {
            System.out.println("fixed delay ended: " + e.getCause() + " runs " + delayed.get());
        }

        // delays, periods and argument checks
        try {
            ses.scheduleAtFixedRate(() -> {}, 0, 0, TimeUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            System.out.println("period 0: " + e);
        }
        try {
            ses.schedule((Runnable) null, 1, TimeUnit.SECONDS);
        } catch (NullPointerException e) {
            System.out.println("null task");
        }
        ScheduledFuture<?> later = ses.schedule(() -> System.out.println("delayed task ran after shutdown"), 20, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(() -> {}, 50, 50, TimeUnit.MILLISECONDS);
        ses.shutdown();
        System.out.println("periodic cancelled by shutdown: " + periodic.isCancelled() + " delayed kept: " + !later.isCancelled());
        System.out.println("terminated " + ses.awaitTermination(5, TimeUnit.SECONDS) + " " + ses.isTerminated() + " later done " + later.isDone());
        try {
            ses.schedule(() -> {}, 1, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }

        // single-thread scheduled executor: tasks in submission order when delays tie; shutdownNow
        ScheduledExecutorService single = Executors.newSingleThreadScheduledExecutor();
        StringBuilder sb = new StringBuilder();
        CountDownLatch all = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            final int k = i;
            single.execute(() -> {
                sb.append(k);
                all.countDown();
            });
        }
        all.await();
        single.schedule(() -> System.out.println("never runs"), 10, TimeUnit.SECONDS);
        List<Runnable> pending = single.shutdownNow();
        System.out.println(sb + " pending " + pending.size() + " " + single.awaitTermination(5, TimeUnit.SECONDS));
    }
}
