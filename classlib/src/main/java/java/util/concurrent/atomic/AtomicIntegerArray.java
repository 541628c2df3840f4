package java.util.concurrent.atomic;

/**
 * An array of int elements, each updated atomically (see AtomicInteger for why plain code is atomic
 * on Kiln's one CPU). Index errors are the array's own ArrayIndexOutOfBoundsException, as the JDK's.
 */
public class AtomicIntegerArray implements java.io.Serializable {
    private final int[] array;

    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    public final int length() {
        return array.length;
    }

    
    public final int get(int i) {
        return array[i];
    }

    public final void set(int i, int newValue) {
        array[i] = newValue;
    }

    public final void lazySet(int i, int newValue) {
        array[i] = newValue;
    }

    
    public final int getAndSet(int i, int newValue) {
        int v = array[i];
        array[i] = newValue;
        return v;
    }

    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        if (array[i] != expectedValue) {
            return false;
        }
        array[i] = newValue;
        return true;
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    
    public final int compareAndExchange(int i, int expectedValue, int newValue) {
        int v = array[i];
        if (v == expectedValue) {
            array[i] = newValue;
        }
        return v;
    }

    
    public final int getPlain(int i) {
        return array[i];
    }

    public final void setPlain(int i, int newValue) {
        array[i] = newValue;
    }

    
    public final int getOpaque(int i) {
        return array[i];
    }

    public final void setOpaque(int i, int newValue) {
        array[i] = newValue;
    }

    
    public final int getAcquire(int i) {
        return array[i];
    }

    public final void setRelease(int i, int newValue) {
        array[i] = newValue;
    }

    public final int getAndUpdate(int i, java.util.function.IntUnaryOperator updateFunction) {
        while (true) {
            int prev = get(i);
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final int updateAndGet(int i, java.util.function.IntUnaryOperator updateFunction) {
        while (true) {
            int prev = get(i);
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public final int getAndAccumulate(int i, int x, java.util.function.IntBinaryOperator accumulatorFunction) {
        while (true) {
            int prev = get(i);
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final int accumulateAndGet(int i, int x, java.util.function.IntBinaryOperator accumulatorFunction) {
        while (true) {
            int prev = get(i);
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return java.util.Arrays.toString(array);
    }

    public final int getAndIncrement(int i) {
        int v = array[i];
        int n = v + 1;
        array[i] = n;
        return v;
    }

    public final int getAndDecrement(int i) {
        int v = array[i];
        int n = v - 1;
        array[i] = n;
        return v;
    }

    public final int incrementAndGet(int i) {
        int v = array[i];
        int n = v + 1;
        array[i] = n;
        return n;
    }

    public final int decrementAndGet(int i) {
        int v = array[i];
        int n = v - 1;
        array[i] = n;
        return n;
    }

    public final int getAndAdd(int i, int delta) {
        int v = array[i];
        array[i] = v + delta;
        return v;
    }

    public final int addAndGet(int i, int delta) {
        int n = array[i] + delta;
        array[i] = n;
        return n;
    }
}
