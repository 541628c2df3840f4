package java.lang;

import kiln.rt.Heap;
import kiln.rt.Monitors;

/**
 * The root of the class hierarchy. Kiln objects carry no Java fields; the identity hash and the
 * class live in the object header (runtime/include/kiln/rt.h). getClass() is a compiler intrinsic.
 */
public class Object {
    public Object() {}

    /** Compiler intrinsic: the class pointer in the object header. */
    public final native Class<?> getClass();

    public int hashCode() {
        return Heap.identityHash(this);
    }

    public boolean equals(Object obj) {
        return this == obj;
    }

    /** A shallow copy; only for Cloneable classes (arrays are always Cloneable). */
    protected Object clone() throws CloneNotSupportedException {
        if (!(this instanceof Cloneable)) {
            throw new CloneNotSupportedException(getClass().getName());
        }
        return Heap.shallowClone(this);
    }

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    public final void wait() throws InterruptedException {
        Monitors.await(this, 0, 0);
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Monitors.await(this, timeoutMillis, 0);
    }

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        Monitors.await(this, timeoutMillis, nanos);
    }

    public final void notify() {
        Monitors.notifyOne(this);
    }

    public final void notifyAll() {
        Monitors.notifyAll(this);
    }
}
