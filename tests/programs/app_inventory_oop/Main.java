import java.util.*;
import java.util.stream.*;

/** An inheritance-heavy inventory model: abstract classes, interfaces, overriding, super calls, polymorphic pricing and discounts. */
public class Main {
    interface Taxable { double taxRate(); }
    interface Perishable { int shelfDays(); default boolean expiredAfter(int days) { return days > shelfDays(); } }
    interface Discountable { double discount(int qty); }

    abstract static class Product implements Comparable<Product> {
        private static int nextId = 1;
        final int id;
        final String name;
        protected final double basePrice;

        Product(String name, double basePrice) {
            if (basePrice < 0) throw new IllegalArgumentException("negative price for " + name);
            this.id = nextId++;
            this.name = name;
            this.basePrice = basePrice;
        }

        abstract String category();
        double unitPrice() { return basePrice; }
        double price(int qty) {
            double p = unitPrice() * qty;
            if (this instanceof Discountable d) p *= 1 - d.discount(qty);
            if (this instanceof Taxable t) p *= 1 + t.taxRate();
            return Math.round(p * 100) / 100.0;
        }
        public int compareTo(Product o) { return name.compareTo(o.name); }
        @Override public String toString() { return String.format("#%d %s[%s] %.2f", id, getClass().getSimpleName(), name, unitPrice()); }
    }

    static class Food extends Product implements Perishable {
        final int days;
        Food(String name, double price, int days) { super(name, price); this.days = days; }
        String category() { return "food"; }
        public int shelfDays() { return days; }
    }

    static class Beverage extends Food implements Taxable {
        final boolean alcoholic;
        Beverage(String name, double price, boolean alcoholic) { super(name, price, 365); this.alcoholic = alcoholic; }
        @Override String category() { return alcoholic ? "alcohol" : super.category() + "/drink"; }
        public double taxRate() { return alcoholic ? 0.20 : 0.05; }
    }

    static class Electronics extends Product implements Taxable, Discountable {
        final int warrantyMonths;
        Electronics(String name, double price, int warrantyMonths) { super(name, price); this.warrantyMonths = warrantyMonths; }
        String category() { return "electronics"; }
        public double taxRate() { return 0.19; }
        public double discount(int qty) { return qty >= 10 ? 0.15 : qty >= 3 ? 0.05 : 0; }
        @Override double unitPrice() { return basePrice + warrantyMonths * 1.5; }
    }

    static final class Laptop extends Electronics {
        final int ramGb;
        Laptop(String name, double price, int ram) { super(name, price, 24); this.ramGb = ram; }
        @Override double unitPrice() { return super.unitPrice() + ramGb * 4; }
        @Override public double discount(int qty) { return Math.min(0.25, super.discount(qty) * 2); }
        @Override public String toString() { return super.toString() + " (" + ramGb + "GB)"; }
    }

    static class Book extends Product implements Discountable {
        final String author;
        Book(String name, String author, double price) { super(name, price); this.author = author; }
        String category() { return "books"; }
        public double discount(int qty) { return qty > 1 ? 0.1 : 0; }
    }

    record Line(Product product, int qty) {
        double total() { return product.price(qty); }
    }

    static final class Warehouse {
        private final Map<Product, Integer> stock = new TreeMap<>();
        void receive(Product p, int qty) { stock.merge(p, qty, Integer::sum); }
        Line take(Product p, int qty) {
            int have = stock.getOrDefault(p, 0);
            if (have < qty) throw new IllegalStateException("only " + have + " of " + p.name + " left, wanted " + qty);
            stock.put(p, have - qty);
            return new Line(p, qty);
        }
        double value() { return stock.entrySet().stream().mapToDouble(e -> e.getKey().unitPrice() * e.getValue()).sum(); }
    }

    public static void main(String[] args) {
        List<Product> catalog = List.of(new Food("bread", 2.49, 4), new Beverage("cola", 1.2, false), new Beverage("wine", 9.9, true),
                new Electronics("cable", 5, 6), new Laptop("notebook", 700, 16), new Book("Dune", "Herbert", 12.5),
                new Food("cheese", 6.75, 30));
        catalog.forEach(System.out::println);
        Warehouse w = new Warehouse();
        int q = 5;
        for (Product p : catalog) w.receive(p, q++ * 2);
        System.out.printf("stock value %.2f%n", w.value());
        List<Line> order = new ArrayList<>();
        int[][] wants = {{0, 3}, {1, 12}, {2, 1}, {3, 10}, {4, 3}, {5, 2}, {6, 40}, {4, 1}};
        for (int[] want : wants) {
            try {
                order.add(w.take(catalog.get(want[0]), want[1]));
            } catch (IllegalStateException e) {
                System.out.println("cannot fill: " + e.getMessage());
            }
        }
        for (Line l : order) System.out.printf("%-10s x%-3d %-14s %9.2f%n", l.product().name, l.qty(), l.product().category(), l.total());
        System.out.printf("order total %.2f, stock now %.2f%n", order.stream().mapToDouble(Line::total).sum(), w.value());
        Map<String, Double> byCategory = order.stream().collect(Collectors.groupingBy(l -> l.product().category(), TreeMap::new,
                Collectors.summingDouble(Line::total)));
        byCategory.forEach((k, v) -> System.out.printf("  %-12s %8.2f%n", k, v));
        System.out.println("perishable expired after 10 days: " + catalog.stream().filter(p -> p instanceof Perishable per && per.expiredAfter(10))
                .map(p -> p.name).toList());
        System.out.println("taxable: " + catalog.stream().filter(Taxable.class::isInstance).map(Taxable.class::cast)
                .map(t -> ((Product) t).name + "=" + t.taxRate()).collect(Collectors.joining(", ")));
        try {
            new Book("Free", "nobody", -1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Product cheapest = Collections.min(catalog, Comparator.comparingDouble(Product::unitPrice));
        System.out.println("cheapest " + cheapest + "; sorted " + catalog.stream().sorted().map(p -> p.name).toList());
    }
}
