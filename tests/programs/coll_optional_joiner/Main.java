import java.util.*;

/** Optional, OptionalInt/Long/Double and StringJoiner. */
public class Main {
    static Optional<String> find(List<String> l, String prefix) {
        for (String s : l) {
            if (s.startsWith(prefix)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        List<String> l = List.of("alpha", "beta", "gamma");
        Optional<String> g = find(l, "g");
        Optional<String> z = find(l, "z");
        System.out.println(g + " " + z + " " + g.isPresent() + " " + z.isEmpty() + " " + g.get() + " " + z.orElse("none")
                + " " + z.orElseGet(() -> "lazy") + " " + g.map(String::length) + " " + z.map(String::length)
                + " " + g.filter(s -> s.length() > 10) + " " + g.flatMap(s -> Optional.of(s + "!")) + " " + z.or(() -> Optional.of("alt")));
        g.ifPresent(s -> System.out.println("present " + s));
        z.ifPresentOrElse(s -> System.out.println("?"), () -> System.out.println("absent"));
        System.out.println(g.equals(Optional.of("gamma")) + " " + z.equals(Optional.empty()) + " " + g.hashCode() + " " + z.hashCode()
                + " " + Optional.ofNullable(null) + " " + Optional.ofNullable("x"));
        try {
            z.get();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        try {
            z.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            z.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        OptionalInt oi = OptionalInt.of(42);
        OptionalInt none = OptionalInt.empty();
        System.out.println(oi + " " + none + " " + oi.getAsInt() + " " + none.orElse(-1) + " " + none.orElseGet(() -> 7)
                + " " + oi.equals(OptionalInt.of(42)) + " " + oi.hashCode() + " " + none.isPresent());
        oi.ifPresent(v -> System.out.println("int " + v));
        try {
            none.getAsInt();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(OptionalLong.of(1L << 40) + " " + OptionalDouble.of(2.5) + " " + OptionalDouble.empty()
                + " " + OptionalDouble.of(0.0).equals(OptionalDouble.of(-0.0)) + " " + OptionalLong.of(5).hashCode());

        StringJoiner sj = new StringJoiner(", ", "{", "}");
        System.out.println(sj + " " + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println(sj + " " + sj.length());
        sj.add("a").add("b").add(null);
        System.out.println(sj + " " + sj.length());
        StringJoiner other = new StringJoiner("-", "[", "]");
        other.add("x").add("y");
        sj.merge(other);
        sj.merge(new StringJoiner("/"));
        System.out.println(sj + " " + other);
        StringJoiner plain = new StringJoiner("|");
        for (int i = 0; i < 5; i++) {
            plain.add(Integer.toString(i * i));
        }
        System.out.println(plain + " " + plain.length() + " " + new StringJoiner("").add("q").add("r"));
    }
}
