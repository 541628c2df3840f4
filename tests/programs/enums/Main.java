/** Enums: ordinal/name/values/compareTo, fields and constructors, constant-specific bodies, switch on enum. */
public class Main {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
        @Override public String toString() { return "Op" + symbol; }
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cold";
            default: return "neutral";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.print(c + "/" + c.name() + "/" + c.ordinal() + "/" + describe(c) + " ");
        System.out.println();
        System.out.println("compareTo " + Color.RED.compareTo(Color.BLUE) + " equals " + Color.GREEN.equals(Color.GREEN) + " == " + (Color.values()[1] == Color.GREEN));
        Color[] vs = Color.values();
        vs[0] = null;                      // values() returns a fresh copy each time
        System.out.println("values copy " + (Color.values()[0] == Color.RED) + " length " + Color.values().length);
        for (Planet p : Planet.values()) System.out.println(p + " gravity " + p.surfaceGravity());
        for (Op op : Op.values()) System.out.print(op + " " + op.name() + " " + op.apply(6, 3) + "; ");
        System.out.println();
        System.out.println("declaring class " + Op.ADD.getDeclaringClass().getSimpleName() + " isEnum " + (Op.MUL instanceof Enum));
        int score = 0;
        for (int i = 0; i < 1000; i++) {
            Color c = Color.values()[i % 3];
            score += switch (c) { case RED -> 1; case GREEN -> 10; case BLUE -> 100; };
        }
        System.out.println("score " + score);
    }
}
