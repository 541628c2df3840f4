/** Constructor chains: this(...) and super(...), initialiser order, and virtual calls from a super constructor. */
public class Main {
    static StringBuilder log = new StringBuilder();

    static int note(String s) { log.append(s).append(' '); return s.length(); }

    static class A {
        int a = note("A.field");
        { note("A.init"); }
        A() { this(1); note("A()"); }
        A(int x) { note("A(int)"); describe(); }
        void describe() { note("A.describe"); }
    }

    static class B extends A {
        int b = note("B.field");
        String name = "set";
        { note("B.init"); }
        B() { super(); note("B()"); }
        B(String s) { this(); note("B(String)"); name = s; }
        @Override void describe() { note("B.describe:name=" + name + ",b=" + b); }
    }

    static class C extends B {
        final long big;
        C(long v) { super("c"); big = v * 2; note("C(long)"); }
    }

    static class Point {
        final int x, y;
        Point() { this(0, 0); }
        Point(int x) { this(x, x); }
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        new A();
        System.out.println(log); log.setLength(0);
        B b = new B();
        System.out.println(log + "name=" + b.name); log.setLength(0);
        C c = new C(21);
        System.out.println(log + "big=" + c.big + " name=" + c.name); log.setLength(0);
        System.out.println(new Point() + " " + new Point(3) + " " + new Point(4, -5));
        Object o = new Object();
        System.out.println("Object ctor ok: " + (o != null));
    }
}
