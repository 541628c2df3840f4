package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ThreadPoolExecutor whose queue orders tasks by trigger time (ties by submission order) and
 * hands a task to a worker only once its delay has elapsed. Periodic tasks re-queue themselves
 * after each successful run: fixed-rate ones at the previous trigger time plus the period,
 * fixed-delay ones at the end of the run plus the delay. A run that throws ends the task
 * (its future completes exceptionally). After shutdown(), delayed one-shot tasks still run and
 * periodic ones are cancelled, which are the JDK's default policies.
 */
public class ScheduledThreadPoolExecutor extends ThreadPoolExecutor implements ScheduledExecutorService {
    private static final AtomicLong sequencer = new AtomicLong();
    private volatile boolean continueExistingPeriodicTasksAfterShutdown;
    private volatile boolean executeExistingDelayedTasksAfterShutdown = true;
    private volatile boolean removeOnCancel;

    private class ScheduledFutureTask<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
        private final long sequenceNumber;
        private volatile long time;
        /** Positive: fixed rate; negative: fixed delay; zero: one shot. */
        private final long period;

        ScheduledFutureTask(Runnable r, V result, long triggerTime, long period) {
            super(r, result);
            this.time = triggerTime;
            this.period = period;
            this.sequenceNumber = sequencer.getAndIncrement();
        }

        ScheduledFutureTask(Callable<V> callable, long triggerTime) {
            super(callable);
            this.time = triggerTime;
            this.period = 0;
            this.sequenceNumber = sequencer.getAndIncrement();
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(time - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed other) {
            if (other == this) {
                return 0;
            }
            if (other instanceof ScheduledFutureTask<?> x) {
                long diff = time - x.time;
                if (diff < 0) {
                    return -1;
                }
                if (diff > 0) {
                    return 1;
                }
                return sequenceNumber < x.sequenceNumber ? -1 : 1;
            }
            long diff = getDelay(TimeUnit.NANOSECONDS) - other.getDelay(TimeUnit.NANOSECONDS);
            return diff < 0 ? -1 : diff > 0 ? 1 : 0;
        }

        public boolean isPeriodic() {
            return period != 0;
        }

        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled && removeOnCancel) {
                remove(this);
            }
            return cancelled;
        }

        public void run() {
            if (!canRunInCurrentRunState(this)) {
                cancel(false);
            } else if (!isPeriodic()) {
                super.run();
            } else if (super.runAndReset()) {
                time = period > 0 ? time + period : triggerTime(-period);
                reExecutePeriodic(this);
            }
        }
    }

    private boolean canRunInCurrentRunState(RunnableScheduledFuture<?> task) {
        if (!isShutdown()) {
            return true;
        }
        if (isStopped()) {
            return false;
        }
        return task.isPeriodic() ? continueExistingPeriodicTasksAfterShutdown
                : executeExistingDelayedTasksAfterShutdown || task.getDelay(TimeUnit.NANOSECONDS) <= 0;
    }

    /** Set by shutdownNow: the pool is stopping and runs nothing more. */
    private volatile boolean stopping;

    private boolean isStopped() {
        return stopping;
    }

    private void delayedExecute(RunnableScheduledFuture<?> task) {
        if (isShutdown()) {
            reject(task);
            return;
        }
        getQueue().add(task);
        if (!canRunInCurrentRunState(task) && remove(task)) {
            task.cancel(false);
        } else {
            ensurePrestart();
        }
    }

    private void reExecutePeriodic(RunnableScheduledFuture<?> task) {
        if (canRunInCurrentRunState(task)) {
            getQueue().add(task);
            if (canRunInCurrentRunState(task) || !remove(task)) {
                ensurePrestart();
                return;
            }
        }
        task.cancel(false);
    }

    private void ensurePrestart() {
        if (getPoolSize() < getCorePoolSize()) {
            prestartCoreThread();
        } else if (getPoolSize() == 0) {
            prestartAnyThread();
        }
    }

    private void prestartAnyThread() {
        addWorker(null, false); // a pool with corePoolSize 0 still needs one worker to run the queue
    }

    @Override
    void onShutdown() {
        boolean keepDelayed = executeExistingDelayedTasksAfterShutdown;
        boolean keepPeriodic = continueExistingPeriodicTasksAfterShutdown;
        for (Runnable r : getQueue().toArray(new Runnable[0])) {
            if (r instanceof RunnableScheduledFuture<?> t) {
                if ((t.isPeriodic() ? !keepPeriodic : !keepDelayed) || t.isCancelled()) {
                    if (getQueue().remove(t)) {
                        t.cancel(false);
                    }
                }
            }
        }
    }

    private static long triggerTime(long delayNanos) {
        return System.nanoTime() + (delayNanos < 0 ? 0 : delayNanos);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue());
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue(), threadFactory);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, RejectedExecutionHandler handler) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue(), handler);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue(), threadFactory, handler);
    }

    protected <V> RunnableScheduledFuture<V> decorateTask(Runnable runnable, RunnableScheduledFuture<V> task) {
        return task;
    }

    protected <V> RunnableScheduledFuture<V> decorateTask(Callable<V> callable, RunnableScheduledFuture<V> task) {
        return task;
    }

    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        RunnableScheduledFuture<Void> t = decorateTask(command,
                new ScheduledFutureTask<Void>(command, null, triggerTime(unit.toNanos(delay)), 0));
        delayedExecute(t);
        return t;
    }

    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (callable == null || unit == null) {
            throw new NullPointerException();
        }
        RunnableScheduledFuture<V> t = decorateTask(callable,
                new ScheduledFutureTask<V>(callable, triggerTime(unit.toNanos(delay))));
        delayedExecute(t);
        return t;
    }

    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        if (period <= 0L) {
            throw new IllegalArgumentException();
        }
        RunnableScheduledFuture<Void> t = decorateTask(command, new ScheduledFutureTask<Void>(command, null,
                triggerTime(unit.toNanos(initialDelay)), unit.toNanos(period)));
        delayedExecute(t);
        return t;
    }

    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        if (delay <= 0L) {
            throw new IllegalArgumentException();
        }
        RunnableScheduledFuture<Void> t = decorateTask(command, new ScheduledFutureTask<Void>(command, null,
                triggerTime(unit.toNanos(initialDelay)), -unit.toNanos(delay)));
        delayedExecute(t);
        return t;
    }

    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
    }

    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    public void setContinueExistingPeriodicTasksAfterShutdownPolicy(boolean value) {
        continueExistingPeriodicTasksAfterShutdown = value;
        if (!value && isShutdown()) {
            onShutdown();
        }
    }

    public boolean getContinueExistingPeriodicTasksAfterShutdownPolicy() {
        return continueExistingPeriodicTasksAfterShutdown;
    }

    public void setExecuteExistingDelayedTasksAfterShutdownPolicy(boolean value) {
        executeExistingDelayedTasksAfterShutdown = value;
        if (!value && isShutdown()) {
            onShutdown();
        }
    }

    public boolean getExecuteExistingDelayedTasksAfterShutdownPolicy() {
        return executeExistingDelayedTasksAfterShutdown;
    }

    public void setRemoveOnCancelPolicy(boolean value) {
        removeOnCancel = value;
    }

    public boolean getRemoveOnCancelPolicy() {
        return removeOnCancel;
    }

    public void shutdown() {
        super.shutdown();
    }

    public List<Runnable> shutdownNow() {
        stopping = true;
        return super.shutdownNow();
    }

    public BlockingQueue<Runnable> getQueue() {
        return super.getQueue();
    }

    /**
     * The work queue: a priority queue by trigger time behind a lock; take() waits until the
     * head's delay has elapsed (or, if the queue is empty, until something is added).
     */
    static final class DelayedWorkQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {
        private final PriorityQueue<RunnableScheduledFuture<?>> heap = new PriorityQueue<>();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition available = lock.newCondition();

        public boolean offer(Runnable x) {
            if (x == null) {
                throw new NullPointerException();
            }
            lock.lock();
            try {
                heap.add((RunnableScheduledFuture<?>) x);
                available.signalAll(); // the head may have changed: every taker re-computes its wait
                return true;
            } finally {
                lock.unlock();
            }
        }

        public void put(Runnable e) {
            offer(e);
        }

        public boolean add(Runnable e) {
            return offer(e);
        }

        public boolean offer(Runnable e, long timeout, TimeUnit unit) {
            return offer(e);
        }

        public RunnableScheduledFuture<?> poll() {
            lock.lock();
            try {
                RunnableScheduledFuture<?> first = heap.peek();
                return first == null || first.getDelay(TimeUnit.NANOSECONDS) > 0 ? null : heap.poll();
            } finally {
                lock.unlock();
            }
        }

        public RunnableScheduledFuture<?> take() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (true) {
                    RunnableScheduledFuture<?> first = heap.peek();
                    if (first == null) {
                        available.await();
                    } else {
                        long delay = first.getDelay(TimeUnit.NANOSECONDS);
                        if (delay <= 0L) {
                            return heap.poll();
                        }
                        available.awaitNanos(delay);
                    }
                }
            } finally {
                lock.unlock();
            }
        }

        public RunnableScheduledFuture<?> poll(long timeout, TimeUnit unit) throws InterruptedException {
            long nanos = unit.toNanos(timeout);
            lock.lockInterruptibly();
            try {
                while (true) {
                    RunnableScheduledFuture<?> first = heap.peek();
                    if (first == null) {
                        if (nanos <= 0L) {
                            return null;
                        }
                        nanos = available.awaitNanos(nanos);
                    } else {
                        long delay = first.getDelay(TimeUnit.NANOSECONDS);
                        if (delay <= 0L) {
                            return heap.poll();
                        }
                        if (nanos <= 0L) {
                            return null;
                        }
                        long waited = Math.min(nanos, delay);
                        long left = available.awaitNanos(waited);
                        nanos -= waited - left;
                    }
                }
            } finally {
                lock.unlock();
            }
        }

        public RunnableScheduledFuture<?> peek() {
            lock.lock();
            try {
                return heap.peek();
            } finally {
                lock.unlock();
            }
        }

        public int size() {
            lock.lock();
            try {
                return heap.size();
            } finally {
                lock.unlock();
            }
        }

        public boolean isEmpty() {
            return size() == 0;
        }

        public int remainingCapacity() {
            return Integer.MAX_VALUE;
        }

        public boolean remove(Object x) {
            lock.lock();
            try {
                return heap.remove(x);
            } finally {
                lock.unlock();
            }
        }

        public boolean contains(Object x) {
            lock.lock();
            try {
                return heap.contains(x);
            } finally {
                lock.unlock();
            }
        }

        public void clear() {
            lock.lock();
            try {
                heap.clear();
            } finally {
                lock.unlock();
            }
        }

        public int drainTo(java.util.Collection<? super Runnable> c) {
            return drainTo(c, Integer.MAX_VALUE);
        }

        /** Drains only the tasks whose delay has elapsed, as the JDK's queue does. */
        public int drainTo(java.util.Collection<? super Runnable> c, int maxElements) {
            if (c == null) {
                throw new NullPointerException();
            }
            if (c == this) {
                throw new IllegalArgumentException();
            }
            lock.lock();
            try {
                int n = 0;
                RunnableScheduledFuture<?> first;
                while (n < maxElements && (first = heap.peek()) != null && first.getDelay(TimeUnit.NANOSECONDS) <= 0) {
                    c.add(heap.poll());
                    n++;
                }
                return n;
            } finally {
                lock.unlock();
            }
        }

        public Object[] toArray() {
            lock.lock();
            try {
                return heap.toArray();
            } finally {
                lock.unlock();
            }
        }

        public <T> T[] toArray(T[] a) {
            lock.lock();
            try {
                return heap.toArray(a);
            } finally {
                lock.unlock();
            }
        }

        public Iterator<Runnable> iterator() {
            lock.lock();
            try {
                return new ArrayList<Runnable>(heap).iterator();
            } finally {
                lock.unlock();
            }
        }
    }
}
