/** Object.equals/hashCode overrides used by a hand-written hash set (no java.util collections). */
public class Main {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static final class PointSet {
        Object[] table = new Object[16];
        int size;
        boolean add(Object o) {
            if (size * 2 >= table.length) grow();
            int i = (o.hashCode() & 0x7FFFFFFF) % table.length;
            while (table[i] != null) {
                if (table[i].equals(o)) return false;
                i = (i + 1) % table.length;
            }
            table[i] = o;
            size++;
            return true;
        }
        boolean contains(Object o) {
            int i = (o.hashCode() & 0x7FFFFFFF) % table.length;
            while (table[i] != null) {
                if (table[i].equals(o)) return true;
                i = (i + 1) % table.length;
            }
            return false;
        }
        void grow() {
            Object[] old = table;
            table = new Object[old.length * 2];
            size = 0;
            for (Object o : old) if (o != null) add(o);
        }
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println("equals " + a.equals(b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("(1,2)") + " == " + (a == b));
        System.out.println("hash " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        PointSet set = new PointSet();
        int added = 0;
        for (int i = 0; i < 5000; i++) if (set.add(new Point(i % 100, (i * 7) % 60))) added++;
        System.out.println("added " + added + " size " + set.size + " capacity " + set.table.length);
        int hits = 0;
        for (int x = 0; x < 120; x++) for (int y = 0; y < 70; y++) if (set.contains(new Point(x, y))) hits++;
        System.out.println("hits " + hits);
        PointSet strings = new PointSet();
        for (int i = 0; i < 1000; i++) strings.add("s" + (i % 250));
        System.out.println("distinct strings " + strings.size + " contains s42 " + strings.contains("s42") + " s999 " + strings.contains("s999"));
        PointSet boxed = new PointSet();
        for (int i = 0; i < 1000; i++) { boxed.add(i % 300); boxed.add((long) (i % 100)); }
        System.out.println("distinct boxes " + boxed.size + " Integer 5 " + boxed.contains(5) + " Long 5 " + boxed.contains(5L) + " Long 200 " + boxed.contains(200L));
        System.out.println("Object.equals default: " + new Object().equals(new Object()));
    }
}
