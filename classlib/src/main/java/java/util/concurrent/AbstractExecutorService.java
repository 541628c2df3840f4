package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * submit/invokeAll/invokeAny on top of execute, wrapping tasks with newTaskFor (a FutureTask).
 * invokeAny runs the tasks through an ExecutorCompletionService and returns the first result that
 * completes normally, cancelling the others; if every task fails it throws ExecutionException with
 * the last failure.
 */
public abstract class AbstractExecutorService implements ExecutorService {
    public AbstractExecutorService() {
    }

    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new FutureTask<T>(runnable, value);
    }

    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new FutureTask<T>(callable);
    }

    public Future<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<Void> f = newTaskFor(task, null);
        execute(f);
        return f;
    }

    public <T> Future<T> submit(Runnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<T> f = newTaskFor(task, result);
        execute(f);
        return f;
    }

    public <T> Future<T> submit(Callable<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<T> f = newTaskFor(task);
        execute(f);
        return f;
    }

    private <T> T doInvokeAny(Collection<? extends Callable<T>> tasks, boolean timed, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        int n = tasks.size();
        if (n == 0) {
            throw new IllegalArgumentException();
        }
        ArrayList<Future<T>> futures = new ArrayList<>(n);
        ExecutorCompletionService<T> ecs = new ExecutorCompletionService<T>(this);
        long deadline = timed ? System.nanoTime() + nanos : 0;
        try {
            ExecutionException last = null;
            Iterator<? extends Callable<T>> it = tasks.iterator();
            futures.add(ecs.submit(it.next()));
            int pending = 1, left = n - 1;
            while (true) {
                Future<T> f = ecs.poll();
                if (f == null) {
                    if (left > 0) {
                        left--;
                        futures.add(ecs.submit(it.next()));
                        pending++;
                    } else if (pending == 0) {
                        break;
                    } else if (timed) {
                        f = ecs.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                        if (f == null) {
                            throw new TimeoutException();
                        }
                    } else {
                        f = ecs.take();
                    }
                }
                if (f != null) {
                    pending--;
                    try {
                        return f.get();
                    } catch (ExecutionException e) {
                        last = e;
                    } catch (RuntimeException e) {
                        last = new ExecutionException(e);
                    }
                }
            }
            if (last == null) {
                last = new ExecutionException((Throwable) null);
            }
            throw last;
        } finally {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
        }
    }

    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, false, 0);
        } catch (TimeoutException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return doInvokeAny(tasks, true, unit.toNanos(timeout));
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                RunnableFuture<T> f = newTaskFor(t);
                futures.add(f);
                execute(f);
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    try {
                        f.get();
                    } catch (CancellationException | ExecutionException ignore) {
                        // the caller inspects each future
                    }
                }
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
            throw t;
        }
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                futures.add(newTaskFor(t));
            }
            int submitted = 0;
            for (Future<T> f : futures) {
                if (deadline - System.nanoTime() <= 0) {
                    break;
                }
                execute((Runnable) f);
                submitted++;
            }
            if (submitted == futures.size()) {
                for (Future<T> f : futures) {
                    if (!f.isDone()) {
                        try {
                            f.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                        } catch (CancellationException | ExecutionException ignore) {
                        } catch (TimeoutException toe) {
                            break;
                        }
                    }
                }
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    f.cancel(true);
                }
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
            throw t;
        }
    }
}
