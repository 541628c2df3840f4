package kiln.rt;

/**
 * Class initialisation, JVMS §5.5, for one thread (green threads come with their own lock later).
 * Compiled code calls {@link #initialize} before the first `new`, static call or static field
 * access of a class whose init_state is not DONE.
 */
public final class ClassInit {
    private ClassInit() {}

    public static void initialize(Class<?> c) {
        int state = Classes.initState(c);
        if (state == Classes.INIT_DONE || state == Classes.INIT_RUNNING) {
            return; // done, or in progress on this thread (step 3: recursive request)
        }
        if (state == Classes.INIT_FAILED) {
            throw new NoClassDefFoundError("Could not initialize class " + Classes.name(c));
        }
        Classes.setInitState(c, Classes.INIT_RUNNING);
        Class<?> sup = Classes.superclass(c);
        if (sup != null && Classes.initState(sup) != Classes.INIT_DONE) {
            try {
                initialize(sup); // step 7: superclass first
            } catch (Throwable t) {
                Classes.setInitState(c, Classes.INIT_FAILED);
                throw t;
            }
        }
        try {
            Classes.runClinit(c);
        } catch (Throwable t) {
            Classes.setInitState(c, Classes.INIT_FAILED); // step 11
            if (t instanceof Error e) {
                throw e;
            }
            throw new ExceptionInInitializerError(t);
        }
        Classes.setInitState(c, Classes.INIT_DONE);
    }
}
