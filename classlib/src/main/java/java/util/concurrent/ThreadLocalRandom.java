package java.util.concurrent;

import java.util.Random;

/**
 * A random number generator per thread. HotSpot seeds each thread's generator randomly, so no
 * program can depend on its sequence; Kiln gives each thread its own java.util.Random seeded
 * from System.nanoTime and the thread id. setSeed is unsupported, as in the JDK.
 * (The bounded nextInt/nextLong/nextDouble(origin, bound) forms are absent, like Random's in Kiln.)
 */
public final class ThreadLocalRandom extends Random {
    private static final ThreadLocal<ThreadLocalRandom> LOCAL = new ThreadLocal<>();
    private final boolean initialized;

    private ThreadLocalRandom(long seed) {
        super(seed);
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        ThreadLocalRandom r = LOCAL.get();
        if (r == null) {
            long seed = System.nanoTime() * 0x9E3779B97F4A7C15L ^ Thread.currentThread().threadId() * 0xBF58476D1CE4E5B9L;
            r = new ThreadLocalRandom(seed);
            LOCAL.set(r);
        }
        return r;
    }

    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
        super.setSeed(seed);
    }
}
