package java.util.concurrent;

/** Creates threads on demand (executors use one). */
public interface ThreadFactory {
    Thread newThread(Runnable r);
}
