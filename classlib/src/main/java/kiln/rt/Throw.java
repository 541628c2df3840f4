package kiln.rt;

/**
 * The exceptions the JVM itself raises (JVMS §2.10), thrown on behalf of compiled code. The C
 * emitter calls these when a check fails; each one returns with the exception pending. Messages
 * follow HotSpot's wording.
 */
public final class Throw {
    private Throw() {}

    /** A null receiver, array or monitor; msg is HotSpot's helpful message, or null. */
    public static void nullPointer(String msg) {
        throw new NullPointerException(msg);
    }

    public static void arrayIndex(int index, int length) {
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    public static void divideByZero() {
        throw new ArithmeticException("/ by zero");
    }

    public static void negativeArraySize(int length) {
        throw new NegativeArraySizeException(String.valueOf(length));
    }

    public static void classCast(Object value, Class<?> target) {
        String from = value.getClass().getName();
        String to = target.getName();
        throw new ClassCastException("class " + from + " cannot be cast to class " + to
                + " (" + describeLoader(from, to) + ")");
    }

    /** HotSpot's "(A and B are in unnamed module of loader 'app')" tail of a CCE message. */
    private static String describeLoader(String from, String to) {
        boolean fromJdk = isJdkClass(from);
        boolean toJdk = isJdkClass(to);
        if (fromJdk && toJdk) {
            return from + " and " + to + " are in module java.base of loader 'bootstrap'";
        }
        if (!fromJdk && !toJdk) {
            return from + " and " + to + " are in unnamed module of loader 'app'";
        }
        return from + " is in " + where(fromJdk) + "; " + to + " is in " + where(toJdk);
    }

    private static String where(boolean jdk) {
        return jdk ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    private static boolean isJdkClass(String name) {
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L")) {
            name = name.substring(1);
        }
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("kiln.");
    }

    public static void arrayStore(Object value) {
        throw new ArrayStoreException(value.getClass().getName());
    }

    public static void stackOverflow() {
        throw new StackOverflowError();
    }

    public static void abstractMethod(String method) {
        throw new AbstractMethodError(method);
    }

    public static void incompatibleClassChange(String msg) {
        throw new IncompatibleClassChangeError(msg);
    }

    /** A class cast of the exception value in a catch-all rethrow path; used by the unwinder. */
    public static void rethrow(Throwable t) {
        throw sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
