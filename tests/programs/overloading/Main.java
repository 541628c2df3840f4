/** Overload resolution chosen at compile time: widening beats boxing beats varargs; most specific reference type; null. */
public class Main {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Integer x) { return "Integer"; }
    static String f(Object x) { return "Object"; }
    static String f(int... x) { return "int..."; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }
    static String h(CharSequence s) { return "h(CharSequence)"; }

    static String k(double d) { return "k(double)"; }
    static String k(Object o) { return "k(Object)"; }

    interface Shape {}
    static class Sq implements Shape {}
    static String visit(Shape s) { return "visit(Shape)"; }
    static String visit(Sq s) { return "visit(Sq)"; }

    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; long l = 3; float fl = 4f;
        System.out.println(f(1) + " " + f(b) + " " + f(s) + " " + f(c) + " " + f(l) + " " + f(fl) + " " + f(1.0) + " " + f(Integer.valueOf(1))
                + " " + f("s") + " " + f() + " " + f(1, 2) + " " + f(Long.valueOf(5)));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)) + " " + g(b));
        System.out.println(h("str") + " " + h(new StringBuilder()) + " " + h(1) + " " + h(null) + " " + h((Object) "str"));
        System.out.println(k(1) + " " + k('x') + " " + k(Integer.valueOf(2)) + " " + k(true));
        Shape sh = new Sq();
        System.out.println(visit(sh) + " " + visit(new Sq()) + " " + visit((Shape) null));
        System.out.println(Math.max(1, 2L) + " " + Math.max(1, 2.0f) + " " + String.valueOf('x') + String.valueOf(120) + String.valueOf((Object) 'x'));
    }
}
