package kiln.net.socket;

import java.util.concurrent.locks.Condition;

/**
 * What java.nio.channels.Selector waits on: one condition of the stack lock, signalled by every
 * socket it watches (through {@link Watchable#notifyWatchers}) and by {@link #wakeup}. The selector
 * scans its sockets' {@link Watchable#readyOps()} and waits with the lock held throughout
 * ({@link #lock}, scan, {@link #awaitChange}), so no readiness change can slip in between the scan
 * and the wait; readiness is level-based, as with epoll in level-triggered mode.
 */
public final class SocketSelector {
    private final SocketStack stack;
    private final Condition changed;
    /** A watched socket changed since the last {@link #awaitChange} (guarded by the lock). */
    private boolean signalled;
    /** {@link #wakeup} was called and no select has consumed it yet (guarded by the lock). */
    private boolean woken;

    public SocketSelector(SocketStack stack) {
        this.stack = stack;
        this.changed = stack.lock.newCondition();
    }

    /** Takes the stack lock (reentrant): hold it from the scan through {@link #awaitChange}. */
    public void lock() {
        stack.lock.lock();
    }

    public void unlock() {
        stack.lock.unlock();
    }

    /** From now on, readiness changes of {@code w} wake this selector (which scans again at once). */
    public void watch(Watchable w) {
        if (w.stack() != stack) {
            throw new IllegalArgumentException("socket belongs to another network stack");
        }
        stack.lock.lock();
        try {
            w.addWatcher(this);
            signal();
        } finally {
            stack.lock.unlock();
        }
    }

    public void unwatch(Watchable w) {
        stack.lock.lock();
        try {
            w.removeWatcher(this);
        } finally {
            stack.lock.unlock();
        }
    }

    /** Makes a wait in progress (or the next) return so that the caller scans again. */
    public void rescan() {
        stack.lock.lock();
        try {
            signal();
        } finally {
            stack.lock.unlock();
        }
    }

    /** Called by a watched socket with the lock held. */
    void signal() {
        signalled = true;
        changed.signalAll();
    }

    /**
     * With the lock held: forgets earlier signals, so that a wait after the scan that follows only
     * returns for a change the scan has not seen.
     */
    public void startScan() {
        signalled = false;
    }

    /**
     * With the lock held: waits until a watched socket changes, {@link #wakeup} is called, or the
     * deadline ({@link System#nanoTime()} time, {@link Long#MAX_VALUE} for none) passes. False only
     * when the deadline has passed.
     */
    public boolean awaitChange(long deadline) {
        while (!signalled && !woken) {
            if (!Waiting.await(changed, deadline)) {
                return false;
            }
        }
        return true;
    }

    /** Makes the current (or else the next) select return at once. */
    public void wakeup() {
        stack.lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            stack.lock.unlock();
        }
    }

    /** With the lock held: whether {@link #wakeup} was called since the last call; clears it. */
    public boolean takeWakeup() {
        boolean w = woken;
        woken = false;
        return w;
    }
}
