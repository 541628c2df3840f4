/** Abstract classes and methods: template methods, abstract classes implementing interfaces partially. */
public class Main {
    interface Visitor { int visit(Node n); }

    static abstract class Node {
        abstract int eval();
        abstract String show();
        int depth() { return 1; }
        final String render() { return show() + "=" + eval() + " (depth " + depth() + ")"; }
    }
    static final class Num extends Node {
        final int v;
        Num(int v) { this.v = v; }
        int eval() { return v; }
        String show() { return Integer.toString(v); }
    }
    static abstract class BinOp extends Node {
        final Node l, r;
        BinOp(Node l, Node r) { this.l = l; this.r = r; }
        abstract int apply(int a, int b);
        abstract char symbol();
        int eval() { return apply(l.eval(), r.eval()); }
        String show() { return "(" + l.show() + " " + symbol() + " " + r.show() + ")"; }
        @Override int depth() { return 1 + Math.max(l.depth(), r.depth()); }
    }
    static class Add extends BinOp {
        Add(Node l, Node r) { super(l, r); }
        int apply(int a, int b) { return a + b; }
        char symbol() { return '+'; }
    }
    static class Mul extends BinOp {
        Mul(Node l, Node r) { super(l, r); }
        int apply(int a, int b) { return a * b; }
        char symbol() { return '*'; }
    }
    static class Sub extends BinOp {
        Sub(Node l, Node r) { super(l, r); }
        int apply(int a, int b) { return a - b; }
        char symbol() { return '-'; }
    }

    static abstract class Counter implements Visitor {
        int count;
        public int visit(Node n) {
            count += weight(n);
            if (n instanceof BinOp b) { visit(b.l); visit(b.r); }
            return count;
        }
        abstract int weight(Node n);
    }

    public static void main(String[] args) {
        Node e = new Add(new Mul(new Num(3), new Num(4)), new Sub(new Num(10), new Add(new Num(1), new Num(2))));
        System.out.println(e.render());
        Node big = new Num(1);
        for (int i = 2; i <= 20; i++) big = (i % 3 == 0) ? new Mul(big, new Num(i % 4 + 1)) : new Add(big, new Num(i));
        System.out.println(big.render());
        Counter leaves = new Counter() { int weight(Node n) { return n instanceof Num ? 1 : 0; } };
        Counter ops = new Counter() { int weight(Node n) { return n instanceof BinOp ? 1 : 0; } };
        System.out.println("leaves=" + leaves.visit(big) + " ops=" + ops.visit(big));
        Visitor v = leaves;
        System.out.println("via interface: " + v.visit(e));
    }
}
