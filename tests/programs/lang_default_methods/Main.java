import java.util.*;
import java.util.function.*;

/** Interfaces with default, static and private methods; diamond resolution; Iface.super calls. */
public class Main {
    interface Shape {
        double area();
        default String describe() { return name() + " with area " + fmt(area()); }
        default String name() { return getClass().getSimpleName(); }
        static String fmt(double d) { return String.format("%.2f", d); }
        private String secret() { return "shape-secret"; }
        default String reveal() { return secret() + ":" + name(); }
    }

    interface Named {
        default String name() { return "named"; }
    }

    interface Colored {
        String color();
        default String describe() { return "colored " + color(); }
    }

    record Circle(double r) implements Shape {
        public double area() { return Math.PI * r * r; }
    }

    record Square(double side) implements Shape, Named {
        public double area() { return side * side; }
        // Both Shape and Named have a default name(): must override, may pick one.
        public String name() { return Named.super.name() + "/" + Shape.super.name(); }
    }

    static final class ColoredSquare implements Shape, Colored {
        final double side;
        ColoredSquare(double side) { this.side = side; }
        public double area() { return side * side; }
        public String color() { return "red"; }
        public String describe() { return Shape.super.describe() + " and " + Colored.super.describe(); }
    }

    interface Counter {
        int next();
        default Counter skip(int n) {
            return () -> {
                int v = next();
                for (int i = 0; i < n; i++) next();
                return v;
            };
        }
        default Counter map(IntUnaryOperator f) { return () -> f.applyAsInt(next()); }
        static Counter from(int start) {
            int[] s = {start};
            return () -> s[0]++;
        }
    }

    interface Animal { default String sound() { return "..."; } }
    interface Dog extends Animal { default String sound() { return "woof"; } }
    interface Puppy extends Dog {}
    static class Beagle implements Puppy, Animal {}
    static class Loud implements Puppy { public String sound() { return Puppy.super.sound().toUpperCase() + "!"; } }

    abstract static class Base implements Shape {
        public String name() { return "base-" + super.toString().length(); }
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Square(2), new ColoredSquare(3), new Circle(0.5));
        for (Shape s : shapes) System.out.println(s.describe() + " | " + s.reveal());
        System.out.println(Shape.fmt(shapes.stream().mapToDouble(Shape::area).sum()));
        Counter c = Counter.from(10).skip(2).map(x -> x * x);
        System.out.println(c.next() + " " + c.next() + " " + c.next());
        System.out.println(new Beagle().sound() + " " + new Loud().sound());
        Shape anon = new Base() {
            public double area() { return 42; }
        };
        System.out.println(anon.describe().startsWith("base-") + " " + anon.area());
        Comparator<String> cmp = Comparator.<String>naturalOrder().reversed();
        List<String> words = new ArrayList<>(List.of("pear", "apple", "fig"));
        words.sort(cmp);
        System.out.println(words);
        Function<Integer, Integer> inc = x -> x + 1;
        System.out.println(inc.andThen(x -> x * 10).compose((Integer x) -> x - 5).apply(7));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().and(s -> s.length() < 4).or(s -> s.equals("long!")).test("abc") + " "
                + Predicate.not(empty).test("") + " " + Predicate.isEqual("x").test("x"));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.andThen(x -> "sum=" + x).apply(3, 4));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> l = sup.get();
        l.add("z");
        System.out.println(l + " " + UnaryOperator.<String>identity().apply("same") + " "
                + BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(4, 2));
    }
}
