/** invokevirtual: overriding across levels, final and private methods, static hiding, overloads chosen at compile time. */
public class Main {
    static class Shape {
        String name() { return "shape"; }
        double area() { return 0; }
        final String describe() { return name() + " area=" + area(); }
        private String secret() { return "Shape.secret"; }
        String callSecret() { return secret(); }
        static String kind() { return "static Shape"; }
        String over(Object o) { return "Shape.over(Object)"; }
        String over(String s) { return "Shape.over(String)"; }
    }
    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        @Override String name() { return "rect"; }
        @Override double area() { return w * h; }
        private String secret() { return "Rect.secret"; }   // does not override
        static String kind() { return "static Rect"; }
        @Override String over(Object o) { return "Rect.over(Object)"; }
    }
    static class Square extends Rect {
        Square(double s) { super(s, s); }
        @Override String name() { return "square"; }
    }
    static class Circle extends Shape {
        final double r;
        Circle(double r) { this.r = r; }
        @Override String name() { return "circle"; }
        @Override double area() { return 3.0 * r * r; }
    }
    static final class Leaf extends Circle {
        Leaf() { super(1); }
        @Override String name() { return "leaf(" + super.name() + ")"; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Shape(), new Rect(2, 3), new Square(4), new Circle(1.5), new Leaf()};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe() + " | " + s.callSecret() + " | " + s.over("x") + " | " + s.over((Object) "x"));
            total += s.area();
        }
        System.out.println("total area = " + total);
        Shape r = new Rect(1, 1);
        System.out.println(Shape.kind() + " / " + Rect.kind());
        // A megamorphic call site executed many times.
        long acc = 0;
        for (int i = 0; i < 100000; i++) acc += (long) shapes[i % shapes.length].area() + shapes[(i * 7) % 5].name().length();
        System.out.println("acc = " + acc);
        Object o = new Square(2);
        System.out.println("toString via Object: " + (o instanceof Shape ? ((Shape) o).name() : "?") + " class " + o.getClass().getName());
        Shape nul = null;
        try { nul.area(); } catch (NullPointerException e) { System.out.println("invokevirtual on null: NPE"); }
        System.out.println(r.describe());
    }
}
