import java.util.*;
import java.util.function.*;

/** Covariant returns, bridge methods through generic supertypes, overriding with generics, super calls in chains. */
public class Main {
    static class Node implements Cloneable {
        int v;
        Node(int v) { this.v = v; }
        Node copy() { return new Node(v); }
        @Override public Node clone() {
            try {
                return (Node) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
        @Override public String toString() { return "Node" + v; }
    }

    static class Leaf extends Node {
        final String tag;
        Leaf(int v, String tag) { super(v); this.tag = tag; }
        @Override Leaf copy() { return new Leaf(v, tag + "'"); }
        @Override public Leaf clone() { return (Leaf) super.clone(); }
        @Override public String toString() { return "Leaf" + v + tag; }
    }

    interface Source<T> { T get(); }
    interface Sink<T> { void put(T t); }

    static class StringBox implements Source<String>, Sink<String>, Comparable<StringBox> {
        private String s = "";
        public String get() { return s; }
        public void put(String t) { s = s + t; }
        public int compareTo(StringBox o) { return s.compareTo(o.s); }
    }

    static abstract class Transformer<A, B> implements Function<A, B> {
        int calls;
        public final B apply(A a) {
            calls++;
            return transform(a);
        }
        abstract B transform(A a);
    }

    static class Length extends Transformer<String, Integer> {
        Integer transform(String s) { return s.length(); }
    }

    static class Base {
        String name() { return "Base"; }
        String chain() { return name(); }
    }

    static class Middle extends Base {
        @Override String name() { return "Middle>" + super.name(); }
    }

    static class Top extends Middle {
        @Override String name() { return "Top>" + super.name(); }
        @Override String chain() { return "[" + super.chain() + "]"; }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Node n = new Leaf(3, "x");
        Node c = n.copy();
        System.out.println(c + " " + n.clone() + " " + (n.clone() != n) + " " + new Node(1).clone());
        StringBox box = new StringBox();
        Sink raw = box;
        raw.put("ab");
        Source<String> src = box;
        System.out.println(src.get());
        try {
            raw.put(42);  // the bridge method's cast fails
        } catch (ClassCastException e) {
            System.out.println("CCE via bridge");
        }
        Comparable cmp = box;
        StringBox other = new StringBox();
        other.put("b");
        System.out.println(cmp.compareTo(other) + " " + Integer.signum(other.compareTo(box)));
        try {
            cmp.compareTo("not a box");
        } catch (ClassCastException e) {
            System.out.println("CCE via compareTo bridge");
        }
        Length len = new Length();
        Function<String, Integer> f = len;
        Function<String, String> composed = f.andThen(i -> "#" + i);
        System.out.println(composed.apply("hello") + " " + f.apply("") + " calls=" + len.calls);
        List<Function<String, ?>> fs = List.of(len, String::toUpperCase, s -> s.chars().sum());
        for (Function<String, ?> g : fs) System.out.print(g.apply("kiln") + " ");
        System.out.println();
        System.out.println(new Top().chain() + " " + new Middle().chain() + " " + ((Base) new Top()).name());
        Supplier<Node> sup = () -> new Leaf(9, "s");
        Node made = sup.get();
        System.out.println(made.copy().copy() + " " + (made instanceof Leaf l ? l.tag : "?"));
    }
}
