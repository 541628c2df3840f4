package kiln.rt;

/** The collector, as the runtime core offers it (runtime/core/gc.c). */
public final class Heap {
    private Heap() {}

    /** Identity hash of o: stable for its lifetime, never 0. */
    public static native int identityHash(Object o);

    /** A shallow copy of an object or array; OutOfMemoryError when the heap is full. */
    public static native Object shallowClone(Object o);

    /** A new zeroed array of the given array class (length >= 0, checked by the caller). */
    public static native Object newArray(Class<?> arrayClass, int length);

    /** Heap size in bytes. */
    public static native long totalBytes();

    /** Free bytes in the heap right now. */
    public static native long freeBytes();

    /** Runs a full collection. */
    public static native void collect();

    /** Registers the preallocated error thrown when an allocation cannot be satisfied. */
    public static native void setOutOfMemoryError(OutOfMemoryError e);
}
