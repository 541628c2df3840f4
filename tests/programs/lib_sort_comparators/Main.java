import java.util.*;
import java.util.stream.*;

/** Sorting with comparators: multi-key, nulls, reversed, stability, Arrays.sort ranges, binary search. */
public class Main {
    record Person(String name, String city, int age, Double score) {}

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>(List.of(
                new Person("Ann", "Oslo", 31, 88.5), new Person("bob", "Rome", 25, null), new Person("Cid", "Oslo", 25, 91.0),
                new Person("dee", null, 40, 70.25), new Person("Eve", "Rome", 31, 88.5), new Person("fay", "Lima", 19, null),
                new Person("Gus", "Oslo", 31, 60.0), new Person("hal", null, 25, 99.9)));
        Comparator<Person> byCity = Comparator.comparing(Person::city, Comparator.nullsLast(Comparator.naturalOrder()));
        people.sort(byCity.thenComparing(Person::age, Comparator.reverseOrder()).thenComparing(Person::name));
        people.forEach(p -> System.out.println("city/age-desc/name: " + p));
        people.sort(Comparator.comparing(Person::score, Comparator.nullsFirst(Comparator.<Double>reverseOrder())));
        System.out.println("score desc nulls first: " + people.stream().map(Person::name).toList());
        people.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER).reversed());
        System.out.println("name ci reversed: " + people.stream().map(Person::name).toList());
        people.sort(Comparator.comparing(Person::name));
        System.out.println("name natural: " + people.stream().map(Person::name).toList());
        // Stability: equal keys keep their previous order.
        people.sort(Comparator.comparingInt(Person::age));
        System.out.println("stable by age: " + people.stream().map(p -> p.age() + p.name()).toList());
        Map<Integer, List<String>> byAge = people.stream().collect(Collectors.groupingBy(Person::age, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byAge);

        Random rnd = new Random(3);
        int[] arr = IntStream.generate(() -> rnd.nextInt(100) - 50).limit(30).toArray();
        int[] copy = arr.clone();
        Arrays.sort(copy, 5, 20);
        System.out.println("partial: " + Arrays.toString(copy));
        Arrays.sort(arr);
        System.out.println("sorted: " + Arrays.toString(arr));
        for (int key : new int[] {arr[0], arr[17], 0, 100, -100}) {
            System.out.print(Arrays.binarySearch(arr, key) >= 0 ? "found " : "ins=" + (-Arrays.binarySearch(arr, key) - 1) + " ");
        }
        System.out.println();
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "éclair", "zeta", "Zeta"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        System.out.println(Arrays.toString(w1));
        Arrays.sort(w1, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(w1));
        Arrays.sort(w1, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(w1));
        System.out.println(Collections.binarySearch(List.of("a", "c", "e", "g"), "d") + " "
                + Collections.binarySearch(List.of(9, 7, 5, 3), 7, Comparator.reverseOrder()));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1e300, Double.NEGATIVE_INFINITY, 2, Double.MIN_VALUE};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        char[] cs = "the quick brown fox".toCharArray();
        Arrays.sort(cs);
        System.out.println("[" + new String(cs) + "]");
        List<List<Integer>> lists = new ArrayList<>(List.of(List.of(1, 2, 3), List.of(1, 2), List.of(0, 9), List.of(1, 3)));
        Comparator<List<Integer>> lex = (x, y) -> {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = Integer.compare(x.get(i), y.get(i));
                if (c != 0) return c;
            }
            return Integer.compare(x.size(), y.size());
        };
        lists.sort(lex);
        System.out.println(lists + " max=" + Collections.max(lists, lex) + " min=" + lists.stream().min(lex.reversed()).get());
        long[] big = LongStream.rangeClosed(1, 5000).mapToObj(i -> (i * 2654435761L) % 10007).mapToLong(Long::longValue).toArray();
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) ok &= big[i - 1] <= big[i];
        System.out.println("big sorted " + ok + " median " + big[big.length / 2] + " sum " + LongStream.of(big).sum());
    }
}
