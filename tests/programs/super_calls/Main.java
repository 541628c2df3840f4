/** invokespecial super calls: chains through several levels, super in overridden methods and in default methods. */
public class Main {
    static class A {
        String m() { return "A"; }
        String chain() { return "A.chain"; }
        public String toString() { return "A.toString"; }
        public boolean equals(Object o) { return o instanceof A; }
        public int hashCode() { return 17; }
    }
    static class B extends A {
        @Override String m() { return "B>" + super.m(); }
        @Override public String toString() { return "B(" + super.toString() + ")"; }
    }
    static class C extends B {
        @Override String m() { return "C>" + super.m(); }
        @Override String chain() { return "C.chain>" + super.chain(); }   // skips B which does not override
        @Override public int hashCode() { return super.hashCode() * 31 + 1; }
    }
    static class D extends C {
        @Override String m() { return "D>" + super.m(); }
        String callGrand() { return super.chain(); }
        @Override public boolean equals(Object o) { return super.equals(o) && o instanceof D; }
    }
    interface Greeter { default String greet() { return "Greeter"; } }
    interface Polite extends Greeter { default String greet() { return "Polite>" + Greeter.super.greet(); } }
    static class Butler implements Polite { public String greet() { return "Butler>" + Polite.super.greet(); } }

    public static void main(String[] args) {
        D d = new D();
        A a = d;
        System.out.println(a.m());
        System.out.println(a.chain() + " | " + d.callGrand());
        System.out.println(a + " | " + new B() + " | " + new A());
        System.out.println("hash " + a.hashCode() + " " + new A().hashCode());
        System.out.println("equals " + d.equals(new D()) + " " + d.equals(new C()) + " " + new C().equals(d) + " " + new A().equals("x"));
        System.out.println(new Butler().greet());
        Greeter g = new Butler();
        System.out.println(g.greet());
    }
}
