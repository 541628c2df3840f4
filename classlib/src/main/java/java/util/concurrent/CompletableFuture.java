package java.util.concurrent;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Future that can be completed explicitly and whose dependent stages run when it completes.
 *
 * <p>Observable rules kept from the JDK (checked against HotSpot):
 * <ul>
 * <li>Results: a value (null encoded as NIL) or an AltResult holding a Throwable.
 * completeExceptionally stores its exception as given; a stage whose function throws, or that
 * inherits a failure from its source, stores it wrapped in a CompletionException (unless it
 * already is one). join() throws that CompletionException (wrapping a raw one first), get()
 * an ExecutionException of the unwrapped cause; a cancelled future throws a new
 * CancellationException("join"/"get") caused by the stored one.</li>
 * <li>Dependents live in a stack (last registered on top). Completing a future pops and fires
 * them in that order; when a fired dependent completes and has dependents of its own, those are
 * moved onto the completing future's stack (which reverses them) and fired next, instead of
 * recursing — so the order in which dependent actions run matches HotSpot's.</li>
 * <li>Async variants without an executor use the default executor: daemon threads named
 * "ForkJoinPool.commonPool-worker-N", one per concurrently running task (Kiln has no
 * ForkJoinPool; these threads stand in for its common pool).</li>
 * </ul>
 * Atomicity: one CPU, switches only at safepoint polls, so claiming a completion or setting the
 * result is straight-line code; a completion may be offered to fire twice and runs once.
 * (orTimeout/completeOnTimeout, completeAsync, obtrude* and minimalCompletionStage are absent.)
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable ex) {
            this.ex = ex;
        }
    }

    static final AltResult NIL = new AltResult(null);
    private static final Object PENDING = new Object();
    private static final int SYNC = 0, ASYNC = 1, NESTED = -1;

    volatile Object result;
    private Completion stack;
    private int waiters;

    public CompletableFuture() {
    }

    private CompletableFuture(Object r) {
        result = r;
    }

    // ---- result encoding ----

    static Object encodeValue(Object v) {
        return v == null ? NIL : v;
    }

    static AltResult encodeThrowable(Throwable x) {
        return new AltResult(x instanceof CompletionException ? x : new CompletionException(x));
    }

    /** A source's result as its dependent stores it: failures wrapped in CompletionException. */
    static Object encodeRelay(Object r) {
        if (r instanceof AltResult a && a.ex != null && !(a.ex instanceof CompletionException)) {
            return new AltResult(new CompletionException(a.ex));
        }
        return r;
    }

    static Throwable failure(Object r) {
        return r instanceof AltResult a ? a.ex : null;
    }

    @SuppressWarnings("unchecked")
    static <V> V value(Object r) {
        return r instanceof AltResult ? null : (V) r;
    }

    // ---- completing and firing dependents ----

    /** Sets the result if none yet (atomic: straight-line code). */
    final boolean internalComplete(Object r) {
        if (result != null) {
            return false;
        }
        result = r;
        return true;
    }

    final boolean completeAndPost(Object r) {
        boolean done = internalComplete(r);
        if (done) {
            wakeWaiters();
        }
        postComplete();
        return done;
    }

    private void wakeWaiters() {
        if (waiters > 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Fires every dependent, flattening nested completions (see the class comment). */
    final void postComplete() {
        CompletableFuture<?> f = this;
        Completion h;
        while ((h = f.stack) != null || (f != this && (h = (f = this).stack) != null)) {
            f.stack = h.next;
            if (f != this) {
                h.next = stack;
                stack = h;
                continue;
            }
            h.next = null;
            CompletableFuture<?> d = h.tryFire(NESTED);
            f = (d == null) ? this : d;
        }
    }

    private void push(Completion c) {
        c.next = stack;
        stack = c;
    }

    /** One dependent action. */
    abstract static class Completion {
        Completion next;

        abstract CompletableFuture<?> tryFire(int mode);
    }

    /** What a dependent computes from its sources' results: an encoded result, or PENDING (compose). */
    interface Body {
        Object run(Object ra, Object rb, CompletableFuture<?> dep) throws Throwable;
    }

    /** A dependent of one or two sources ({@code either}: fires on the first of them). */
    static final class Dependent extends Completion {
        final CompletableFuture<?> a, b, dep;
        final Executor executor;
        final Body body;
        final boolean either;
        boolean claimed;

        Dependent(CompletableFuture<?> a, CompletableFuture<?> b, CompletableFuture<?> dep, Executor e, Body body, boolean either) {
            this.a = a;
            this.b = b;
            this.dep = dep;
            this.executor = e;
            this.body = body;
            this.either = either;
        }

        CompletableFuture<?> tryFire(int mode) {
            Object ra = a.result, rb = b == null ? null : b.result;
            if (either) {
                if (ra == null && rb == null) {
                    return null;
                }
            } else if (ra == null || (b != null && rb == null)) {
                return null;
            }
            if (mode != ASYNC) {
                if (claimed || dep.result != null) {
                    return null;
                }
                claimed = true;
                if (executor != null) {
                    try {
                        executor.execute(() -> tryFire(ASYNC));
                    } catch (Throwable ex) {
                        dep.internalComplete(encodeThrowable(ex));
                        return postFire(mode);
                    }
                    return null;
                }
            }
            if (either) {
                if (ra == null) {
                    ra = rb; // the body sees the completed source as its first
                }
                rb = null;
            }
            Object r;
            try {
                r = body.run(ra, rb, dep);
            } catch (Throwable ex) {
                r = encodeThrowable(ex);
            }
            if (r == PENDING) {
                return null;
            }
            dep.internalComplete(r);
            return postFire(mode);
        }

        private CompletableFuture<?> postFire(int mode) {
            dep.wakeWaiters();
            if (mode < 0) {
                return dep.stack == null ? null : dep;
            }
            dep.postComplete();
            return null;
        }
    }

    /** Registers a dependent on this (and other) and fires it at once if it can. */
    private <U> CompletableFuture<U> depend(CompletableFuture<?> other, Executor e, Body body, boolean either) {
        CompletableFuture<U> d = newIncompleteFuture();
        Dependent c = new Dependent(this, other, d, e, body, either);
        push(c);
        if (other != null && other != this) {
            other.push(new Relay(c));
        }
        c.tryFire(SYNC);
        return d;
    }

    /** Lets a second source fire a binary dependent. */
    static final class Relay extends Completion {
        final Completion target;

        Relay(Completion target) {
            this.target = target;
        }

        CompletableFuture<?> tryFire(int mode) {
            return target.tryFire(mode);
        }
    }

    private static Executor screen(Executor e) {
        if (e == null) {
            throw new NullPointerException();
        }
        return e;
    }

    // ---- the default executor ----

    private static final class DefaultPool {
        static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS,
                new SynchronousQueue<Runnable>(), new ThreadFactory() {
                    private int n;

                    public Thread newThread(Runnable r) {
                        Thread t = new Thread(r, "ForkJoinPool.commonPool-worker-" + (++n));
                        t.setDaemon(true);
                        return t;
                    }
                });
    }

    public Executor defaultExecutor() {
        return DefaultPool.POOL;
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    // ---- static factories ----

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, DefaultPool.POOL);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        Objects.requireNonNull(supplier);
        screen(executor);
        CompletableFuture<U> d = new CompletableFuture<U>();
        executor.execute(() -> {
            if (d.result == null) {
                Object r;
                try {
                    r = encodeValue(supplier.get());
                } catch (Throwable ex) {
                    r = encodeThrowable(ex);
                }
                d.completeAndPost(r);
            }
        });
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, DefaultPool.POOL);
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        Objects.requireNonNull(runnable);
        return supplyAsync(() -> {
            runnable.run();
            return null;
        }, executor);
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>(encodeValue(value));
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        return new CompletableFuture<U>(new AltResult(Objects.requireNonNull(ex)));
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return completedFuture(value);
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        return failedFuture(ex);
    }

    /** Completes when all complete; with the failure of the first failed one in array order... */
    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (cfs.length == 0) {
            d.result = NIL;
            return d;
        }
        int[] left = {cfs.length};
        for (CompletableFuture<?> f : cfs) {
            Objects.requireNonNull(f);
        }
        for (CompletableFuture<?> f : cfs) {
            f.depend(null, null, (ra, rb, dep) -> {
                if (--left[0] == 0) {
                    Object r = NIL;
                    for (CompletableFuture<?> g : cfs) {
                        if (failure(g.result) != null) {
                            r = encodeRelay(g.result);
                            break;
                        }
                    }
                    d.completeAndPost(r);
                }
                return NIL;
            }, false);
        }
        return d;
    }

    /** Completes like the first of them to complete (array order among those already complete). */
    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> f : cfs) {
            Object r = Objects.requireNonNull(f).result;
            if (r != null) {
                d.result = encodeRelay(r);
                return d;
            }
        }
        for (CompletableFuture<?> f : cfs) {
            f.depend(null, null, (ra, rb, dep) -> {
                d.completeAndPost(encodeRelay(ra));
                return NIL;
            }, false);
        }
        return d;
    }

    // ---- explicit completion ----

    public boolean complete(T value) {
        return completeAndPost(encodeValue(value));
    }

    public boolean completeExceptionally(Throwable ex) {
        return completeAndPost(new AltResult(Objects.requireNonNull(ex)));
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = (result == null) && completeAndPost(new AltResult(new CancellationException()));
        return cancelled || isCancelled();
    }

    public boolean isDone() {
        return result != null;
    }

    public boolean isCancelled() {
        return result instanceof AltResult a && a.ex instanceof CancellationException;
    }

    public boolean isCompletedExceptionally() {
        return result instanceof AltResult a && a.ex != null;
    }

    // ---- waiting ----

    private Object waitFor(boolean timed, long nanos) throws InterruptedException, TimeoutException {
        Object r = result;
        if (r != null) {
            return r;
        }
        long deadline = System.nanoTime() + nanos;
        synchronized (this) {
            waiters++;
            try {
                while ((r = result) == null) {
                    if (timed) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            throw new TimeoutException();
                        }
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } else {
                        wait();
                    }
                }
            } finally {
                waiters--;
            }
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static <V> V reportGet(Object r, String how) throws ExecutionException {
        if (r instanceof AltResult a) {
            Throwable x = a.ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                CancellationException c = new CancellationException(how);
                c.initCause(x);
                throw c;
            }
            Throwable cause;
            if (x instanceof CompletionException && (cause = x.getCause()) != null) {
                x = cause;
            }
            throw new ExecutionException(x);
        }
        return (V) r;
    }

    @SuppressWarnings("unchecked")
    private static <V> V reportJoin(Object r, String how) {
        if (r instanceof AltResult a) {
            Throwable x = a.ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                CancellationException c = new CancellationException(how);
                c.initCause(x);
                throw c;
            }
            if (x instanceof CompletionException ce) {
                throw ce;
            }
            throw new CompletionException(x);
        }
        return (V) r;
    }

    public T get() throws InterruptedException, ExecutionException {
        Object r;
        try {
            r = waitFor(false, 0);
        } catch (TimeoutException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        return reportGet(r, "get");
    }

    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return reportGet(waitFor(true, unit.toNanos(timeout)), "get");
    }

    public T join() {
        Object r = result;
        if (r == null) {
            boolean interrupted = false;
            while (true) {
                try {
                    r = waitFor(false, 0);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // join is not interruptible
                } catch (TimeoutException cannotHappen) {
                    throw new IllegalStateException(cannotHappen);
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return reportJoin(r, "join");
    }

    public T getNow(T valueIfAbsent) {
        Object r = result;
        return r == null ? valueIfAbsent : reportJoin(r, "getNow");
    }

    @SuppressWarnings("unchecked")
    public T resultNow() {
        Object r = result;
        if (r == null) {
            throw new IllegalStateException("Task has not completed");
        }
        if (r instanceof AltResult a) {
            if (a.ex == null) {
                return null;
            }
            if (a.ex instanceof CancellationException) {
                throw new IllegalStateException("Task was cancelled");
            }
            throw new IllegalStateException("Task completed with exception");
        }
        return (T) r;
    }

    public Throwable exceptionNow() {
        Object r = result;
        if (r == null) {
            throw new IllegalStateException("Task has not completed");
        }
        if (r instanceof AltResult a && a.ex != null) {
            if (a.ex instanceof CancellationException) {
                throw new IllegalStateException("Task was cancelled");
            }
            Throwable x = a.ex;
            if (x instanceof CompletionException && x.getCause() != null) {
                x = x.getCause();
            }
            return x;
        }
        throw new IllegalStateException("Task completed with a result");
    }

    public State state() {
        Object r = result;
        if (r == null) {
            return State.RUNNING;
        }
        if (r instanceof AltResult a && a.ex != null) {
            return a.ex instanceof CancellationException ? State.CANCELLED : State.FAILED;
        }
        return State.SUCCESS;
    }

    public int getNumberOfDependents() {
        int n = 0;
        for (Completion c = stack; c != null; c = c.next) {
            n++;
        }
        return n;
    }

    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    public CompletableFuture<T> copy() {
        return depend(null, null, (ra, rb, dep) -> encodeRelay(ra), false);
    }

    public String toString() {
        Object r = result;
        int count = getNumberOfDependents();
        String s = r == null ? (count == 0 ? "[Not completed]" : "[Not completed, " + count + " dependents]")
                : (r instanceof AltResult a && a.ex != null) ? "[Completed exceptionally: " + a.ex.getClass().getName() + "]"
                : "[Completed normally]";
        return super.toString() + s;
    }

    // ---- dependent stages ----

    private <U> CompletableFuture<U> uniApply(Executor e, Function<? super T, ? extends U> fn) {
        Objects.requireNonNull(fn);
        return depend(null, e, (ra, rb, dep) -> failure(ra) != null ? encodeRelay(ra) : encodeValue(fn.apply(value(ra))), false);
    }

    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniApply(null, fn);
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniApply(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniApply(screen(executor), fn);
    }

    private CompletableFuture<Void> uniAccept(Executor e, Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return depend(null, e, (ra, rb, dep) -> {
            if (failure(ra) != null) {
                return encodeRelay(ra);
            }
            action.accept(value(ra));
            return NIL;
        }, false);
    }

    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uniAccept(null, action);
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uniAccept(defaultExecutor(), action);
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uniAccept(screen(executor), action);
    }

    private CompletableFuture<Void> uniRun(Executor e, Runnable action) {
        Objects.requireNonNull(action);
        return depend(null, e, (ra, rb, dep) -> {
            if (failure(ra) != null) {
                return encodeRelay(ra);
            }
            action.run();
            return NIL;
        }, false);
    }

    public CompletableFuture<Void> thenRun(Runnable action) {
        return uniRun(null, action);
    }

    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uniRun(defaultExecutor(), action);
    }

    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uniRun(screen(executor), action);
    }

    private <U, V> CompletableFuture<V> biApply(CompletionStage<? extends U> other, Executor e,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<? extends U> b = other.toCompletableFuture();
        return depend(b, e, (ra, rb, dep) -> failure(ra) != null ? encodeRelay(ra)
                : failure(rb) != null ? encodeRelay(rb) : encodeValue(fn.apply(value(ra), value(rb))), false);
    }

    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(other, null, fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biApply(other, defaultExecutor(), fn);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biApply(other, screen(executor), fn);
    }

    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        Objects.requireNonNull(action);
        return biApply(other, null, (x, y) -> {
            action.accept(x, y);
            return null;
        });
    }

    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        Objects.requireNonNull(action);
        return biApply(other, null, (x, y) -> {
            action.run();
            return null;
        });
    }

    private <U> CompletableFuture<U> orApply(CompletionStage<? extends T> other, Executor e, Function<? super T, U> fn) {
        Objects.requireNonNull(fn);
        CompletableFuture<? extends T> b = other.toCompletableFuture();
        return depend(b, e, (ra, rb, dep) -> failure(ra) != null ? encodeRelay(ra) : encodeValue(fn.apply(value(ra))), true);
    }

    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orApply(other, null, fn);
    }

    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return orApply(other, defaultExecutor(), fn);
    }

    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return orApply(other, null, x -> {
            action.accept(x);
            return null;
        });
    }

    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        Objects.requireNonNull(action);
        @SuppressWarnings("unchecked")
        CompletionStage<? extends T> o = (CompletionStage<? extends T>) other;
        return orApply(o, null, x -> {
            action.run();
            return null;
        });
    }

    private <U> CompletableFuture<U> uniCompose(Executor e, Function<? super T, ? extends CompletionStage<U>> fn) {
        Objects.requireNonNull(fn);
        return depend(null, e, (ra, rb, dep) -> {
            if (failure(ra) != null) {
                return encodeRelay(ra);
            }
            CompletableFuture<U> g = fn.apply(value(ra)).toCompletableFuture();
            Object rg = g.result;
            if (rg != null) {
                return encodeRelay(rg);
            }
            g.depend(null, null, (r2, unused, d2) -> {
                ((CompletableFuture<?>) dep).completeAndPost(encodeRelay(r2));
                return NIL;
            }, false);
            return PENDING;
        }, false);
    }

    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniCompose(null, fn);
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniCompose(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn, Executor executor) {
        return uniCompose(screen(executor), fn);
    }

    private <U> CompletableFuture<U> uniHandle(Executor e, BiFunction<? super T, Throwable, ? extends U> fn) {
        Objects.requireNonNull(fn);
        return depend(null, e, (ra, rb, dep) -> encodeValue(fn.apply(value(ra), failure(ra))), false);
    }

    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandle(null, fn);
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniHandle(defaultExecutor(), fn);
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uniHandle(screen(executor), fn);
    }

    private CompletableFuture<T> uniWhenComplete(Executor e, BiConsumer<? super T, ? super Throwable> action) {
        Objects.requireNonNull(action);
        return depend(null, e, (ra, rb, dep) -> {
            Throwable x = failure(ra);
            try {
                action.accept(value(ra), x);
                if (x == null) {
                    return ra;
                }
            } catch (Throwable ex) {
                if (x == null) {
                    x = ex;
                } else if (x != ex) {
                    x.addSuppressed(ex);
                }
            }
            return encodeThrowable(x);
        }, false);
    }

    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenComplete(null, action);
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniWhenComplete(defaultExecutor(), action);
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return uniWhenComplete(screen(executor), action);
    }

    private CompletableFuture<T> uniExceptionally(Executor e, Function<Throwable, ? extends T> fn) {
        Objects.requireNonNull(fn);
        return depend(null, e, (ra, rb, dep) -> {
            Throwable x = failure(ra);
            return x == null ? ra : encodeValue(fn.apply(x));
        }, false);
    }

    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uniExceptionally(null, fn);
    }

    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uniExceptionally(defaultExecutor(), fn);
    }

    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uniExceptionally(screen(executor), fn);
    }
}
