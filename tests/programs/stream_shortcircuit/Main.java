import java.util.*;
import java.util.stream.*;

public class Main {
    static int calls;

    public static void main(String[] args) {
        Optional<Integer> first = Stream.of(1, 2, 3, 4, 5, 6)
                .peek(x -> System.out.println("saw " + x))
                .filter(x -> x % 3 == 0).findFirst();
        System.out.println(first);
        System.out.println(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("any " + x)).anyMatch(x -> x == 2));
        System.out.println(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("all " + x)).allMatch(x -> x < 3));
        System.out.println(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("none " + x)).noneMatch(x -> x == 3));
        System.out.println(Stream.<Integer>empty().allMatch(x -> false) + " " + Stream.empty().anyMatch(x -> true));
        System.out.println(Stream.iterate(1, x -> { calls++; return x * 2; }).limit(10).toList() + " calls=" + calls);
        calls = 0;
        System.out.println(Stream.generate(() -> ++calls).limit(5).toList() + " calls=" + calls);
        System.out.println(Stream.iterate(1, x -> x < 200, x -> x * 3).toList());
        Stream.of(1, 2, 3, 4, 5).peek(x -> System.out.println("lim " + x)).limit(2).forEach(x -> System.out.println("use " + x));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 1).takeWhile(x -> x < 4).toList());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 1).dropWhile(x -> x < 4).toList());
        Stream.of(5, 6, 7, 8).peek(x -> System.out.println("tw " + x)).takeWhile(x -> x < 7).forEach(x -> System.out.println("ok " + x));
        System.out.println(Stream.of(1, 2, 3, 4, 5).skip(2).toList() + " " + Stream.of(1, 2).skip(5).toList());
        System.out.println(Stream.iterate(0, x -> x + 1).filter(x -> x % 7 == 3).skip(2).findFirst().get());
        System.out.println(Stream.of(List.of(1, 2, 3), List.of(4, 5)).flatMap(l -> l.stream().peek(x -> System.out.println("fm " + x)))
                .filter(x -> x > 1).findFirst());
        System.out.println(Stream.of("a", "b").findAny());
        System.out.println(Stream.empty().findFirst());
        try {
            Stream.of(1).limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            Stream.of((Object) null).findFirst();
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
