/** invokeinterface with many implementors and classes implementing many interfaces (itable-style dispatch). */
public class Main {
    interface Op { int apply(int x); String label(); }
    interface Weighted { int weight(); }
    interface Tagged { char tag(); }
    interface Scaled { int scale(int x); }
    interface Combined extends Op, Weighted, Tagged {}

    static class Add1 implements Op { public int apply(int x) { return x + 1; } public String label() { return "add1"; } }
    static class Dbl implements Op { public int apply(int x) { return x * 2; } public String label() { return "dbl"; } }
    static class Neg implements Op { public int apply(int x) { return -x; } public String label() { return "neg"; } }
    static class Sq implements Op { public int apply(int x) { return x * x; } public String label() { return "sq"; } }
    static class Half implements Op { public int apply(int x) { return x / 2; } public String label() { return "half"; } }
    static class Mod7 implements Op { public int apply(int x) { return x % 7; } public String label() { return "mod7"; } }
    static class Xor implements Op { public int apply(int x) { return x ^ 0x5A5A; } public String label() { return "xor"; } }
    static class Shl implements Op { public int apply(int x) { return x << 3; } public String label() { return "shl"; } }
    static class Inc10 extends Add1 { public int apply(int x) { return super.apply(x) + 9; } public String label() { return "inc10"; } }
    static class Id implements Op { public int apply(int x) { return x; } public String label() { return "id"; } }
    static class Abs implements Op { public int apply(int x) { return x < 0 ? -x : x; } public String label() { return "abs"; } }
    static class Big implements Combined, Scaled, Comparable<Big> {
        final int w;
        Big(int w) { this.w = w; }
        public int apply(int x) { return x + w; }
        public String label() { return "big" + w; }
        public int weight() { return w; }
        public char tag() { return (char) ('A' + w % 26); }
        public int scale(int x) { return x * w; }
        public int compareTo(Big o) { return Integer.compare(w, o.w); }
    }
    static class Bigger extends Big {
        Bigger() { super(100); }
        @Override public char tag() { return '!'; }
    }

    public static void main(String[] args) {
        Op[] ops = {new Add1(), new Dbl(), new Neg(), new Sq(), new Half(), new Mod7(), new Xor(), new Shl(),
                    new Inc10(), new Id(), new Abs(), new Big(3), new Bigger()};
        StringBuilder sb = new StringBuilder();
        for (Op op : ops) sb.append(op.label()).append('=').append(op.apply(11)).append(' ');
        System.out.println(sb);
        int x = 1;
        long acc = 0;
        for (int i = 0; i < 300000; i++) {
            Op op = ops[(i * 5 + (x & 3)) % ops.length];
            x = op.apply(x) & 0xFFFF;
            acc += x;
        }
        System.out.println("x=" + x + " acc=" + acc);
        Object[] things = {new Big(5), new Bigger(), new Add1(), "str"};
        for (Object t : things) {
            StringBuilder line = new StringBuilder(t.getClass().getSimpleName()).append(':');
            if (t instanceof Weighted w) line.append(" weight=").append(w.weight());
            if (t instanceof Tagged tg) line.append(" tag=").append(tg.tag());
            if (t instanceof Scaled sc) line.append(" scale=").append(sc.scale(3));
            if (t instanceof Combined c) line.append(" combined=").append(c.apply(1));
            if (t instanceof Comparable<?>) line.append(" comparable");
            System.out.println(line);
        }
        Comparable<Big> cmp = new Big(7);
        System.out.println("compareTo: " + cmp.compareTo(new Big(9)) + " " + cmp.compareTo(new Bigger()) + " " + new Bigger().compareTo(new Big(100)));
        Op nul = null;
        try { nul.apply(1); } catch (NullPointerException e) { System.out.println("invokeinterface on null: NPE"); }
    }
}
