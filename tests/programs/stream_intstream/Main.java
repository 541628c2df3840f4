import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 100).sum());
        System.out.println(IntStream.range(5, 5).count() + " " + IntStream.range(7, 3).count() + " " + IntStream.rangeClosed(3, 3).count());
        System.out.println(Arrays.toString(IntStream.range(0, 6).map(i -> i * i).filter(i -> i % 2 == 0).toArray()));
        System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).max() + " " + IntStream.of(3, 1, 4).min() + " " + IntStream.empty().max());
        System.out.println(IntStream.of(1, 2, 3, 4).average() + " " + IntStream.empty().average());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).sum());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average());
        System.out.println(IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b) + " " + IntStream.rangeClosed(1, 5).reduce(Math::max));
        System.out.println(IntStream.range(0, 5).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 4).mapToObj(i -> "s" + i).collect(Collectors.joining(",")));
        System.out.println(IntStream.of(5, 3, 5, 1, 3).distinct().sorted().boxed().toList());
        rest();
    }

    static void rest() {
        System.out.println(IntStream.range(0, 3).asLongStream().sum() + " " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println(LongStream.range(0, 1000000).filter(x -> x % 3 == 0).count());
        System.out.println(LongStream.of(4, 8).average() + " " + LongStream.of(3L, -2L).min() + " " + Arrays.toString(LongStream.of(2, 1).sorted().toArray()));
        System.out.println(IntStream.range(1, 11).asDoubleStream().sum());
        double[] ds = {0.1, 0.2, 0.3, 1e16, 1.0, -1e16, 0.7};
        System.out.println(DoubleStream.of(ds).sum() + " " + DoubleStream.of(ds).average());
        System.out.println(Arrays.stream(ds).boxed().reduce(0.0, Double::sum));
        System.out.println(DoubleStream.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).sum());
        System.out.println(DoubleStream.of(1.5, Double.NaN).max() + " " + DoubleStream.of(-0.0, 0.0).min() + " " + DoubleStream.empty().average());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1.0).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        System.out.println(DoubleStream.of(Double.MAX_VALUE, Double.MAX_VALUE).sum());
        System.out.println(Arrays.toString(DoubleStream.of(3.5, -1, 2).sorted().toArray()) + " " + DoubleStream.of(1, 2, 3).filter(d -> d > 1).count());
        System.out.println(Arrays.stream(new int[] {4, 5, 6}).map(x -> x * 2).sum() + " " + Arrays.stream(new String[] {"u", "v"}).toList());
        System.out.println("hello".chars().filter(c -> c == 'l').count() + " " + "abc".chars().mapToObj(c -> (char) c).toList());
        System.out.println(IntStream.iterate(1, i -> i * 2).limit(11).sum() + " " + IntStream.iterate(0, i -> i < 10, i -> i + 3).boxed().toList());
        int[] counter = {0};
        System.out.println(Arrays.toString(IntStream.generate(() -> counter[0]++).limit(4).toArray()));
        System.out.println(IntStream.range(0, 20).takeWhile(i -> i < 5).sum() + " " + IntStream.range(0, 10).dropWhile(i -> i < 7).boxed().toList());
        System.out.println(IntStream.range(0, 5).mapToLong(i -> i * 1000000000L).sum() + " " + IntStream.range(0, 4).mapToDouble(i -> i / 4.0).sum());
        System.out.println(IntStream.range(0, 4).peek(i -> System.out.println("pk " + i)).count());
        System.out.println(IntStream.range(0, 100).anyMatch(i -> i == 42) + " " + IntStream.range(0, 100).allMatch(i -> i < 50) + " " + IntStream.of(2, 4).noneMatch(i -> i % 2 == 1));
        System.out.println(IntStream.of(7, 8).findFirst() + " " + IntStream.empty().findAny());
        System.out.println(IntStream.concat(IntStream.of(1), IntStream.range(5, 7)).boxed().toList());
        ArrayList<Integer> col = IntStream.range(0, 5).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(col);
        Stream.of("x", "yy", "zzz").mapToInt(String::length).forEach(n -> System.out.print(n + ";"));
        System.out.println();
        System.out.println(Stream.of("x", "yy").mapToLong(String::length).sum() + " " + Stream.of("x", "yy").mapToDouble(String::length).average());
        IntStream.range(0, 3).skip(1).forEachOrdered(i -> System.out.print("o" + i));
        System.out.println();
    }
}
