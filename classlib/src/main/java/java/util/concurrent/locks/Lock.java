package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/** A lock more flexible than a monitor: timed, interruptible, with several conditions. */
public interface Lock {
    void lock();

    void lockInterruptibly() throws InterruptedException;

    boolean tryLock();

    boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

    void unlock();

    Condition newCondition();
}
