import java.util.*;

/** Pattern matching: sealed hierarchies, record deconstruction (nested), guards, null cases, exhaustiveness. */
public class Main {
    sealed interface Shape permits Circle, Rect, Tri, Group {}
    record Point(int x, int y) {}
    record Circle(Point c, int r) implements Shape {}
    record Rect(Point a, Point b) implements Shape {}
    record Tri(Point a, Point b, Point c) implements Shape {}
    record Group(List<Shape> members, String name) implements Shape {}

    static String classify(Shape s) {
        return switch (s) {
            case Circle(Point(var x, var y), int r) when r == 0 -> "dot at " + x + "," + y;
            case Circle(Point p, int r) when p.x() == 0 && p.y() == 0 -> "centered circle r=" + r;
            case Circle c -> "circle " + c;
            case Rect(Point(int x1, int y1), Point(int x2, int y2)) when x2 - x1 == y2 - y1 -> "square side " + (x2 - x1);
            case Rect r -> "rect " + area(r);
            case Tri(var a, var b, var c) -> "triangle 2*area=" + Math.abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y()));
            case Group(var members, var name) when members.isEmpty() -> "empty group " + name;
            case Group g -> "group " + g.name() + " of " + g.members().size() + ": " + g.members().stream().map(Main::classify).toList();
        };
    }

    static int area(Rect r) {
        return Math.abs((r.b().x() - r.a().x()) * (r.b().y() - r.a().y()));
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "nothing";
            case Character ch when Character.isDigit(ch) -> "digit char " + ch;
            case Number num when num.doubleValue() < 0 -> "negative " + num.getClass().getSimpleName();
            case Integer i -> "int " + Integer.toBinaryString(i);
            case Long l -> "long " + Long.toHexString(l);
            case CharSequence cs when cs.length() == 0 -> "empty text";
            case CharSequence cs -> "text " + cs.charAt(0) + "..";
            case int[] arr -> "int array " + Arrays.toString(arr);
            case Point(int x, int y) when x == y -> "diagonal point";
            case Point p -> "point " + p;
            case Enum<?> e -> "enum " + e.name();
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    enum Color { RED, GREEN, BLUE }

    static int score(Color c) {
        switch (c) {
            case RED:
                return 1;
            case GREEN:
            case BLUE:
                return 2;
        }
        return -1;
    }

    static String oldStyle(int day) {
        String r;
        switch (day) {
            case 1, 7 -> r = "weekend";
            case 2, 3, 4, 5, 6 -> {
                String tmp = "week";
                r = tmp + "day";
            }
            default -> throw new IllegalArgumentException("day " + day);
        }
        return r;
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(new Point(3, 4), 0), new Circle(new Point(0, 0), 5), new Circle(new Point(1, 0), 2),
                new Rect(new Point(0, 0), new Point(4, 4)), new Rect(new Point(1, 1), new Point(4, 9)),
                new Tri(new Point(0, 0), new Point(4, 0), new Point(0, 3)), new Group(List.of(), "none"),
                new Group(List.of(new Circle(new Point(0, 0), 1), new Group(List.of(), "inner")), "outer"));
        for (Shape s : shapes) System.out.println(classify(s));
        Object[] things = {null, 5, -500, 7L, "", new StringBuilder("hello"), '7', 'x', -2.5f, new int[] {1, 2}, new Point(2, 2), new Point(1, 2), Color.BLUE, 3.5, List.of()};
        for (Object o : things) System.out.println(describe(o));
        for (Color c : Color.values()) System.out.print(score(c) + " ");
        System.out.println();
        for (int d = 1; d <= 8; d++) {
            try {
                System.out.print(oldStyle(d) + " ");
            } catch (IllegalArgumentException e) {
                System.out.println("| " + e.getMessage());
            }
        }
        Object o = "pattern";
        if (o instanceof String s && s.length() > 3) System.out.println("long string " + s.toUpperCase());
        if (!(o instanceof Integer n)) System.out.println("not an integer");
        else System.out.println(n + 1);
        Color c = null;
        try {
            switch (c) {
                case RED -> System.out.println("red");
                default -> System.out.println("other");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE from switch on null");
        }
        String cmd = "stop";
        int code = switch (cmd) {
            case "go" -> 1;
            case "stop" -> {
                int base = 10;
                yield base * 2;
            }
            default -> 0;
        };
        System.out.println("code " + code);
    }
}
