/** Every way to hit null: invokes, fields, arrays, unboxing, throw, monitor, string switch, enhanced for. Only class names are printed. */
public class Main {
    interface I { void m(); }
    static class C implements I { int f; int[] arr; public void m() {} }

    static int tried = 0, npes = 0;

    static void attempt(String what, Runnable action) {
        tried++;
        try {
            action.run();
            System.out.println(what + ": no exception?!");
        } catch (NullPointerException e) {
            npes++;
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        final C c = null;
        final I i = null;
        final int[] arr = null;
        final Integer boxed = null;
        final String s = null;
        final RuntimeException ex = null;
        attempt("invokevirtual", new Runnable() { public void run() { c.m(); } });
        attempt("invokeinterface", new Runnable() { public void run() { i.m(); } });
        attempt("getfield", new Runnable() { public void run() { System.out.println(c.f); } });
        attempt("putfield", new Runnable() { public void run() { c.f = 1; } });
        attempt("arraylength", new Runnable() { public void run() { System.out.println(arr.length); } });
        attempt("iaload", new Runnable() { public void run() { System.out.println(arr[0]); } });
        attempt("iastore", new Runnable() { public void run() { arr[0] = 1; } });
        attempt("unboxing", new Runnable() { public void run() { int x = boxed; System.out.println(x); } });
        attempt("athrow null", new Runnable() { public void run() { throw ex; } });
        attempt("monitorenter", new Runnable() { public void run() { synchronized (s) { System.out.println("x"); } } });
        attempt("String method", new Runnable() { public void run() { System.out.println(s.length()); } });
        attempt("for-each over null array", new Runnable() { public void run() { for (int v : arr) System.out.println(v); } });
        attempt("nested field", new Runnable() { public void run() { C k = new C(); System.out.println(k.arr[0]); } });
        attempt("string switch", new Runnable() { public void run() { switch (s) { case "a": break; default: break; } } });
        System.out.println("tried " + tried + " npes " + npes);
        String concat = "null concat is fine: " + s + c;
        System.out.println(concat);
    }
}
