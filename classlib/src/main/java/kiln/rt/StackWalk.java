package kiln.rt;

/**
 * The current thread's shadow stack (kiln_frame chain in rt.h). Frame 0 is the innermost,
 * i.e. the caller of these methods' caller is at a small index; callers skip their own frames.
 */
public final class StackWalk {
    private StackWalk() {}

    /** Number of frames on the current thread's stack. */
    public static native int depth();

    /** Binary class name ("java.lang.String") of frame i. */
    public static native String className(int i);

    /** Method name of frame i ("charAt", "&lt;init&gt;"). */
    public static native String methodName(int i);

    /** Source file of frame i, or null. */
    public static native String fileName(int i);

    /** Current source line of frame i, or -1. */
    public static native int lineNumber(int i);
}
