/** Generics: bridge methods for generic overrides and covariant returns, bounded types, generic methods. */
public class Main {
    interface Transformer<T, R> { R transform(T t); }
    interface Source<T> { T get(); }

    static class Length implements Transformer<String, Integer> {
        public Integer transform(String s) { return s.length(); }          // bridge: transform(Object)Object
    }

    static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
        final T value;
        Box(T value) { this.value = value; }
        public int compareTo(Box<T> o) { return value.compareTo(o.value); }   // bridge: compareTo(Object)
        @Override public String toString() { return "Box(" + value + ")"; }
    }

    static class Animal { Animal self() { return this; } String name() { return "animal"; } }
    static class Cat extends Animal {
        @Override Cat self() { return this; }                  // covariant return: bridge Animal self()
        @Override String name() { return "cat"; }
        String meow() { return "meow"; }
    }

    static abstract class Holder<T> {
        abstract void set(T t);
        abstract T get();
    }
    static class IntHolder extends Holder<Integer> {
        int v;
        @Override void set(Integer t) { v = t * 2; }              // bridge: set(Object)
        @Override Integer get() { return v; }
    }

    static <T extends Comparable<T>> T max(T[] items) {
        T best = items[0];
        for (T t : items) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T, R> Object[] mapAll(Transformer<T, R> f, T[] in) {
        Object[] out = new Object[in.length];
        for (int i = 0; i < in.length; i++) out[i] = f.transform(in[i]);
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Length();
        System.out.println("transform " + t.transform("generic"));
        Transformer raw = t;
        try {
            raw.transform(Integer.valueOf(5));            // the bridge casts and fails
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed as expected");
        }
        Box<Integer>[] boxes = new Box[]{new Box<>(3), new Box<>(11), new Box<>(-2)};
        System.out.println("max box " + max(boxes) + " max string " + max(new String[]{"pear", "zebra", "apple"}));
        Comparable c = new Box<>("x");
        System.out.println("raw compareTo " + c.compareTo(new Box<>("y")));
        Animal a = new Cat();
        System.out.println("covariant " + a.self().name() + " " + new Cat().self().meow());
        Holder<Integer> h = new IntHolder();
        h.set(21);
        System.out.println("holder " + h.get());
        Object[] mapped = mapAll(new Length(), new String[]{"a", "bb", "ccc"});
        System.out.println("mapped " + java.util.Arrays.toString(mapped));
        Source<String> src = new Source<>() { public String get() { return "anon-source"; } };
        System.out.println(src.get());
        Integer[] nums = {5, 3, 9};
        System.out.println("generic method with boxes " + max(nums) + " " + Main.<Integer>max(new Integer[]{-1, -5}));
    }
}
