import java.util.*;
import java.util.function.*;

/** Enums: constant-specific bodies, abstract methods, fields, interfaces, static lookup maps, valueOf errors, switch. */
public class Main {
    interface Op { int apply(int a, int b); }

    enum Arith implements Op {
        ADD("+") { public int apply(int a, int b) { return a + b; } },
        SUB("-") { public int apply(int a, int b) { return a - b; } },
        MUL("*") { public int apply(int a, int b) { return a * b; } },
        DIV("/") {
            public int apply(int a, int b) {
                if (b == 0) throw new ArithmeticException("division by zero in " + name());
                return a / b;
            }
            @Override boolean safe() { return false; }
        };

        private static final Map<String, Arith> BY_SYMBOL = new HashMap<>();
        static {
            for (Arith a : values()) BY_SYMBOL.put(a.symbol, a);
        }
        final String symbol;
        Arith(String symbol) { this.symbol = symbol; }
        boolean safe() { return true; }
        static Optional<Arith> bySymbol(String s) { return Optional.ofNullable(BY_SYMBOL.get(s)); }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass, radius;
        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Level {
        LOW, MEDIUM, HIGH, CRITICAL;
        Level next() { return values()[Math.min(ordinal() + 1, values().length - 1)]; }
        boolean atLeast(Level o) { return compareTo(o) >= 0; }
    }

    enum Singleton {
        INSTANCE;
        int counter;
        int bump() { return ++counter; }
    }

    enum Empty {}

    public static void main(String[] args) {
        for (Arith a : Arith.values()) {
            System.out.println(a + " " + a.symbol + " " + a.ordinal() + " " + a.apply(17, 5) + " safe=" + a.safe()
                    + " class=" + (a.getClass() == Arith.class) + " decl=" + a.getDeclaringClass().getSimpleName());
        }
        System.out.println(Arith.bySymbol("*").map(op -> op.apply(6, 7)).orElse(-1) + " " + Arith.bySymbol("%").isPresent());
        try {
            Arith.DIV.apply(1, 0);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        for (String s : new String[] {"ADD", "add", "", "MUL "}) {
            try {
                System.out.println(Arith.valueOf(s));
            } catch (IllegalArgumentException e) {
                System.out.println("IAE " + e.getMessage());
            }
        }
        try {
            Arith.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        System.out.println(Enum.valueOf(Level.class, "HIGH").next() + " " + Level.CRITICAL.next() + " " + Level.MEDIUM.atLeast(Level.HIGH));
        for (Planet p : Planet.values()) {
            System.out.printf("%-8s g=%.3f weight(75kg)=%.2f%n", p, p.surfaceGravity(), 75 * p.surfaceGravity());
        }
        Map<Level, List<String>> tasks = new TreeMap<>(Comparator.reverseOrder());
        String[][] raw = {{"fix bug", "HIGH"}, {"write docs", "LOW"}, {"outage", "CRITICAL"}, {"refactor", "LOW"}, {"review", "MEDIUM"}};
        for (String[] r : raw) tasks.computeIfAbsent(Level.valueOf(r[1]), k -> new ArrayList<>()).add(r[0]);
        System.out.println(tasks);
        System.out.println(Singleton.INSTANCE.bump() + " " + Singleton.INSTANCE.bump() + " " + Singleton.valueOf("INSTANCE").counter);
        System.out.println(Empty.values().length + " " + Arrays.toString(Level.values()) + " " + Level.HIGH.compareTo(Level.LOW));
        BiFunction<Integer, Integer, Integer> f = Arith.SUB::apply;
        System.out.println(f.apply(1, 10) + " " + Arith.MUL.name().toLowerCase() + " " + Arith.ADD.equals(Arith.valueOf("ADD")));
        int total = 0;
        for (Level l : Level.values()) {
            total += switch (l) {
                case LOW -> 1;
                case MEDIUM -> 10;
                case HIGH, CRITICAL -> 100;
            };
        }
        System.out.println("total " + total);
        List<Level> sorted = new ArrayList<>(List.of(Level.HIGH, Level.LOW, Level.CRITICAL, Level.LOW));
        Collections.sort(sorted);
        System.out.println(sorted + " " + new HashSet<>(sorted).size() + " " + Level.valueOf("LOW").hashCode() / Integer.MAX_VALUE * 0);
    }
}
