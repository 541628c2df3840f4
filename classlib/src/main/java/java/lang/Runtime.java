package java.lang;

import kiln.rt.Heap;
import kiln.rt.Platform;

/**
 * The running image: one processor, heap statistics from the collector, exit. exit runs the
 * shutdown hooks (started together, then joined, as on HotSpot); halt does not. Like HotSpot,
 * exit does not flush System.out: bytes written with write(int) and no newline since the last
 * flush are lost.
 */
public class Runtime {
    private static final Runtime RUNTIME = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return RUNTIME;
    }

    public void exit(int status) {
        ShutdownHooks.runAll();
        Platform.exit(status);
    }

    public void addShutdownHook(Thread hook) {
        ShutdownHooks.add(java.util.Objects.requireNonNull(hook));
    }

    public boolean removeShutdownHook(Thread hook) {
        return ShutdownHooks.remove(java.util.Objects.requireNonNull(hook));
    }

    public void halt(int status) {
        Platform.exit(status);
    }

    public int availableProcessors() {
        return 1;
    }

    public long freeMemory() {
        return Heap.freeBytes();
    }

    public long totalMemory() {
        return Heap.totalBytes();
    }

    /** The heap does not grow: its size is the maximum. */
    public long maxMemory() {
        return Heap.totalBytes();
    }

    public void gc() {
        Heap.collect();
    }
}
