package java.lang;

import java.util.HashMap;
import java.util.Objects;
import java.util.function.Supplier;

/** Per-thread values, kept in a map on each Thread (a ThreadLocal compares by identity). */
public class ThreadLocal<T> {
    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        Objects.requireNonNull(supplier);
        return new ThreadLocal<S>() {
            @Override
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    HashMap<ThreadLocal<?>, Object> map(Thread t, boolean create) {
        if (t.locals == null && create) {
            t.locals = new HashMap<>();
        }
        return t.locals;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        HashMap<ThreadLocal<?>, Object> m = map(Thread.currentThread(), true);
        if (m.containsKey(this)) {
            return (T) m.get(this);
        }
        T v = initialValue();
        m.put(this, v);
        return v;
    }

    public void set(T value) {
        map(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        HashMap<ThreadLocal<?>, Object> m = map(Thread.currentThread(), false);
        if (m != null) {
            m.remove(this);
        }
    }
}
