import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Stream pipelines: iterate/generate, flatMap, toMap with merge, teeing, collectingAndThen, reduce, nested grouping. */
public class Main {
    record Sale(String region, String product, int qty, double price) {
        double total() { return qty * price; }
    }

    public static void main(String[] args) {
        System.out.println(Stream.iterate(1, x -> x < 200, x -> x * 3).toList() + " "
                + Stream.iterate(new int[] {0, 1}, f -> new int[] {f[1], f[0] + f[1]}).limit(12).map(f -> f[0]).toList());
        int[] counter = {0};
        System.out.println(Stream.generate(() -> ++counter[0]).filter(x -> x % 3 == 0).limit(4).toList() + " pulled=" + counter[0]);
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3, 4, 5));
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * 10).collect(Collectors.toList()) + " "
                + nested.stream().mapToInt(List::size).boxed().toList() + " "
                + Stream.of("a-b", "c", "d-e-f").flatMapToInt(s -> IntStream.of(s.split("-").length)).sum());
        Random r = new Random(11);
        String[] regions = {"north", "south", "east"}, products = {"bolt", "nut", "gear", "cog"};
        List<Sale> sales = IntStream.range(0, 60).mapToObj(i -> new Sale(regions[r.nextInt(3)], products[r.nextInt(4)],
                1 + r.nextInt(9), (50 + r.nextInt(950)) / 100.0)).toList();
        Map<String, Map<String, Integer>> qty = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.summingInt(Sale::qty))));
        System.out.println(qty);
        Map<String, Double> revenue = sales.stream().collect(Collectors.toMap(Sale::product, Sale::total, Double::sum, TreeMap::new));
        revenue.replaceAll((k, v) -> Math.round(v * 100) / 100.0);
        System.out.println(revenue);
        var stats = sales.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.averagingDouble(Sale::price),
                (n, avg) -> n + " sales, avg price " + String.format("%.4f", avg)));
        System.out.println(stats);
        String top3 = sales.stream().sorted(Comparator.comparingDouble(Sale::total).reversed().thenComparing(Sale::product))
                .limit(3).map(s -> s.product() + "@" + s.region()).collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> "[" + s + "]"));
        System.out.println(top3);
        Map<Boolean, List<Integer>> parts = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.partitioningBy(x -> Integer.bitCount(x) == 1));
        System.out.println(parts);
        System.out.println(Stream.of("x", "yy", "zzz").reduce("", (a, b) -> b + a) + " "
                + Stream.of(1, 2, 3, 4).reduce(Integer::max).orElse(0) + " "
                + Stream.of("a", "bb", "ccc").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(Function.identity(), String::length));
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        Stream<String> once = Stream.of("q");
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        List<String> peeked = new ArrayList<>();
        long n = Stream.of("a", "b", "c", "d").peek(peeked::add).filter(s -> !s.equals("b")).skip(1).count();
        System.out.println(n + " " + peeked);
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "#".repeat(i)).collect(Collectors.joining("|", "<", ">")) + " "
                + Stream.of(5, 1, 4).sorted(Collections.reverseOrder()).map(String::valueOf).collect(Collectors.joining()) + " "
                + Stream.of("b", "a", "b", "c", "a").distinct().toList() + " "
                + IntStream.of(3, 1, 2).boxed().collect(Collectors.toCollection(TreeSet::new)));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 1).takeWhile(x -> x < 4).toList() + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(x -> x < 3).toList()
                + " " + Stream.of("a", "b").anyMatch("b"::equals) + " " + Stream.empty().allMatch(x -> false) + " " + Stream.of(1).noneMatch(x -> x > 0));
        Map<Integer, Long> lengths = Stream.of("one", "two", "three", "four", "five", "six").collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println(lengths + " " + Arrays.toString(Stream.of("p", "q").toArray(String[]::new)));
    }
}
