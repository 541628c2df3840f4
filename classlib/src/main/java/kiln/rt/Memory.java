package kiln.rt;

/** Raw copies between arrays, for System.arraycopy after its checks are done. */
public final class Memory {
    private Memory() {}

    /**
     * Copies length elements from src[srcPos..] to dst[dstPos..] as memmove does (overlap is
     * safe). The caller has checked types, bounds and nulls; element size comes from src's class.
     */
    public static native void arrayCopy(Object src, int srcPos, Object dst, int dstPos, int length);
}
