import java.util.*;
import java.util.function.*;

/** Generics: bounded and recursive type parameters, wildcards (PECS), generic methods, self-typed builders. */
public class Main {
    static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        Iterator<? extends T> it = items.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    static <T> void copy(List<? super T> dst, List<? extends T> src) {
        for (T t : src) dst.add(t);
    }

    static double sum(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static abstract class Builder<T extends Builder<T>> {
        final StringBuilder parts = new StringBuilder();
        abstract T self();
        T with(String k, Object v) {
            parts.append(k).append('=').append(v).append(';');
            return self();
        }
    }

    static final class CarBuilder extends Builder<CarBuilder> {
        CarBuilder self() { return this; }
        CarBuilder wheels(int n) { return with("wheels", n); }
        String build() { return "Car{" + parts + "}"; }
    }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        static <X extends Comparable<X>> Pair<X, X> ordered(X a, X b) { return a.compareTo(b) <= 0 ? new Pair<>(a, b) : new Pair<>(b, a); }
    }

    static final class Tree<K extends Comparable<K>, V> {
        private record Node<K, V>(K key, V value, Node<K, V> left, Node<K, V> right) {}
        private Node<K, V> root;
        private int size;

        void put(K k, V v) { root = put(root, k, v); }

        private Node<K, V> put(Node<K, V> n, K k, V v) {
            if (n == null) {
                size++;
                return new Node<>(k, v, null, null);
            }
            int c = k.compareTo(n.key());
            if (c < 0) return new Node<>(n.key(), n.value(), put(n.left(), k, v), n.right());
            if (c > 0) return new Node<>(n.key(), n.value(), n.left(), put(n.right(), k, v));
            return new Node<>(k, v, n.left(), n.right());
        }

        <R> List<R> inOrder(BiFunction<? super K, ? super V, ? extends R> f) {
            List<R> out = new ArrayList<>();
            walk(root, f, out);
            return out;
        }

        private <R> void walk(Node<K, V> n, BiFunction<? super K, ? super V, ? extends R> f, List<R> out) {
            if (n == null) return;
            walk(n.left(), f, out);
            out.add(f.apply(n.key(), n.value()));
            walk(n.right(), f, out);
        }

        int height() { return height(root); }
        private int height(Node<K, V> n) { return n == null ? 0 : 1 + Math.max(height(n.left()), height(n.right())); }
    }

    interface Visitor<R> {
        R num(int v);
        R add(Expr a, Expr b);
        R mul(Expr a, Expr b);
    }

    interface Expr { <R> R accept(Visitor<R> v); }

    static Expr num(int v) { return new Expr() { public <R> R accept(Visitor<R> vis) { return vis.num(v); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> vis) { return vis.add(a, b); } }; }
    static Expr mul(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> vis) { return vis.mul(a, b); } }; }

    @SafeVarargs
    static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }

    static <K, V extends Comparable<V>> Optional<K> argMax(Map<K, V> m) {
        return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(Set.of("pear", "apple")) + " " + max(List.of(1.5, -2.0)));
        List<Object> objs = new ArrayList<>();
        copy(objs, List.of(1, 2));
        copy(objs, List.of("x"));
        System.out.println(objs + " " + sum(List.of(1, 2.5, 3L, (short) 4)));
        System.out.println(new CarBuilder().with("color", "red").wheels(4).with("doors", 2).build());
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(List.of('z')) + " " + Pair.ordered("m", "c"));
        Tree<String, Integer> t = new Tree<>();
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) t.put(w, w.length());
        System.out.println(t.inOrder((k, v) -> k + ":" + v) + " size=" + t.size + " height=" + t.height());
        Expr e = add(num(2), mul(num(3), add(num(4), num(5))));
        int value = e.accept(new Visitor<Integer>() {
            public Integer num(int v) { return v; }
            public Integer add(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
            public Integer mul(Expr a, Expr b) { return a.accept(this) * b.accept(this); }
        });
        String shown = e.accept(new Visitor<String>() {
            public String num(int v) { return Integer.toString(v); }
            public String add(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
            public String mul(Expr a, Expr b) { return a.accept(this) + " * " + b.accept(this); }
        });
        System.out.println(shown + " = " + value);
        List<? extends Number> nums = listOf(1, 2L, 3.0f);
        Number first = nums.get(0);
        System.out.println(first + " " + nums + " " + listOf().size() + " " + listOf("a", null).contains(null));
        Map<String, Double> scores = new HashMap<>(Map.of("x", 1.0, "y", 7.5, "z", 3.0));
        System.out.println(argMax(scores).orElse("none") + " " + argMax(new HashMap<String, Integer>()).isPresent());
        Function<? super Object, ? extends CharSequence> f = Object::toString;
        System.out.println(f.apply(42).length());
        Comparable<String> cmp = "b";
        System.out.println(cmp.compareTo("a") + " " + Collections.<Integer>emptyList() + " " + Objects.<String>requireNonNullElse(null, "dflt"));
    }
}
