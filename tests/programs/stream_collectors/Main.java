import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    record City(String name, String country, int pop) {
        public String toString() { return name; }
    }

    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        List<String> names = List.of("ann", "bob", "cy", "dora", "ed", "fay", "gus");
        p(names.stream().collect(Collectors.joining()));
        p(names.stream().collect(Collectors.joining(", ")));
        p(names.stream().collect(Collectors.joining("-", "[", "]")));
        p(Stream.<String>empty().collect(Collectors.joining("-", "[", "]")));
        Map<Boolean, List<String>> parts = names.stream().collect(Collectors.partitioningBy(s -> s.length() == 3));
        p(parts + " " + parts.get(true) + " " + parts.get(false) + " " + parts.size());
        p(names.stream().collect(Collectors.partitioningBy(s -> s.length() > 9, Collectors.counting())));
        p(names.stream().collect(Collectors.toMap(s -> s, String::length)));
        p(names.stream().collect(Collectors.toMap(String::length, s -> s, (a, b) -> a + "+" + b)));
        p(names.stream().collect(Collectors.toMap(String::length, s -> s, (a, b) -> b, TreeMap::new)));
        try {
            names.stream().collect(Collectors.toMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        try {
            Stream.of("a", "b").collect(Collectors.toMap(s -> s, s -> (String) null));
        } catch (NullPointerException e) {
            p("NPE value");
        }
        p(names.stream().collect(Collectors.counting()));
        p(names.stream().collect(Collectors.summingInt(String::length)) + " "
                + names.stream().collect(Collectors.summingLong(String::length)) + " "
                + names.stream().collect(Collectors.summingDouble(s -> s.length() * 0.1)));
        p(names.stream().collect(Collectors.averagingInt(String::length)) + " "
                + names.stream().collect(Collectors.averagingDouble(s -> s.length() * 0.1)) + " "
                + Stream.<String>empty().collect(Collectors.averagingInt(String::length)));
        p(names.stream().collect(Collectors.minBy(Comparator.comparing(String::length))) + " "
                + names.stream().collect(Collectors.maxBy(Comparator.comparing(String::length))));
        p(names.stream().collect(Collectors.reducing((a, b) -> b + a)) + " "
                + names.stream().collect(Collectors.reducing("", (a, b) -> a + b.charAt(0))) + " "
                + names.stream().collect(Collectors.reducing(0, String::length, Integer::sum)));
        p(names.stream().collect(Collectors.toCollection(TreeSet::new)).descendingSet());
        p(names.stream().collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)));
        p(names.stream().collect(Collectors.collectingAndThen(Collectors.counting(), n -> n * 100)));
        List<String> ul = names.stream().collect(Collectors.toUnmodifiableList());
        try {
            ul.add("z");
        } catch (UnsupportedOperationException e) {
            p("UOE " + ul);
        }
        List<City> cities = List.of(new City("Paris", "FR", 2100), new City("Lyon", "FR", 500), new City("Rome", "IT", 2800),
                new City("Milan", "IT", 1400), new City("Oslo", "NO", 700), new City("Nice", "FR", 340));
        p(cities.stream().collect(Collectors.groupingBy(City::country)));
        p(cities.stream().collect(Collectors.groupingBy(City::country, Collectors.summingInt(City::pop))));
        p(cities.stream().collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.mapping(City::name, Collectors.joining("/")))));
        p(cities.stream().collect(Collectors.groupingBy(City::country, LinkedHashMap::new,
                Collectors.averagingInt(City::pop))));
        p(cities.stream().collect(Collectors.partitioningBy(c -> c.pop() > 1000,
                Collectors.mapping(City::name, Collectors.toList()))));
        p(cities.stream().collect(Collectors.groupingBy(c -> c.pop() / 1000,
                Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparingInt(City::pop)), Optional::get))));
        Map<String, Map<Boolean, Long>> nested = cities.stream().collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.partitioningBy(c -> c.name().length() == 4, Collectors.counting())));
        p(nested);
        p(cities.stream().collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.flatMapping(c -> c.name().chars().mapToObj(ch -> (char) ch), Collectors.toSet()))));
        p(cities.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(City::pop),
                (n, sum) -> sum + "/" + n)));
        Map<Integer, String> big = IntStream.range(0, 40).boxed().collect(Collectors.toMap(i -> i * 37 % 101, i -> "v" + i));
        p(big);
        Set<String> set = IntStream.range(0, 30).mapToObj(i -> "k" + (i * 7 % 23)).collect(Collectors.toSet());
        p(set);
    }
}
