/** Interfaces with generic default methods; a tiny hand-written sequence library (no lambdas, no java.util). */
public class Main {
    interface Fn<A, B> { B apply(A a); }
    interface Pred<A> { boolean test(A a); }

    interface Seq<T> {
        int size();
        T at(int i);

        default <R> Seq<R> map(Fn<? super T, ? extends R> f) {
            Object[] out = new Object[size()];
            for (int i = 0; i < size(); i++) out[i] = f.apply(at(i));
            return ArraySeq.of(out);
        }
        default Seq<T> filter(Pred<? super T> p) {
            Object[] out = new Object[size()];
            int n = 0;
            for (int i = 0; i < size(); i++) if (p.test(at(i))) out[n++] = at(i);
            return ArraySeq.of(java.util.Arrays.copyOf(out, n));
        }
        default <A> A fold(A init, Fn<Object[], A> step) {
            A acc = init;
            for (int i = 0; i < size(); i++) acc = step.apply(new Object[]{acc, at(i)});
            return acc;
        }
        default String show() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size(); i++) sb.append(i == 0 ? "" : ", ").append(at(i));
            return sb.append(']').toString();
        }
    }

    static final class ArraySeq<T> implements Seq<T> {
        private final Object[] items;
        private ArraySeq(Object[] items) { this.items = items; }
        @SuppressWarnings("unchecked") static <T> Seq<T> of(Object... items) { return new ArraySeq<>(items); }
        public int size() { return items.length; }
        @SuppressWarnings("unchecked") public T at(int i) { return (T) items[i]; }
    }

    static final class Range implements Seq<Integer> {
        final int from, to;
        Range(int from, int to) { this.from = from; this.to = to; }
        public int size() { return to - from; }
        public Integer at(int i) { return from + i; }
        @Override public String show() { return "Range(" + from + ".." + to + ")"; }   // overrides the default
    }

    public static void main(String[] args) {
        Seq<Integer> r = new Range(1, 11);
        Seq<Integer> squares = r.map(new Fn<Integer, Integer>() { public Integer apply(Integer x) { return x * x; } });
        Seq<Integer> even = squares.filter(new Pred<Integer>() { public boolean test(Integer x) { return x % 2 == 0; } });
        Seq<String> labels = even.map(new Fn<Integer, String>() { public String apply(Integer x) { return "#" + x; } });
        Integer total = squares.fold(0, new Fn<Object[], Integer>() { public Integer apply(Object[] p) { return (Integer) p[0] + (Integer) p[1]; } });
        System.out.println(r.show() + " -> " + squares.show() + " -> " + even.show() + " -> " + labels.show() + " total " + total);
        Seq<String> words = ArraySeq.of("kiln", "fires", "java", "into", "images");
        String longest = words.fold("", new Fn<Object[], String>() {
            public String apply(Object[] p) { String a = (String) p[0], b = (String) p[1]; return b.length() > a.length() ? b : a; }
        });
        System.out.println(words.show() + " longest " + longest + " lengths " + words.map(new Fn<String, Integer>() { public Integer apply(String s) { return s.length(); } }).show());
    }
}
