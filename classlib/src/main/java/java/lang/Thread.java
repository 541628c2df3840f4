package java.lang;

import java.util.HashMap;
import java.util.concurrent.ThreadFactory;
import kiln.rt.Monitors;
import kiln.rt.Platform;
import kiln.rt.Scheduler;
import kiln.rt.Strand;

/**
 * Threads are green threads on one CPU, scheduled by kiln.rt.Scheduler; platform and virtual
 * threads are the same thing underneath (a virtual thread is a daemon whose name defaults to "").
 * Ids: main is #3 and started threads count up from #21, as HotSpot 25 numbers them on a two-CPU
 * machine with default flags (its own service threads take the ids between); programs must not
 * depend on ids.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static final long MAIN_ID = 3;
    private static long nextId = 21;
    private static int nextAutoNumber;
    private static Thread main;
    private static volatile UncaughtExceptionHandler defaultHandler;

    static {
        Scheduler.strands = t -> t.strand;
    }

    private final long id;
    private volatile String name;
    private int priority;
    private boolean daemon;
    private final boolean virtual;
    private final Runnable target;
    private final ThreadGroup group;
    private final long stackSize;
    private Strand strand;
    private UncaughtExceptionHandler handler;
    /** Values of this thread's ThreadLocals (ThreadLocal has identity equality). */
    HashMap<ThreadLocal<?>, Object> locals;
    HashMap<ThreadLocal<?>, Object> inheritableLocals;

    public Thread() {
        this(null, null, null, 0, false, true);
    }

    public Thread(Runnable task) {
        this(null, task, null, 0, false, true);
    }

    public Thread(ThreadGroup group, Runnable task) {
        this(group, task, null, 0, false, true);
    }

    public Thread(String name) {
        this(null, null, checkName(name), 0, false, true);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, checkName(name), 0, false, true);
    }

    public Thread(Runnable task, String name) {
        this(null, task, checkName(name), 0, false, true);
    }

    public Thread(ThreadGroup group, Runnable task, String name) {
        this(group, task, checkName(name), 0, false, true);
    }

    public Thread(ThreadGroup group, Runnable task, String name, long stackSize) {
        this(group, task, checkName(name), stackSize, false, true);
    }

    public Thread(ThreadGroup group, Runnable task, String name, long stackSize, boolean inheritInheritableThreadLocals) {
        this(group, task, checkName(name), stackSize, false, inheritInheritableThreadLocals);
    }

    Thread(ThreadGroup group, Runnable task, String name, long stackSize, boolean virtual, boolean inherit) {
        Thread parent = currentThread();
        this.id = nextId++;
        this.name = name != null ? name : virtual ? "" : "Thread-" + nextAutoNumber++;
        this.virtual = virtual;
        this.group = virtual ? ThreadGroup.VIRTUAL : group != null ? group : parent.getThreadGroup();
        this.priority = virtual ? NORM_PRIORITY : Math.min(parent.getPriority(), this.group.getMaxPriority());
        this.daemon = virtual || parent.isDaemon();
        this.target = task;
        this.stackSize = stackSize;
        if (inherit && parent.inheritableLocals != null) {
            inheritableLocals = new HashMap<>();
            for (var e : parent.inheritableLocals.entrySet()) {
                InheritableThreadLocal<Object> key = (InheritableThreadLocal<Object>) e.getKey();
                inheritableLocals.put(key, key.childValue(e.getValue()));
            }
        }
    }

    /** The booting thread. */
    private Thread(boolean isMain) {
        this.id = MAIN_ID;
        this.name = "main";
        this.virtual = false;
        this.group = ThreadGroup.MAIN;
        this.priority = NORM_PRIORITY;
        this.target = null;
        this.stackSize = 0;
        this.strand = new Strand(this, false, 0);
        Scheduler.adoptMain(strand);
    }

    private static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        return name;
    }

    public static Thread currentThread() {
        Strand s = Scheduler.currentOrNull();
        if (s != null) {
            return s.thread;
        }
        if (main == null) {
            main = new Thread(true);
        }
        return main;
    }

    // ---- life cycle ----

    public void start() {
        synchronized (this) {
            if (strand != null) {
                throw new IllegalThreadStateException();
            }
            strand = new Strand(this, daemon, stackSize);
            Scheduler.start(strand);
        }
    }

    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    public final boolean isAlive() {
        return strand != null && strand.isAlive();
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        joinNanos(millis == 0 ? 0 : saturatedNanos(millis, 0));
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        joinNanos(millis == 0 && nanos == 0 ? 0 : saturatedNanos(millis, nanos));
    }

    /** Waits for this thread to end; 0 = forever. */
    private void joinNanos(long timeout) throws InterruptedException {
        if (strand == null) {
            checkInterrupt();
            return;
        }
        long deadline = Platform.nanoTime() + timeout;
        synchronized (this) {
            while (isAlive()) {
                if (timeout == 0) {
                    wait();
                } else {
                    long left = deadline - Platform.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    wait(left / 1_000_000L, (int) (left % 1_000_000L));
                }
            }
        }
        checkInterrupt();
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private static long saturatedNanos(long millis, int nanos) {
        return millis >= Long.MAX_VALUE / 4_000_000L ? Long.MAX_VALUE / 4 : millis * 1_000_000L + nanos;
    }

    // ---- sleeping, yielding, interrupts ----

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleepNanos(saturatedNanos(millis, 0));
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleepNanos(saturatedNanos(millis, nanos));
    }

    private static void sleepNanos(long nanos) throws InterruptedException {
        Strand me = Scheduler.current();
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        long deadline = Platform.nanoTime() + nanos;
        while (deadline - Platform.nanoTime() > 0) {
            Scheduler.block(Strand.WAIT_SLEEP, null, true, deadline);
            if (me.interrupted) {
                me.interrupted = false;
                throw new InterruptedException("sleep interrupted");
            }
        }
    }

    public static void yield() {
        Scheduler.yieldNow();
    }

    public static void onSpinWait() {
        Scheduler.yieldNow();
    }

    public void interrupt() {
        Strand s = strand;
        if (s == null) {
            return; // not started: the JDK also ignores it (it is not alive)
        }
        if (!s.isAlive()) {
            return;
        }
        s.interrupted = true;
        switch (s.waitKind()) {
            case Strand.WAIT_SLEEP, Strand.WAIT_OBJECT, Strand.WAIT_PARK, Strand.WAIT_JOIN -> Scheduler.unblock(s);
            default -> {
            }
        }
    }

    public boolean isInterrupted() {
        Strand s = strand;
        return s != null && s.interrupted;
    }

    public static boolean interrupted() {
        Strand me = Scheduler.currentOrNull();
        if (me == null || !me.interrupted) {
            return false;
        }
        me.interrupted = false;
        return true;
    }

    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return Monitors.holdsLock(obj);
    }

    // ---- attributes ----

    public final String getName() {
        return name;
    }

    public final synchronized void setName(String name) {
        this.name = checkName(name);
    }

    @Deprecated
    public long getId() {
        return id;
    }

    public final long threadId() {
        return id;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        if (!virtual) {
            priority = Math.min(newPriority, group.getMaxPriority());
        }
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (virtual && !on) {
            throw new IllegalArgumentException("'false' not legal for virtual threads");
        }
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        if (!virtual) {
            daemon = on;
        }
    }

    public final boolean isVirtual() {
        return virtual;
    }

    public final ThreadGroup getThreadGroup() {
        return getState() == State.TERMINATED ? null : group;
    }

    public State getState() {
        Strand s = strand;
        if (s == null || !s.isStarted()) {
            return State.NEW;
        }
        if (s.isTerminated()) {
            return State.TERMINATED;
        }
        return switch (s.waitKind()) {
            case Strand.WAIT_NONE -> State.RUNNABLE;
            case Strand.WAIT_MONITOR -> State.BLOCKED;
            case Strand.WAIT_SLEEP -> State.TIMED_WAITING;
            default -> s.timed() ? State.TIMED_WAITING : State.WAITING;
        };
    }

    @Override
    public String toString() {
        if (virtual) {
            StringBuilder b = new StringBuilder("VirtualThread[#").append(id);
            if (!name.isEmpty()) {
                b.append(',').append(name);
            }
            return b.append("]/").append(getState().toString().toLowerCase()).toString();
        }
        ThreadGroup g = getThreadGroup();
        return "Thread[#" + id + "," + name + "," + priority + "," + (g == null ? "" : g.getName()) + "]";
    }

    // ---- uncaught exceptions ----

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        defaultHandler = ueh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        if (getState() == State.TERMINATED) {
            return null;
        }
        return handler != null ? handler : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        handler = ueh;
    }

    // ---- states and builders ----

    public enum State {
        NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED
    }

    public static Builder.OfPlatform ofPlatform() {
        return new ThreadBuilders.PlatformBuilder();
    }

    public static Builder.OfVirtual ofVirtual() {
        return new ThreadBuilders.VirtualBuilder();
    }

    public static Thread startVirtualThread(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        Thread t = new Thread(null, task, null, 0, true, true);
        t.start();
        return t;
    }

    public sealed interface Builder permits Builder.OfPlatform, Builder.OfVirtual {
        Builder name(String name);

        Builder name(String prefix, long start);

        Builder inheritInheritableThreadLocals(boolean inherit);

        Builder uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

        Thread unstarted(Runnable task);

        Thread start(Runnable task);

        ThreadFactory factory();

        sealed interface OfPlatform extends Builder permits ThreadBuilders.PlatformBuilder {
            @Override
            OfPlatform name(String name);

            @Override
            OfPlatform name(String prefix, long start);

            @Override
            OfPlatform inheritInheritableThreadLocals(boolean inherit);

            @Override
            OfPlatform uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

            OfPlatform group(ThreadGroup group);

            OfPlatform daemon(boolean on);

            default OfPlatform daemon() {
                return daemon(true);
            }

            OfPlatform priority(int priority);

            OfPlatform stackSize(long stackSize);
        }

        sealed interface OfVirtual extends Builder permits ThreadBuilders.VirtualBuilder {
            @Override
            OfVirtual name(String name);

            @Override
            OfVirtual name(String prefix, long start);

            @Override
            OfVirtual inheritInheritableThreadLocals(boolean inherit);

            @Override
            OfVirtual uncaughtExceptionHandler(UncaughtExceptionHandler ueh);
        }
    }

    /** Used by ThreadBuilders. */
    static Thread create(ThreadGroup group, Runnable task, String name, long stackSize, boolean virtual,
                         boolean inherit, UncaughtExceptionHandler ueh, int priority, Boolean daemon) {
        if (task == null) {
            throw new NullPointerException();
        }
        Thread t = new Thread(group, task, name, stackSize, virtual, inherit);
        if (ueh != null) {
            t.handler = ueh;
        }
        if (!virtual) {
            if (priority != 0) {
                t.setPriority(priority);
            }
            if (daemon != null) {
                t.daemon = daemon;
            }
        }
        return t;
    }
}
