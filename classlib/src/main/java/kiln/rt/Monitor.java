package kiln.rt;

/**
 * An inflated monitor: an object's lock once a second thread wants it or someone waits on it.
 * Uncontended locking never creates one (see {@link Monitors}); a monitor that is unlocked with
 * nobody queued or waiting is deflated again, so the table stays as small as the contention.
 */
final class Monitor {
    /** The object whose monitor this is. */
    Object obj;
    Strand owner;
    int count;
    /** Threads waiting to lock (FIFO; the lock is handed to the head on release). */
    Strand entryHead, entryTail;
    /** Threads in Object.wait (FIFO; notify wakes the head). */
    Strand waitHead, waitTail;
    /** Index in the monitor table (header word = INFLATED | index), or 0 for side-table monitors. */
    int index;
    /** Next monitor in the same side-table bucket, or in the free list. */
    Monitor link;

    /** Threads inside Object.wait on this monitor, from releasing it until they hold it again. */
    int inWait;

    boolean idle() {
        return owner == null && entryHead == null && waitHead == null && inWait == 0;
    }

    void enqueueEntry(Strand s) {
        s.waitNext = null;
        if (entryTail == null) {
            entryHead = s;
        } else {
            entryTail.waitNext = s;
        }
        entryTail = s;
    }

    Strand dequeueEntry() {
        Strand s = entryHead;
        if (s != null) {
            entryHead = s.waitNext;
            if (entryHead == null) {
                entryTail = null;
            }
            s.waitNext = null;
        }
        return s;
    }

    void addWaiter(Strand s) {
        s.waitNext = null;
        if (waitTail == null) {
            waitHead = s;
        } else {
            waitTail.waitNext = s;
        }
        waitTail = s;
    }

    Strand takeWaiter() {
        Strand s = waitHead;
        if (s != null) {
            waitHead = s.waitNext;
            if (waitHead == null) {
                waitTail = null;
            }
            s.waitNext = null;
        }
        return s;
    }

    /** Removes s from the wait set if it is still there (its wait timed out or was interrupted). */
    void removeWaiter(Strand s) {
        Strand prev = null;
        for (Strand w = waitHead; w != null; prev = w, w = w.waitNext) {
            if (w == s) {
                if (prev == null) {
                    waitHead = w.waitNext;
                } else {
                    prev.waitNext = w.waitNext;
                }
                if (waitTail == w) {
                    waitTail = prev;
                }
                w.waitNext = null;
                return;
            }
        }
    }
}
