package java.lang;

import java.io.PrintStream;
import kiln.rt.StackWalk;

/**
 * The root of exceptions and errors: message, cause (with the JDK's "cause == this means not yet
 * set" convention and initCause rules), suppressed exceptions, and stack traces captured from the
 * runtime's shadow stack (kiln.rt.StackWalk) and printed exactly in HotSpot's format.
 *
 * Capture rules (matching what HotSpot shows): the fillInStackTrace frames and the constructor
 * frames of the exception's own class chain are dropped from the top, kiln.rt.* frames (runtime
 * internals such as kiln.rt.Throw, which raises the JVM's own exceptions) are dropped everywhere,
 * and the trace ends above kiln.rt.Start, so an exception thrown in main ends "at Main.main(...)".
 * Not provided: printStackTrace(PrintWriter) (no java.io.PrintWriter yet).
 */
public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] EMPTY_THROWABLE_ARRAY = new Throwable[0];

    private String detailMessage;
    private Throwable cause = this;
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    private Throwable[] suppressed = EMPTY_THROWABLE_ARRAY;
    private int suppressedCount;
    private final boolean enableSuppression;
    private final boolean writableStackTrace;

    public Throwable() {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
    }

    public Throwable(String message) {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        this.enableSuppression = true;
        this.writableStackTrace = true;
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.enableSuppression = enableSuppression;
        this.writableStackTrace = writableStackTrace;
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        detailMessage = message;
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + java.util.Objects.toString(cause, "a null"), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    // ---- stack traces ----

    public Throwable fillInStackTrace() {
        if (stackTrace != null || writableStackTrace) {
            stackTrace = captureStack();
        }
        return this;
    }

    /** The current shadow stack, filtered as described in the class comment. */
    private StackTraceElement[] captureStack() {
        int depth = StackWalk.depth();
        int i = 0;
        // Frames of this method and of fillInStackTrace (also overriding ones in the class chain).
        while (i < depth && (StackWalk.className(i).equals("java.lang.Throwable")
                && StackWalk.methodName(i).equals("captureStack")
                || StackWalk.methodName(i).equals("fillInStackTrace") && inClassChain(StackWalk.className(i)))) {
            i++;
        }
        // Constructors of this exception's class and its superclasses.
        while (i < depth && StackWalk.methodName(i).equals("<init>") && inClassChain(StackWalk.className(i))) {
            i++;
        }
        int end = i;
        int kept = 0;
        // HotSpot records at most MaxJavaStackTraceDepth (1024) frames, the innermost ones.
        while (end < depth && kept < MAX_DEPTH) {
            String cls = StackWalk.className(end);
            if (cls.equals("kiln.rt.Start")) {
                break;
            }
            if (!hidden(cls)) {
                kept++;
            }
            end++;
        }
        StackTraceElement[] trace = new StackTraceElement[kept];
        int k = 0;
        for (int j = i; j < end; j++) {
            String cls = StackWalk.className(j);
            if (!hidden(cls)) {
                trace[k++] = StackTraceElement.ofFrame(cls, StackWalk.methodName(j),
                        StackWalk.fileName(j), StackWalk.lineNumber(j));
            }
        }
        return trace;
    }

    private static final int MAX_DEPTH = 1024;

    /**
     * Frames a stack trace leaves out: the runtime's own (kiln.rt) and the classes the compiler
     * generates for lambdas and other invokedynamic sites (HotSpot hides its lambda proxies too).
     */
    private static boolean hidden(String cls) {
        return cls.startsWith("kiln.rt.") || cls.contains("$$Kiln$");
    }

    private boolean inClassChain(String className) {
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private StackTraceElement[] getOurStackTrace() {
        return stackTrace == null ? UNASSIGNED_STACK : stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (this.stackTrace == null && !writableStackTrace) {
                return;
            }
            this.stackTrace = defensiveCopy;
        }
    }

    // ---- suppressed exceptions ----

    public final void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (!enableSuppression) {
            return;
        }
        if (suppressedCount == suppressed.length) {
            Throwable[] bigger = new Throwable[suppressed.length * 2 + 1];
            System.arraycopy(suppressed, 0, bigger, 0, suppressedCount);
            suppressed = bigger;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final Throwable[] getSuppressed() {
        Throwable[] copy = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, copy, 0, suppressedCount);
        return copy;
    }

    // ---- printing ----

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        Seen seen = new Seen();
        seen.add(this);
        s.println(this);
        StackTraceElement[] trace = getOurStackTrace();
        for (StackTraceElement e : trace) {
            s.println("\tat " + e);
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosed(s, trace, "Suppressed: ", "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosed(s, trace, "Caused by: ", "", seen);
        }
    }

    /** Prints this as the cause or a suppressed exception of a throwable whose trace is enclosing. */
    private void printEnclosed(PrintStream s, StackTraceElement[] enclosing, String caption, String prefix, Seen seen) {
        if (seen.contains(this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        seen.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        // Frames shared with the enclosing trace (from the bottom) are printed as "... n more".
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (inCommon != 0) {
            s.println(prefix + "\t... " + inCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosed(s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosed(s, trace, "Caused by: ", prefix, seen);
        }
    }

    /** An identity set of the throwables already printed (guards against cause/suppression cycles). */
    private static final class Seen {
        private Throwable[] items = new Throwable[8];
        private int count;

        boolean contains(Throwable t) {
            for (int i = 0; i < count; i++) {
                if (items[i] == t) {
                    return true;
                }
            }
            return false;
        }

        void add(Throwable t) {
            if (count == items.length) {
                Throwable[] bigger = new Throwable[count * 2];
                System.arraycopy(items, 0, bigger, 0, count);
                items = bigger;
            }
            items[count++] = t;
        }
    }
}
