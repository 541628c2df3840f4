package java.lang;

import java.util.HashMap;

/** A ThreadLocal whose values new threads copy (through childValue) from the thread creating them. */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    HashMap<ThreadLocal<?>, Object> map(Thread t, boolean create) {
        if (t.inheritableLocals == null && create) {
            t.inheritableLocals = new HashMap<>();
        }
        return t.inheritableLocals;
    }
}
