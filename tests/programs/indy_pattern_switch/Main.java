/** Pattern-matching switch (SwitchBootstraps.typeSwitch/enumSwitch): type patterns, guards, null, records, sealed types. */
public class Main {
    sealed interface Shape permits Circle, Rect, Tri {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    record Tri(double b, double h) implements Shape {}
    enum Color { RED, GREEN, BLUE }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i > 100 -> "big int " + i;
            case Integer i -> "int " + i;
            case Long l -> "long " + l;
            case String s when s.isEmpty() -> "empty string";
            case String s -> "string of " + s.length();
            case int[] arr -> "int array of " + arr.length;
            case Color c -> "color #" + c.ordinal();
            case Circle(double r) -> "circle r=" + r;
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> 3 * c.r() * c.r();
            case Rect(double w, double h) -> w * h;
            case Tri(double b, double h) -> b * h / 2;
        };
    }

    static int colorCode(Color c) {
        return switch (c) {
            case RED -> 1;
            case Color x when x == Color.GREEN -> 2;
            case Color x -> 3;
        };
    }

    public static void main(String[] args) {
        Object[] things = {5, 500, 7L, "", "hello", new int[3], Color.BLUE, new Circle(2), new Rect(1, 2), null, 2.5};
        for (Object t : things) System.out.println(describe(t));
        Shape[] shapes = {new Circle(1), new Rect(2, 3), new Tri(4, 5)};
        double total = 0;
        for (Shape s : shapes) total += area(s);
        System.out.println("total area " + total);
        System.out.println("colors " + colorCode(Color.RED) + colorCode(Color.GREEN) + colorCode(Color.BLUE));
        String cmd = "stop";
        switch (cmd) {
            case "go" -> System.out.println("going");
            case "stop" -> System.out.println("stopping");
            default -> System.out.println("?");
        }
    }
}
