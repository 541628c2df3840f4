import java.util.*;
import java.util.stream.*;

public class Main {
    record P(String name, int age) {
        public String toString() { return name + ":" + age; }
    }

    public static void main(String[] args) {
        List<P> people = new ArrayList<>();
        String[] ns = {"ann", "bob", "cat", "dan", "eve", "fin", "gil", "hal", "ivy", "jon", "kim", "lou"};
        for (int i = 0; i < ns.length; i++) people.add(new P(ns[i], 20 + (i * 7) % 5));
        System.out.println(people.stream().sorted(Comparator.comparingInt(P::age)).toList());
        System.out.println(people.stream().sorted(Comparator.comparingInt(P::age).reversed()).toList());
        System.out.println(people.stream().sorted(Comparator.comparing(P::age).thenComparing(P::name, Comparator.reverseOrder())).toList());
        System.out.println(Stream.of("pear", "fig", "apple", "kiwi", "date", "plum").sorted().toList());
        System.out.println(Stream.of("pear", "fig", "apple", "kiwi", "date", "plum").sorted(Comparator.comparing(String::length)).toList());
        System.out.println(Stream.of(5, 3, 9, 1, 7).sorted(Comparator.reverseOrder()).limit(3).toList());
        System.out.println(Stream.of(5, 3, 9, 1, 7).sorted().skip(1).findFirst().get());
        List<Integer> big = IntStream.range(0, 200).map(i -> (i * 73) % 199).boxed().collect(Collectors.toList());
        System.out.println(big.stream().sorted().limit(10).toList() + " " + big.stream().sorted(Comparator.comparing(i -> i % 10)).limit(12).toList());
        System.out.println(people.stream().map(P::name).sorted(Comparator.reverseOrder()).collect(Collectors.joining(" ")));
        System.out.println(people.stream().max(Comparator.comparingInt(P::age)).get() + " " + people.stream().min(Comparator.comparingInt(P::age)).get());
        try {
            Stream.of(new Object(), new Object()).sorted().toList();
        } catch (ClassCastException e) {
            System.out.println("CCE");
        }
    }
}
