package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A wait set bound to a Lock. (awaitUntil(Date) is absent: Kiln has no java.util.Date yet.)
 * Kiln's implementation is kiln.rt.QueuedSync.ConditionObject.
 */
public interface Condition {
    void await() throws InterruptedException;

    void awaitUninterruptibly();

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean await(long time, TimeUnit unit) throws InterruptedException;

    void signal();

    void signalAll();
}
