package java.lang;

import java.util.ArrayList;

/**
 * Runtime.addShutdownHook's registry. At exit (System.exit, or the last non-daemon thread ending)
 * every hook is started and exit waits for all of them, as on HotSpot. The code that starts them
 * is reached only through a Runnable that {@link #add} installs, so a program that registers no
 * hook compiles without it (and without the thread scheduler it needs).
 */
final class ShutdownHooks {
    private ShutdownHooks() {}

    private static ArrayList<Thread> hooks;
    private static boolean running;
    /** Set by the first add(): runs the hooks. */
    private static Runnable runner;

    static synchronized void add(Thread hook) {
        if (running) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hook.isAlive()) {
            throw new IllegalArgumentException("Hook already running");
        }
        if (hooks == null) {
            hooks = new ArrayList<>();
            runner = ShutdownHooks::startAndJoinAll;
        }
        for (Thread h : hooks) {
            if (h == hook) {
                throw new IllegalArgumentException("Hook previously registered");
            }
        }
        hooks.add(hook);
    }

    static synchronized boolean remove(Thread hook) {
        if (running) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hooks == null) {
            return false;
        }
        for (int i = 0; i < hooks.size(); i++) {
            if (hooks.get(i) == hook) {
                hooks.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Called once on the way out, before the platform exits. */
    static void runAll() {
        Runnable r;
        synchronized (ShutdownHooks.class) {
            if (running) {
                return;
            }
            running = true;
            r = runner;
        }
        if (r != null) {
            r.run();
        }
    }

    private static void startAndJoinAll() {
        ArrayList<Thread> all = hooks;
        for (Thread h : all) {
            h.start();
        }
        for (Thread h : all) {
            boolean joined = false;
            while (!joined) {
                try {
                    h.join();
                    joined = true;
                } catch (InterruptedException e) {
                    // exit waits for every hook regardless
                }
            }
        }
    }
}
