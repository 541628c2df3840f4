import java.util.*;

/** Records: compact and canonical constructors, validation, static members, equality, arrays in records, interfaces. */
public class Main {
    record Range(int lo, int hi) implements Comparable<Range>, Iterable<Integer> {
        static final Range EMPTY = new Range(0, 0);
        static int created;

        Range {
            if (lo > hi) throw new IllegalArgumentException(String.format("lo %d > hi %d", lo, hi));
            created++;
        }

        Range(int hi) { this(0, hi); }

        static Range of(String s) {
            String[] p = s.split("\\.\\.");
            return new Range(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        }

        int length() { return hi - lo; }
        boolean overlaps(Range o) { return lo < o.hi && o.lo < hi; }
        Range intersect(Range o) { return overlaps(o) ? new Range(Math.max(lo, o.lo), Math.min(hi, o.hi)) : EMPTY; }
        public int compareTo(Range o) { return lo != o.lo ? Integer.compare(lo, o.lo) : Integer.compare(hi, o.hi); }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = lo;
                public boolean hasNext() { return next < hi; }
                public Integer next() { return next++; }
            };
        }
    }

    record Named<T>(String name, T value) {
        Named {
            Objects.requireNonNull(name, "name");
            name = name.strip();
        }
        @Override public String toString() { return name + "=" + value; }
    }

    record WithArray(int[] data, List<String> tags) {
        WithArray {
            data = data.clone();
            tags = List.copyOf(tags);
        }
        @Override public boolean equals(Object o) {
            return o instanceof WithArray w && Arrays.equals(data, w.data) && tags.equals(w.tags);
        }
        @Override public int hashCode() { return 31 * Arrays.hashCode(data) + tags.hashCode(); }
    }

    record Empty() {}

    record Money(long cents, String currency) {
        Money add(Money o) {
            if (!currency.equals(o.currency)) throw new IllegalArgumentException(currency + " vs " + o.currency);
            return new Money(cents + o.cents, currency);
        }
        @Override public String toString() { return String.format("%s %d.%02d", currency, cents / 100, Math.abs(cents % 100)); }
    }

    record Pt(double x, double y) {}

    public static void main(String[] args) {
        Range a = new Range(2, 8), b = Range.of(" 5 .. 12"), c = new Range(4);
        System.out.println(a + " " + b + " " + c + " len=" + a.length() + " overlap=" + a.overlaps(b) + " inter=" + a.intersect(b));
        System.out.println(a.equals(new Range(2, 8)) + " " + (a.hashCode() == new Range(2, 8).hashCode()) + " " + a.compareTo(b));
        List<Range> rs = new ArrayList<>(List.of(b, a, c, new Range(2, 3)));
        Collections.sort(rs);
        System.out.println(rs + " created=" + Range.created);
        int sum = 0;
        for (int i : a) sum += i;
        System.out.println("sum over range " + sum);
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("invalid: " + e.getMessage());
        }
        Named<Integer> n = new Named<>("  answer ", 42);
        System.out.println(n + " " + n.name().length() + " " + n.equals(new Named<>("answer", 42)));
        try {
            new Named<>(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        int[] raw = {1, 2, 3};
        WithArray w = new WithArray(raw, new ArrayList<>(List.of("x")));
        raw[0] = 99;
        System.out.println(w.data()[0] + " " + w.equals(new WithArray(new int[] {1, 2, 3}, List.of("x"))) + " " + w.tags());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Money m = new Money(1999, "EUR").add(new Money(-2505, "EUR"));
        System.out.println(m + " " + new Money(5, "USD"));
        try {
            m.add(new Money(1, "USD"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Pt p = new Pt(-0.0, Double.NaN);
        System.out.println(p + " " + p.equals(new Pt(0.0, Double.NaN)) + " " + p.equals(new Pt(-0.0, Double.NaN)) + " "
                + (p.hashCode() == new Pt(-0.0, Double.NaN).hashCode()));
        Map<Range, String> map = new HashMap<>();
        map.put(new Range(1, 2), "one-two");
        System.out.println(map.get(new Range(1, 2)) + " " + map.containsKey(new Range(1, 3)));
        record Local(String k, int v) {}
        List<Local> locals = List.of(new Local("b", 2), new Local("a", 2), new Local("c", 1));
        System.out.println(locals.stream().sorted(Comparator.comparingInt(Local::v).thenComparing(Local::k)).toList());
    }
}
