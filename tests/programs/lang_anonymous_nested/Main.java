import java.util.*;

/** Inner, local, anonymous and static nested classes: captures, Outer.this, shadowing, initialisation order. */
public class Main {
    private int counter = 100;
    private static int created;
    private final String name;

    Main(String name) {
        this.name = name;
        created++;
    }

    class Inner {
        int counter = 5;

        class Deeper {
            int counter = 1;

            String show(int counter) {
                return counter + "/" + this.counter + "/" + Inner.this.counter + "/" + Main.this.counter + "/" + name;
            }
        }

        void bump() { Main.this.counter++; }
    }

    static class Nested {
        static int instances;
        final int id = ++instances;
        @Override public String toString() { return "Nested#" + id; }
    }

    interface Greeter { String greet(String who); }

    Greeter greeter(String greeting) {
        int len = greeting.length();
        class Local implements Greeter {
            final String suffix = "!".repeat(len % 3 + 1);
            public String greet(String who) { return greeting + ", " + who + " from " + name + suffix; }
        }
        return new Local();
    }

    Iterator<Integer> countdown(int from) {
        return new Iterator<>() {
            int cur = from;
            { counter += 1000; }  // instance initialiser of the anonymous class touches the outer field
            public boolean hasNext() { return cur > 0; }
            public Integer next() { return cur--; }
        };
    }

    static abstract class Template {
        final List<String> log = new ArrayList<>();
        Template() { log.add("Template()"); init(); }
        abstract void init();
    }

    static String order = "";

    static class Parent {
        static { order += "Ps "; }
        { order += "Pi "; }
        Parent() { order += "Pc "; }
    }

    static class Child extends Parent {
        static { order += "Cs "; }
        int x = 7;
        { order += "Ci(x=" + x + ") "; }
        Child() { super(); order += "Cc "; }
    }

    public static void main(String[] args) {
        Main m = new Main("outer");
        Main.Inner in = m.new Inner();
        Main.Inner.Deeper d = in.new Deeper();
        System.out.println(d.show(42));
        in.bump();
        in.bump();
        System.out.println(d.show(0));
        System.out.println(new Nested() + " " + new Nested() + " " + Nested.instances);
        System.out.println(m.greeter("Hello").greet("Ada") + " | " + m.greeter("Hi").greet("Bob"));
        Iterator<Integer> it = m.countdown(4);
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next()).append(' ');
        System.out.println(sb + "counter=" + m.counter);
        Template t = new Template() {
            String field = "set";
            void init() { log.add("init sees field=" + field); }
        };
        System.out.println(t.log);
        new Child();
        System.out.println(order.trim());
        order = "";
        new Child();
        System.out.println(order.trim());
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < rs.length; i++) {
            final int k = i;
            rs[i] = new Runnable() {
                public void run() { System.out.print("run" + k + (this.getClass() == rs[0].getClass() ? "=" : "!") + " "); }
                @Override public String toString() { return "R" + k; }
            };
        }
        for (Runnable r : rs) r.run();
        System.out.println(Arrays.toString(rs));
        Object o = new Object() { @Override public String toString() { return "anon-object"; } };
        System.out.println(o + " " + created + " " + (o.getClass().getSuperclass() == Object.class));
        Comparator<String> byLen = new Comparator<>() {
            public int compare(String a, String b) { return Integer.compare(a.length(), b.length()); }
        };
        List<String> ws = new ArrayList<>(List.of("ccc", "a", "bb", "dddd", "e"));
        ws.sort(byLen.thenComparing(Comparator.reverseOrder()));
        System.out.println(ws);
        System.out.println(new Main("second").new Inner().new Deeper().show(-1));
    }
}
