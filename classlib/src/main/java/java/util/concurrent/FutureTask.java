package java.util.concurrent;

/**
 * A cancellable computation that is its own Future. Waiting uses a private monitor
 * (synchronized/wait/notifyAll): get() waits until the state leaves NEW, which happens exactly
 * once (set, setException or cancel), and then notifyAll wakes every waiter; done() runs after.
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0, NORMAL = 1, EXCEPTIONAL = 2, CANCELLED = 3, INTERRUPTED = 4;

    private int state;
    private Callable<V> callable;
    private Object outcome;
    private Thread runner;
    private final Object monitor = new Object();

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    public boolean isDone() {
        return state != NEW;
    }

    /** Moves NEW to a final state once; false if already final. */
    private boolean finish(int newState, Object result) {
        synchronized (monitor) {
            if (state != NEW) {
                return false;
            }
            outcome = result;
            state = newState;
            monitor.notifyAll();
        }
        callable = null;
        done();
        return true;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!finish(mayInterruptIfRunning ? INTERRUPTED : CANCELLED, null)) {
            return false;
        }
        if (mayInterruptIfRunning) {
            Thread t = runner;
            if (t != null) {
                t.interrupt();
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private V report() throws ExecutionException {
        int s = state;
        if (s == NORMAL) {
            return (V) outcome;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException((Throwable) outcome);
    }

    public V get() throws InterruptedException, ExecutionException {
        synchronized (monitor) {
            while (state == NEW) {
                monitor.wait();
            }
        }
        return report();
    }

    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (state == NEW) {
            long deadline = System.nanoTime() + nanos;
            synchronized (monitor) {
                while (state == NEW) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException();
                    }
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                }
            }
        }
        return report();
    }

    @SuppressWarnings("unchecked")
    public V resultNow() {
        switch (state) {
            case NORMAL:
                return (V) outcome;
            case EXCEPTIONAL:
                throw new IllegalStateException("Task completed with exception");
            case NEW:
                throw new IllegalStateException("Task has not completed");
            default:
                throw new IllegalStateException("Task was cancelled");
        }
    }

    public Throwable exceptionNow() {
        switch (state) {
            case NORMAL:
                throw new IllegalStateException("Task completed with a result");
            case EXCEPTIONAL:
                return (Throwable) outcome;
            case NEW:
                throw new IllegalStateException("Task has not completed");
            default:
                throw new IllegalStateException("Task was cancelled");
        }
    }

    public State state() {
        switch (state) {
            case NORMAL:
                return State.SUCCESS;
            case EXCEPTIONAL:
                return State.FAILED;
            case NEW:
                return State.RUNNING;
            default:
                return State.CANCELLED;
        }
    }

    /** Called once the task reaches its final state; does nothing unless overridden. */
    protected void done() {
    }

    protected void set(V v) {
        finish(NORMAL, v);
    }

    protected void setException(Throwable t) {
        finish(EXCEPTIONAL, t);
    }

    public void run() {
        if (state != NEW || runner != null) {
            return;
        }
        runner = Thread.currentThread();
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                try {
                    result = c.call();
                } catch (Throwable ex) {
                    setException(ex);
                    return;
                }
                set(result);
            }
        } finally {
            runner = null; // a cancel(true) interrupt stays pending, as in the JDK; pool workers clear it
        }
    }

    /** Runs without setting a result (for periodic tasks); true if it ran and may run again. */
    protected boolean runAndReset() {
        if (state != NEW || runner != null) {
            return false;
        }
        runner = Thread.currentThread();
        boolean ran = false;
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
        }
        return ran && state == NEW;
    }

    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case NEW:
                Callable<V> c = callable;
                status = c == null ? "[Not completed]" : "[Not completed, task = " + c + "]";
                break;
            default:
                status = "[Cancelled]";
        }
        return super.toString() + status;
    }
}
