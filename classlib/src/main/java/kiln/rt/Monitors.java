package kiln.rt;

/**
 * Java monitors: {@code synchronized} (the compiler calls {@link #enter}/{@link #exit}) and
 * Object.wait/notify/notifyAll.
 *
 * <p>A heap object that is not an array keeps a lock word in the header field that arrays use for
 * their length (rt.h). The word is 0 when unlocked; a thin lock {@code (ownerLockId << 8) | count}
 * (count 1..255) when one thread holds it and nobody else wants it; or {@code INFLATED | index}
 * into the table of {@link Monitor}s once there is contention, waiting or deep recursion. Arrays
 * and objects outside the heap (class objects, string literals) have no lock word; their monitors
 * live in a side table keyed by address (the collector never moves objects).
 *
 * <p>Everything here runs without safepoint polls (kiln.rt), so on one CPU each operation is atomic.
 */
public final class Monitors {
    private Monitors() {}

    private static final int NO_HEADER = Integer.MIN_VALUE;
    private static final int INFLATED = Integer.MIN_VALUE;
    private static final int MAX_THIN_COUNT = 255;

    // No static initializer: the compiler calls enter/exit directly from every synchronized method,
    // without a class-initialization check, so the tables are created on first use instead.
    private static Monitor[] table;
    private static int tableUsed; // index 0 stays unused: INFLATED|0 would equal NO_HEADER
    private static Monitor freeMonitors;
    private static Monitor[] side;

    /** The header lock word of o, or NO_HEADER for arrays and objects outside the heap. */
    private static native int headerWord(Object o);

    private static native void setHeaderWord(Object o, int word);

    /** A hash of o's address (stable: objects never move). */
    private static native int addressHash(Object o);

    // ---- synchronized ----

    /** monitorenter (o is not null). */
    public static void enter(Object o) {
        int me = Scheduler.currentLockId();
        int w = headerWord(o);
        if (w == 0) {
            setHeaderWord(o, (me << 8) | 1);
            return;
        }
        if (w > 0 && (w >>> 8) == me && (w & 0xff) < MAX_THIN_COUNT) {
            setHeaderWord(o, w + 1);
            return;
        }
        Strand self = Scheduler.current(); // adopts main first, so inflate can name it as owner
        acquire(inflate(o, w), self, 1);
    }

    /** monitorexit (o is not null). */
    public static void exit(Object o) {
        int me = Scheduler.currentLockId();
        int w = headerWord(o);
        if (w > 0 && (w >>> 8) == me) {
            setHeaderWord(o, (w & 0xff) == 1 ? 0 : w - 1);
            return;
        }
        Monitor m = existing(o, w);
        if (m == null || m.owner == null || m.owner != Scheduler.currentOrNull()) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        if (--m.count == 0) {
            release(m);
        }
    }

    /** Thread.holdsLock. */
    public static boolean holdsLock(Object o) {
        int w = headerWord(o);
        if (w > 0) {
            return (w >>> 8) == Scheduler.currentLockId();
        }
        Monitor m = existing(o, w);
        return m != null && m.owner != null && m.owner == Scheduler.currentOrNull();
    }

    /** The thread holding o's monitor, or null (thread dumps). */
    static Strand ownerOf(Object o) {
        if (o == null) {
            return null;
        }
        int w = headerWord(o);
        if (w > 0) {
            return Scheduler.byLockId(w >>> 8);
        }
        Monitor m = existing(o, w);
        return m == null ? null : m.owner;
    }

    // ---- Object.wait / notify ----

    /** Object.wait(timeoutMillis, nanos) after argument checks; timeout 0 and nanos 0 = forever. */
    public static void await(Object o, long timeoutMillis, int nanos) throws InterruptedException {
        Monitor m = owned(o);
        Strand me = m.owner;
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException();
        }
        boolean timed = timeoutMillis != 0 || nanos != 0;
        long deadline = 0;
        if (timed) {
            long n = timeoutMillis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE / 4 : timeoutMillis * 1_000_000L + nanos;
            deadline = Platform.nanoTime() + n;
        }
        int saved = m.count;
        m.addWaiter(me);
        m.inWait++;
        m.count = 0;
        release(m);
        Scheduler.block(Strand.WAIT_OBJECT, o, timed, deadline);
        m.removeWaiter(me);
        acquire(m, me, saved);
        m.inWait--;
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException();
        }
    }

    /** Object.notify. */
    public static void notifyOne(Object o) {
        Monitor m = ownedOrThin(o);
        if (m != null) {
            Strand w = m.takeWaiter();
            if (w != null) {
                Scheduler.unblock(w);
            }
        }
    }

    /** Object.notifyAll. */
    public static void notifyAll(Object o) {
        Monitor m = ownedOrThin(o);
        if (m != null) {
            for (Strand w = m.takeWaiter(); w != null; w = m.takeWaiter()) {
                Scheduler.unblock(w);
            }
        }
    }

    /** Wakes a thread blocked in wait() because it was interrupted; it stays queued for the lock. */
    static void interruptWait(Strand s, Object o) {
        Scheduler.unblock(s);
    }

    // ---- inflated monitors ----

    /** Takes m for `me` with recursion count n, queueing behind other threads if it is held. */
    private static void acquire(Monitor m, Strand me, int n) {
        if (m.owner == null) {
            m.owner = me;
            m.count = n;
            return;
        }
        if (m.owner == me) {
            m.count += n;
            return;
        }
        me.pendingCount = n;
        m.enqueueEntry(me);
        while (m.owner != me) {
            Scheduler.block(Strand.WAIT_MONITOR, m.obj, false, 0);
        }
    }

    /** The lock is free: hand it to the first queued thread, or deflate the monitor if idle. */
    private static void release(Monitor m) {
        Strand next = m.dequeueEntry();
        if (next != null) {
            m.owner = next;
            m.count = next.pendingCount;
            Scheduler.unblock(next);
            return;
        }
        m.owner = null;
        if (m.idle()) {
            deflate(m);
        }
    }

    /** The monitor owned by the current thread (inflating a thin lock it holds), or IMSE. */
    private static Monitor owned(Object o) {
        int w = headerWord(o);
        Strand self = Scheduler.current();
        Monitor m = (w > 0 && (w >>> 8) == self.lockId) ? inflate(o, w) : existing(o, w);
        if (m == null || m.owner == null || m.owner != self) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        return m;
    }

    /** For notify: null if the current thread holds o thinly (so nobody can be waiting), else its monitor. */
    private static Monitor ownedOrThin(Object o) {
        int w = headerWord(o);
        if (w > 0 && (w >>> 8) == Scheduler.currentLockId()) {
            return null;
        }
        Monitor m = existing(o, w);
        if (m == null || m.owner == null || m.owner != Scheduler.currentOrNull()) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        return m;
    }

    /** o's monitor if it is inflated or in the side table, else null. */
    private static Monitor existing(Object o, int w) {
        if (table == null) {
            table = new Monitor[16];
            tableUsed = 1;
            side = new Monitor[64];
        }
        if (w == NO_HEADER) {
            for (Monitor m = side[bucket(o)]; m != null; m = m.link) {
                if (m.obj == o) {
                    return m;
                }
            }
            return null;
        }
        return w < 0 ? table[w & ~INFLATED] : null;
    }

    /** o's monitor, created from the lock word (thin owner and count carried over) if needed. */
    private static Monitor inflate(Object o, int w) {
        Monitor m = existing(o, w);
        if (m != null) {
            return m;
        }
        m = newMonitor(o);
        if (w > 0) {
            m.owner = Scheduler.byLockId(w >>> 8);
            m.count = w & 0xff;
        }
        if (w == NO_HEADER) {
            int b = bucket(o);
            m.link = side[b];
            side[b] = m;
        } else {
            setHeaderWord(o, INFLATED | m.index);
        }
        return m;
    }

    private static Monitor newMonitor(Object o) {
        Monitor m = freeMonitors;
        if (m != null) {
            freeMonitors = m.link;
            m.link = null;
        } else {
            m = new Monitor();
            if (tableUsed == table.length) {
                Monitor[] bigger = new Monitor[table.length * 2];
                System.arraycopy(table, 0, bigger, 0, table.length);
                table = bigger;
            }
            m.index = tableUsed++;
            table[m.index] = m;
        }
        m.obj = o;
        return m;
    }

    private static void deflate(Monitor m) {
        Object o = m.obj;
        int w = headerWord(o);
        if (w == NO_HEADER) {
            int b = bucket(o);
            Monitor prev = null;
            for (Monitor x = side[b]; x != null; prev = x, x = x.link) {
                if (x == m) {
                    if (prev == null) {
                        side[b] = x.link;
                    } else {
                        prev.link = x.link;
                    }
                    break;
                }
            }
        } else {
            setHeaderWord(o, 0);
        }
        m.obj = null;
        m.link = freeMonitors;
        freeMonitors = m;
    }

    private static int bucket(Object o) {
        return addressHash(o) & (side.length - 1);
    }
}
