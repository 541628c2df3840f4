/** try/catch/finally in every nesting: exceptions from callees, nested handlers, rethrow, finally ordering. */
public class Main {
    static StringBuilder log = new StringBuilder();

    static void thrower(int kind) {
        log.append("t").append(kind).append(' ');
        switch (kind) {
            case 0: return;
            case 1: throw new IllegalArgumentException("bad arg");
            case 2: throw new IllegalStateException("bad state");
            case 3: throw new UnsupportedOperationException();
            default: throw new RuntimeException("kind " + kind);
        }
    }

    static String nested(int kind) {
        try {
            try {
                thrower(kind);
                log.append("after ");
            } catch (IllegalArgumentException e) {
                log.append("inner-catch(").append(e.getMessage()).append(") ");
            } finally {
                log.append("inner-finally ");
            }
            log.append("between ");
            try {
                if (kind == 2) thrower(kind);
            } finally {
                log.append("second-finally ");
            }
        } catch (IllegalStateException e) {
            log.append("outer-catch-ISE ");
        } catch (RuntimeException e) {
            log.append("outer-catch-RTE(").append(e.getMessage()).append(") ");
        } finally {
            log.append("outer-finally");
        }
        String s = log.toString();
        log.setLength(0);
        return s;
    }

    static int catchInCatch() {
        int r = 0;
        try {
            throw new RuntimeException("first");
        } catch (RuntimeException e) {
            r += 1;
            try {
                throw new IllegalStateException("second");
            } catch (IllegalStateException e2) {
                r += 10;
                log.append(e.getMessage()).append('/').append(e2.getMessage());
            }
        }
        return r;
    }

    static void rethrow() {
        try {
            thrower(1);
        } catch (RuntimeException e) {
            log.append("rethrowing ");
            throw e;
        }
    }

    static void wrap() {
        try {
            rethrow();
        } catch (IllegalArgumentException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 4; k++) System.out.println(k + ": " + nested(k));
        System.out.println("catchInCatch " + catchInCatch() + " " + log); log.setLength(0);
        try {
            wrap();
        } catch (RuntimeException e) {
            System.out.println(log + e.getMessage() + " cause=" + e.getCause().getClass().getSimpleName() + ":" + e.getCause().getMessage());
            System.out.println("toString: " + e + " | " + e.getCause());
        }
        log.setLength(0);
        Throwable t = new Exception();
        System.out.println("no message: " + t.getMessage() + " | " + t + " | " + new UnsupportedOperationException());
        int caught = 0;
        for (int i = 0; i < 10000; i++) {
            try {
                if (i % 3 == 0) throw new IllegalArgumentException();
                if (i % 5 == 0) throw new ArithmeticException();
            } catch (IllegalArgumentException e) {
                caught += 1;
            } catch (ArithmeticException e) {
                caught += 1000;
            }
        }
        System.out.println("loop caught = " + caught);
        try {
            throw new Error("custom error");
        } catch (Throwable e) {
            System.out.println("caught Throwable: " + e);
        }
        try {
            Object o = null;
            o.toString();
        } catch (NullPointerException e) {
            System.out.println("NPE caught, class " + e.getClass().getName());
        }
        try {
            throw null;   // throwing null throws a NullPointerException
        } catch (NullPointerException e) {
            System.out.println("throw null -> NPE");
        }
    }
}
