import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

public class Main {
    static String tail(Object o) {
        String s = o.toString();
        return s.substring(s.indexOf('['));
    }

    public static void main(String[] args) throws Exception {
        // dependents fire in HotSpot's order
        CompletableFuture<Integer> f = new CompletableFuture<>();
        f.thenAccept(x -> System.out.println("A"));
        CompletableFuture<Integer> b = f.thenApply(x -> {
            System.out.println("B");
            return x;
        });
        b.thenAccept(x -> System.out.println("B1"));
        b.thenAccept(x -> System.out.println("B2"));
        f.thenAccept(x -> System.out.println("C"));
        CompletableFuture<Integer> d = f.thenApply(x -> {
            System.out.println("D");
            return x;
        });
        d.thenAccept(x -> System.out.println("D1"));
        d.thenAccept(x -> System.out.println("D2"));
        System.out.println(tail(f) + " " + f.getNumberOfDependents());
        System.out.println("complete " + f.complete(1) + " " + f.complete(2) + " " + tail(f) + " " + f.join());

        // exception wrapping
        CompletableFuture<Integer> g = new CompletableFuture<>();
        g.thenCombine(f, (x, y) -> {
            System.out.println("comb");
            return 1;
        });
        g.whenComplete((v, t) -> System.out.println("wc " + v + " " + t));
        g.completeExceptionally(new IllegalStateException("s"));
        System.out.println(tail(g));
        CompletableFuture<Integer> h = g.whenComplete((v, t) -> {
            throw new RuntimeException("in wc");
        });
        try {
            h.join();
        } catch (CompletionException e) {
            System.out.println(e + " supp=" + e.getCause().getSuppressed().length);
        }
        try {
            g.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e);
        }
        try {
            g.thenApply(x -> x).get();
        } catch (ExecutionException e) {
            System.out.println("dep get: " + e + " / " + e.getCause());
        }
        System.out.println(g.thenApply(x -> x).exceptionally(t -> {
            System.out.println("exc " + t);
            return 5;
        }).join());
        System.out.println(g.handle((v, t) -> "h " + v + " " + t).join());
        System.out.println(CompletableFuture.completedFuture(3).thenCompose(x -> {
            CompletableFuture<Integer> q = new CompletableFuture<>();
            q.completeExceptionally(new RuntimeException("in"));
            return q;
        }).handle((v, t) -> "h " + v + " " + t).join());
        System.out.println(CompletableFuture.allOf(f, f).join() + " " + CompletableFuture.anyOf(g, f).isCompletedExceptionally());
        try {
            CompletableFuture.anyOf(g).join();
        } catch (CompletionException e) {
            System.out.println(e);
        }
        System.out.println(CompletableFuture.allOf(f, g).isCompletedExceptionally() + " " + CompletableFuture.allOf().join());
        CompletableFuture<Integer> c = new CompletableFuture<>();
        System.out.println("cancel " + c.cancel(false) + " " + c.cancel(true) + " " + c.isCancelled() + " " + tail(c));
        CompletableFuture<Integer> cd = c.thenApply(x -> x);
        System.out.println(cd.isCancelled() + " " + cd.isCompletedExceptionally());
        try {
            c.join();
        } catch (CancellationException e) {
            System.out.println(e + " / " + e.getCause());
        }
        try {
            c.get();
        } catch (CancellationException e) {
            System.out.println(e + " / " + e.getCause());
        }
        try {
            cd.get();
        } catch (ExecutionException e) {
            System.out.println(e);
        }
        try {
            cd.join();
        } catch (CompletionException e) {
            System.out.println(e);
        }
        System.out.println(cd.exceptionNow() + " | " + c.state() + " " + cd.state() + " " + f.state() + " " + new CompletableFuture<>().state());
        System.out.println(new CompletableFuture<String>().getNow("absent") + " " + CompletableFuture.failedFuture(new Exception("ff")).exceptionally(t -> t.toString()).join());
        try {
            CompletableFuture.completedFuture(2).thenCompose(x -> null).join();
        } catch (CompletionException e) {
            System.out.println(e.getCause().getClass().getName());
        }
        CompletableFuture<String> nullVal = CompletableFuture.completedFuture(null);
        System.out.println(nullVal.join() + " " + tail(nullVal) + " " + nullVal.thenApply(x -> x == null).join());

        // async pipelines on the default executor and on a pool
        CompletableFuture<Integer> sum = CompletableFuture.supplyAsync(() -> 20)
                .thenApplyAsync(x -> x * 2)
                .thenCombine(CompletableFuture.supplyAsync(() -> 2), Integer::sum)
                .thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 100));
        System.out.println("pipeline " + sum.get(5, TimeUnit.SECONDS));
        try {
            CompletableFuture.supplyAsync(() -> {
                throw new IllegalArgumentException("async");
            }).join();
        } catch (CompletionException e) {
            System.out.println(e + " / " + e.getCause());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Long>> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final long lo = i * 100_000L;
            parts.add(CompletableFuture.supplyAsync(() -> {
                long s = 0;
                for (long k = lo; k < lo + 100_000; k++) {
                    s += k % 13;
                }
                return s;
            }, pool));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]));
        long total = all.thenApply(v -> {
            long t = 0;
            for (CompletableFuture<Long> p : parts) {
                t += p.join();
            }
            return t;
        }).get();
        System.out.println("total " + total);
        StringBuilder log = new StringBuilder();
        CompletableFuture<Void> chain = CompletableFuture.runAsync(() -> log.append("run;"), pool)
                .thenRunAsync(() -> log.append("then;"), pool)
                .thenAcceptAsync(v -> log.append("accept ").append(v).append(';'), pool)
                .whenCompleteAsync((v, t) -> log.append("done;"), pool);
        chain.join();
        System.out.println(log);
        CompletableFuture<String> slow = new CompletableFuture<>();
        System.out.println(slow.applyToEither(CompletableFuture.completedFuture("fast"), s -> s + "!").join());
        try {
            slow.get(2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout " + e);
        }
        pool.shutdown();
        System.out.println(pool.awaitTermination(5, TimeUnit.SECONDS));
    }
}
