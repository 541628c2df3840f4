import java.io.*;
import java.util.*;

/** Exception chains, initCause, suppressed exceptions, custom messages, finally order, rethrow — without stack traces. */
public class Main {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code, Throwable cause) {
            super(msg, cause);
            this.code = code;
        }
        @Override public String getMessage() { return "[" + code + "] " + super.getMessage(); }
    }

    static class Quiet extends RuntimeException {
        Quiet() { super(null, null, false, false); }
    }

    static final class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static int parse(String s) throws AppException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new AppException("cannot parse '" + s + "'", 400, e);
        }
    }

    static void layered(int depth) throws AppException {
        try {
            if (depth == 0) parse("x" + depth);
            else layered(depth - 1);
        } catch (AppException e) {
            if (depth < 2) throw new AppException("layer " + depth, 500 + depth, e);
            throw e;
        }
    }

    static void describe(Throwable t) {
        String indent = "";
        List<Throwable> seen = new ArrayList<>();
        while (t != null && !containsSame(seen, t)) {
            seen.add(t);
            System.out.println(indent + t.getClass().getName() + ": " + t.getMessage() + " | " + t);
            for (Throwable s : t.getSuppressed()) System.out.println(indent + "  suppressed: " + s);
            t = t.getCause();
            indent += "  ";
        }
    }

    static String order(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try ");
            if (mode == 1) throw new IllegalArgumentException("m1");
            if (mode == 2) return sb.append("return ").toString();
            sb.append("end ");
        } catch (IllegalArgumentException e) {
            sb.append("catch(").append(e.getMessage()).append(") ");
        } finally {
            sb.append("finally");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        try {
            layered(3);
        } catch (AppException e) {
            describe(e);
            System.out.println("code " + e.code + ", root " + rootCause(e).getClass().getSimpleName());
        }
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            throw new UncheckedIOException("body", new IOException("disk"));
        } catch (UncheckedIOException e) {
            describe(e);
        }
        try (Res a = new Res("c", false)) {
            System.out.println("body ok");
        }
        Throwable t = new RuntimeException("late");
        t.initCause(new Error("the cause"));
        describe(t);
        try {
            t.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getClass().getSimpleName());
        }
        try {
            t.initCause(t);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.out.println("self cause: " + e.getClass().getSimpleName());
        }
        Quiet q = new Quiet();
        q.addSuppressed(new RuntimeException("ignored"));
        System.out.println("quiet: " + q + " suppressed=" + q.getSuppressed().length + " trace=" + q.getStackTrace().length);
        for (int mode = 0; mode < 3; mode++) System.out.println(order(mode));
        Exception plain = new Exception();
        System.out.println(plain.getMessage() + " " + plain + " " + new Exception((String) null).getLocalizedMessage());
        System.out.println(new Exception(new IOException("io")).getMessage());
        System.out.println(new IllegalStateException("msg", null).getCause());
        try {
            Object o = "str";
            Integer i = (Integer) o;
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            int[] a = new int[2];
            a[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            List.of(1, 2).get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE: " + e.getClass().getSimpleName());
        }
        try {
            throw new AssertionError("assert", new ArithmeticException("/ by zero"));
        } catch (AssertionError e) {
            describe(e);
        }
        Throwable circular = new Exception("A");
        Throwable other = new Exception("B", circular);
        circular.initCause(other);
        describe(circular);
    }

    static boolean containsSame(List<Throwable> list, Throwable t) {
        for (Throwable x : list) if (x == t) return true;
        return false;
    }

    static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t;
    }
}
