package java.util.concurrent.atomic;

/**
 * An array of E elements, each updated atomically (see AtomicInteger for why plain code is atomic
 * on Kiln's one CPU). Index errors are the array's own ArrayIndexOutOfBoundsException, as the JDK's.
 */
public class AtomicReferenceArray<E> implements java.io.Serializable {
    private final Object[] array;

    public AtomicReferenceArray(int length) {
        array = new Object[length];
    }

    public AtomicReferenceArray(E[] array) {
        this.array = java.util.Arrays.copyOf(array, array.length, Object[].class);
    }

    public final int length() {
        return array.length;
    }

    @SuppressWarnings("unchecked")
    public final E get(int i) {
        return (E) array[i];
    }

    public final void set(int i, E newValue) {
        array[i] = newValue;
    }

    public final void lazySet(int i, E newValue) {
        array[i] = newValue;
    }

    @SuppressWarnings("unchecked")
    public final E getAndSet(int i, E newValue) {
        E v = (E) array[i];
        array[i] = newValue;
        return v;
    }

    public final boolean compareAndSet(int i, E expectedValue, E newValue) {
        if (array[i] != expectedValue) {
            return false;
        }
        array[i] = newValue;
        return true;
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E compareAndExchange(int i, E expectedValue, E newValue) {
        E v = (E) array[i];
        if (v == expectedValue) {
            array[i] = newValue;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public final E getPlain(int i) {
        return (E) array[i];
    }

    public final void setPlain(int i, E newValue) {
        array[i] = newValue;
    }

    @SuppressWarnings("unchecked")
    public final E getOpaque(int i) {
        return (E) array[i];
    }

    public final void setOpaque(int i, E newValue) {
        array[i] = newValue;
    }

    @SuppressWarnings("unchecked")
    public final E getAcquire(int i) {
        return (E) array[i];
    }

    public final void setRelease(int i, E newValue) {
        array[i] = newValue;
    }

    public final E getAndUpdate(int i, java.util.function.UnaryOperator<E> updateFunction) {
        while (true) {
            E prev = get(i);
            E next = updateFunction.apply(prev);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final E updateAndGet(int i, java.util.function.UnaryOperator<E> updateFunction) {
        while (true) {
            E prev = get(i);
            E next = updateFunction.apply(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public final E getAndAccumulate(int i, E x, java.util.function.BinaryOperator<E> accumulatorFunction) {
        while (true) {
            E prev = get(i);
            E next = accumulatorFunction.apply(prev, x);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final E accumulateAndGet(int i, E x, java.util.function.BinaryOperator<E> accumulatorFunction) {
        while (true) {
            E prev = get(i);
            E next = accumulatorFunction.apply(prev, x);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return java.util.Arrays.toString(array);
    }
}
