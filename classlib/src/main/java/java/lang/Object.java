package java.lang;

import kiln.rt.Heap;

/**
 * The root of the class hierarchy. Kiln objects carry no Java fields; the identity hash and the
 * class live in the object header (runtime/include/kiln/rt.h). getClass() is a compiler intrinsic.
 * wait/notify are not provided yet (they come with threads).
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
}
