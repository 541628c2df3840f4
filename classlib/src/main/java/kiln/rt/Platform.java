package kiln.rt;

/**
 * The machine, as the runtime core's platform layer offers it (runtime/include/kiln/rt.h,
 * kiln_plat_*). Each native maps to the C function {@code kiln_native_kiln_rt_Platform_<name>}.
 * Only the class library calls these; applications use System, Runtime and friends.
 */
public final class Platform {
    private Platform() {}

    /** Writes bytes to the console: fd 1 standard output, fd 2 standard error. */
    public static native void write(int fd, byte[] buf, int off, int len);

    /** Reads up to len bytes of standard input (fd 0); returns the count, or -1 at end of input. */
    public static native int read(int fd, byte[] buf, int off, int len);

    /** Returned by {@link #read} when no input has arrived yet (kvm only; wait and retry). */
    public static final int WOULD_BLOCK = -2;

    /** The interrupt vector that signals console input, or -1 if reads block instead (linux). */
    public static native int inputVector();

    /** Ends the program with this status; never returns. */
    public static native void exit(int status);

    /** Monotonic nanoseconds. */
    public static native long nanoTime();

    /** Milliseconds since the epoch. */
    public static native long currentTimeMillis();

    /** Number of boot words (kvm: kernel command line words; linux: program arguments). */
    public static native int argc();

    /** Length in bytes (UTF-8) of boot word i. */
    public static native int argLength(int i);

    /** Copies boot word i into dst, which has at least argLength(i) bytes. */
    public static native void argCopy(int i, byte[] dst);

    /** True on the linux target, where boot words are plain program arguments. */
    public static native boolean isHosted();

    /** Time-stamp counter at the image's first instruction, and now (boot timing). */
    public static native long bootTsc();

    public static native long tsc();

    /** {@link #entropy} results: which source filled the bytes (runtime/include/kiln/rt.h). */
    public static final int ENTROPY_NONE = 0, ENTROPY_GETRANDOM = 1, ENTROPY_RDSEED = 2, ENTROPY_RDRAND = 3;

    /**
     * Fills {@code dst[off, off+len)} from the platform's random source (linux: getrandom(2); kvm:
     * RDSEED or RDRAND if the CPU has them) and says which; ENTROPY_NONE means there is none.
     */
    public static native int entropy(byte[] dst, int off, int len);
}
