/** Inner (non-static) classes, Outer.this, inner-of-inner, anonymous classes capturing locals, local classes. */
public class Main {
    interface Counter { int next(); }

    private int base = 100;
    private static int created = 0;

    class Inner {
        int offset;
        Inner(int offset) { this.offset = offset; created++; }
        int value() { return base + offset; }          // reads the outer instance's private field
        void bump() { base++; }
        class Deeper {
            int all() { return base + offset + 1000; }
            Main outer() { return Main.this; }
        }
    }

    Counter counterFrom(int start, int step) {
        int[] state = {start};          // effectively final array lets the anonymous class mutate state
        return new Counter() {
            int calls = 0;
            public int next() { calls++; int v = state[0]; state[0] += step + calls * 0 + base * 0; return v; }
        };
    }

    static String localClassDemo(String prefix) {
        class Joiner {
            final StringBuilder sb = new StringBuilder(prefix);
            Joiner add(Object o) { sb.append('[').append(o).append(']'); return this; }
        }
        return new Joiner().add(1).add("two").add(3.0).sb.toString();
    }

    public static void main(String[] args) {
        Main m = new Main();
        Main.Inner in = m.new Inner(5);
        System.out.println("inner value " + in.value());
        in.bump();
        Main.Inner.Deeper d = in.new Deeper();
        System.out.println("after bump " + in.value() + " deeper " + d.all() + " same outer " + (d.outer() == m));
        Main other = new Main();
        other.base = -1;
        Main.Inner in2 = other.new Inner(1);
        System.out.println("other " + in2.value() + " created " + created);
        Counter c = m.counterFrom(10, 3);
        Counter c2 = m.counterFrom(0, -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(c.next()).append(',').append(c2.next()).append(' ');
        System.out.println("counters " + sb);
        System.out.println("local " + localClassDemo("L:"));
        final int captured = 42;
        final String word = "cap";
        Object anon = new Object() {
            @Override public String toString() { return word + captured; }
        };
        System.out.println("anon toString " + anon + " class name has $: " + anon.getClass().getName().contains("$"));
        Runnable r = new Runnable() { public void run() { System.out.println("anonymous Runnable ran, base=" + m.base); } };
        r.run();
    }
}
