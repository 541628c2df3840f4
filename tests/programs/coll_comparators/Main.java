import java.util.*;
import java.util.function.*;

/** Comparator chains with lambdas and method references; stable sorting; Map.Entry comparators. */
public class Main {
    record Person(String name, String city, int age, double score) {
        public String toString() {
            return name + "(" + city + "," + age + "," + score + ")";
        }
    }

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>(List.of(
                new Person("Ann", "Oslo", 34, 7.5), new Person("Bob", "Rome", 25, 9.0), new Person("Cid", "Oslo", 25, 6.0),
                new Person("Dee", "Lima", 41, 7.5), new Person("Eve", "Rome", 34, 8.25), new Person("Fay", "Lima", 25, 9.0),
                new Person("Gus", "Oslo", 41, 5.5), new Person("Hal", "Rome", 19, 7.5)));
        people.sort(Comparator.comparing(Person::city));
        System.out.println(people);
        people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println(people);
        people.sort(Comparator.comparingDouble(Person::score).reversed().thenComparing(Person::city).thenComparingInt(Person::age));
        System.out.println(people);
        Comparator<Person> byNameLen = Comparator.comparing(p -> p.name().length());
        people.sort(byNameLen.thenComparingLong(p -> -p.age()).thenComparingDouble(Person::score));
        System.out.println(people);
        people.sort(Collections.reverseOrder(Comparator.comparing(Person::name)));
        System.out.println(people);

        List<String> words = new ArrayList<>(List.of("banana", null, "Apple", "cherry", null, "apple", "Banana"));
        words.sort(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        System.out.println(words);
        words.sort(Comparator.nullsLast(Comparator.<String>naturalOrder().reversed()));
        System.out.println(words);
        words.removeIf(Objects::isNull);
        words.sort(Comparator.comparing((String w) -> w.toLowerCase()).thenComparing(Comparator.naturalOrder()));
        System.out.println(words);

        Map<String, Integer> counts = new HashMap<>();
        for (String w : new String[] {"x", "y", "z", "x", "y", "x", "w", "w", "w", "w"}) {
            counts.merge(w, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        System.out.println(entries);
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(entries);
        entries.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println(entries);

        Function<Integer, Integer> doubler = x -> x * 2;
        Function<Integer, Integer> inc = x -> x + 1;
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> maxBy = BinaryOperator.maxBy(Comparator.naturalOrder());
        IntUnaryOperator sq = x -> x * x;
        IntPredicate even = x -> x % 2 == 0;
        Supplier<List<String>> sup = ArrayList::new;
        System.out.println(doubler.andThen(inc).apply(5) + " " + doubler.compose(inc).apply(5) + " " + Function.<Integer>identity().apply(9)
                + " " + add.andThen(doubler).apply(3, 4) + " " + empty.negate().and(longish).test("abcd") + " " + empty.or(longish).test("")
                + " " + Predicate.not(empty).test("") + " " + Predicate.isEqual("q").test("q") + " " + up.apply("hi")
                + " " + maxBy.apply(3, 8) + " " + BinaryOperator.minBy(Comparator.<Integer>reverseOrder()).apply(3, 8)
                + " " + sq.andThen(x -> x + 1).applyAsInt(4) + " " + sq.compose(x -> x + 1).applyAsInt(4) + " " + even.negate().test(3)
                + " " + sup.get().size());
        List<String> log = new ArrayList<>();
        Consumer<String> c1 = log::add;
        c1.andThen(s -> log.add(s + s)).accept("ab");
        BiConsumer<String, Integer> bc = (s, i) -> log.add(s + i);
        bc.andThen((s, i) -> log.add(i + s)).accept("n", 1);
        System.out.println(log);
        Integer[] arr = {5, 3, 9, 1, 7};
        Arrays.sort(arr, Comparator.reverseOrder());
        System.out.println(Arrays.toString(arr));
        TreeSet<String> ts = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(Function.identity()));
        ts.addAll(List.of("aa", "b", "ccc", "dd", "e", "ccc"));
        System.out.println(ts + " " + ts.first());
    }
}
