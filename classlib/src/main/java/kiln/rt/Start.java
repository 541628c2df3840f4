package kiln.rt;

/**
 * The first Java code of every image: called by kiln_java_start() (generated) once the heap is
 * up. Turns boot words into system properties and main's arguments, runs main, reports an
 * uncaught exception as HotSpot does, and exits.
 */
public final class Start {
    private Start() {}

    public static void start() {
        Heap.setOutOfMemoryError(new OutOfMemoryError("Java heap space"));
        String[] args = BootArgs.parse();
        int status = 0;
        try {
            invokeMain(args);
        } catch (Throwable t) {
            status = 1;
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
        }
        System.out.flush();
        System.err.flush();
        Platform.exit(status);
    }

    /** Compiler intrinsic: calls the application's main(String[]). */
    private static native void invokeMain(String[] args);
}
