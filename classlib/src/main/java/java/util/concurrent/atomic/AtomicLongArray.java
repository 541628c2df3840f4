package java.util.concurrent.atomic;

/**
 * An array of long elements, each updated atomically (see AtomicInteger for why plain code is atomic
 * on Kiln's one CPU). Index errors are the array's own ArrayIndexOutOfBoundsException, as the JDK's.
 */
public class AtomicLongArray implements java.io.Serializable {
    private final long[] array;

    public AtomicLongArray(int length) {
        array = new long[length];
    }

    public AtomicLongArray(long[] array) {
        this.array = array.clone();
    }

    public final int length() {
        return array.length;
    }

    
    public final long get(int i) {
        return array[i];
    }

    public final void set(int i, long newValue) {
        array[i] = newValue;
    }

    public final void lazySet(int i, long newValue) {
        array[i] = newValue;
    }

    
    public final long getAndSet(int i, long newValue) {
        long v = array[i];
        array[i] = newValue;
        return v;
    }

    public final boolean compareAndSet(int i, long expectedValue, long newValue) {
        if (array[i] != expectedValue) {
            return false;
        }
        array[i] = newValue;
        return true;
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    
    public final long compareAndExchange(int i, long expectedValue, long newValue) {
        long v = array[i];
        if (v == expectedValue) {
            array[i] = newValue;
        }
        return v;
    }

    
    public final long getPlain(int i) {
        return array[i];
    }

    public final void setPlain(int i, long newValue) {
        array[i] = newValue;
    }

    
    public final long getOpaque(int i) {
        return array[i];
    }

    public final void setOpaque(int i, long newValue) {
        array[i] = newValue;
    }

    
    public final long getAcquire(int i) {
        return array[i];
    }

    public final void setRelease(int i, long newValue) {
        array[i] = newValue;
    }

    public final long getAndUpdate(int i, java.util.function.LongUnaryOperator updateFunction) {
        while (true) {
            long prev = get(i);
            long next = updateFunction.applyAsLong(prev);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final long updateAndGet(int i, java.util.function.LongUnaryOperator updateFunction) {
        while (true) {
            long prev = get(i);
            long next = updateFunction.applyAsLong(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public final long getAndAccumulate(int i, long x, java.util.function.LongBinaryOperator accumulatorFunction) {
        while (true) {
            long prev = get(i);
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final long accumulateAndGet(int i, long x, java.util.function.LongBinaryOperator accumulatorFunction) {
        while (true) {
            long prev = get(i);
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return java.util.Arrays.toString(array);
    }

    public final long getAndIncrement(int i) {
        long v = array[i];
        long n = v + 1;
        array[i] = n;
        return v;
    }

    public final long getAndDecrement(int i) {
        long v = array[i];
        long n = v - 1;
        array[i] = n;
        return v;
    }

    public final long incrementAndGet(int i) {
        long v = array[i];
        long n = v + 1;
        array[i] = n;
        return n;
    }

    public final long decrementAndGet(int i) {
        long v = array[i];
        long n = v - 1;
        array[i] = n;
        return n;
    }

    public final long getAndAdd(int i, long delta) {
        long v = array[i];
        array[i] = v + delta;
        return v;
    }

    public final long addAndGet(int i, long delta) {
        long n = array[i] + delta;
        array[i] = n;
        return n;
    }
}
