/** Interfaces: default and static methods, several interfaces per class, diamond resolution with I.super.m(), constants. */
public class Main {
    interface Named {
        String NAME_PREFIX = "name:";
        String name();
        default String greet() { return "hello " + NAME_PREFIX + name(); }
        static String shout(Named n) { return n.name().toUpperCase(); }
    }
    interface Sized {
        int size();
        default boolean isEmpty() { return size() == 0; }
        default String greet() { return "sized " + size(); }
    }
    interface Resizable extends Sized {
        void resize(int n);
        default void grow() { resize(size() * 2 + 1); }
    }
    interface Left { default String who() { return "left"; } }
    interface Right { default String who() { return "right"; } }

    static class Box implements Named, Resizable, Left, Right {
        int n;
        Box(int n) { this.n = n; }
        public String name() { return "box" + n; }
        public int size() { return n; }
        public void resize(int k) { n = k; }
        // Both Named and Sized provide greet(): the class must choose.
        public String greet() { return Named.super.greet() + " & " + Resizable.super.greet(); }
        public String who() { return Left.super.who() + "+" + Right.super.who(); }
    }

    static class Bag implements Resizable {
        int items;
        public int size() { return items; }
        public void resize(int k) { items = k; }
        @Override public boolean isEmpty() { return items <= 0; }
    }

    public static void main(String[] args) {
        Box b = new Box(0);
        System.out.println(b.greet() + " | empty=" + b.isEmpty() + " | " + b.who() + " | " + Named.shout(b));
        b.grow(); b.grow(); b.grow();
        System.out.println(b.greet() + " | empty=" + b.isEmpty() + " | size=" + b.size());
        Sized s = b;
        Resizable r = new Bag();
        System.out.println("Sized.greet via interface: " + s.greet() + ", bag empty=" + r.isEmpty() + " bag greet=" + r.greet());
        r.grow();
        r.grow();
        System.out.println("bag size=" + r.size() + " empty=" + r.isEmpty());
        Named anon = new Named() { public String name() { return "anon"; } };
        System.out.println(anon.greet() + " " + Named.NAME_PREFIX.length());
        Object o = b;
        System.out.println("instanceof: " + (o instanceof Named) + (o instanceof Sized) + (o instanceof Resizable) + (o instanceof Left) + (new Bag() instanceof Named));
    }
}
