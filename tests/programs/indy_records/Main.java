/** Records: accessors, canonical/compact constructors, generated toString/equals/hashCode (ObjectMethods bootstrap). */
public class Main {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("x < 0: " + x);
        }
        Point scale(int k) { return new Point(x * k, y * k); }
        static Point origin() { return new Point(0, 0); }
    }
    record Named(String name, double weight, long id, boolean flag, char c) {}
    record Pair<A, B>(A first, B second) {}
    record Empty() {}
    record WithArray(int[] data) {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " scaled " + p.scale(3) + " origin " + Point.origin());
        System.out.println("equals " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]"));
        System.out.println("hash equal for equal records: " + (p.hashCode() == new Point(3, 4).hashCode()));
        Named n = new Named("kiln", 2.5, 1L << 40, true, 'k');
        System.out.println(n + " " + n.equals(new Named("kiln", 2.5, 1L << 40, true, 'k')) + " " + n.equals(new Named("kiln", 2.5, 1L << 40, false, 'k')));
        Named nullName = new Named(null, Double.NaN, 0, false, 'x');
        System.out.println(nullName + " NaN weights equal: " + nullName.equals(new Named(null, Double.NaN, 0, false, 'x')));
        Pair<String, Pair<Integer, Empty>> nested = new Pair<>("outer", new Pair<>(1, new Empty()));
        System.out.println(nested + " " + nested.second().first());
        int[] data = {1, 2};
        System.out.println("array component uses identity: " + new WithArray(data).equals(new WithArray(data)) + " " + new WithArray(data).equals(new WithArray(new int[]{1, 2})));
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor: " + e.getMessage());
        }
        Object o = p;
        if (o instanceof Point(int x, int y) && x < y) System.out.println("record pattern x=" + x + " y=" + y);
    }
}
