package kiln.rt;

/**
 * The first Java code of every image: called by kiln_java_start() (generated) once the heap is
 * up. Turns boot words into system properties and main's arguments, runs main, reports an
 * uncaught exception as HotSpot does, waits for the other non-daemon threads, and exits.
 */
public final class Start {
    private Start() {}

    public static void start() {
        Heap.setOutOfMemoryError(new OutOfMemoryError("Java heap space"));
        String[] args = BootArgs.parse();
        int status = 0;
        long mainTsc = Platform.tsc();
        if ("1".equals(System.getProperty("kiln.boot.report"))) {
            reportBootTime(mainTsc);
        }
        try {
            invokeMain(args);
        } catch (Throwable t) {
            status = 1;
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
        }
        // As HotSpot's DestroyJavaVM: the program ends when the last non-daemon thread has.
        Scheduler.awaitNonDaemonThreads();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().exit(status); // runs the shutdown hooks, then Platform.exit
    }

    /**
     * Prints the time from the image's first instruction to main on standard error (boot property
     * kiln.boot.report=1). The TSC rate is measured here, over 2 ms of nanoTime, so the figure does
     * not depend on how a platform calibrates its clock.
     */
    private static void reportBootTime(long mainTsc) {
        long n0 = Platform.nanoTime();
        long t0 = Platform.tsc();
        long n1;
        do {
            n1 = Platform.nanoTime();
        } while (n1 - n0 < 2_000_000L);
        double ticksPerNs = (double) (Platform.tsc() - t0) / (double) (n1 - n0);
        long micros = (long) ((mainTsc - Platform.bootTsc()) / ticksPerNs / 1000.0);
        System.err.println("kiln: boot: first instruction to main in " + micros + " us");
    }

    /** Compiler intrinsic: calls the application's main(String[]). */
    private static native void invokeMain(String[] args);
}
