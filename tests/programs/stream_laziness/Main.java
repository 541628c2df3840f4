import java.util.*;
import java.util.stream.*;

public class Main {
    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        List<Integer> out = Stream.of(5, 2, 8, 1, 9, 3)
                .peek(x -> p("peek " + x))
                .filter(x -> { p("filter " + x); return x > 2; })
                .map(x -> { p("map " + x); return x * 10; })
                .collect(Collectors.toList());
        p(out);

        Stream<String> s = Stream.of("a", "b", "c").map(x -> { p("lazy " + x); return x; });
        p("nothing yet");
        s.forEach(x -> p("got " + x));
        try {
            s.forEach(System.out::println);
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        Stream<Integer> base = Stream.of(1, 2, 3);
        base.map(x -> x + 1);
        try {
            base.filter(x -> true);
        } catch (IllegalStateException e) {
            p("ISE2 " + e.getMessage());
        }

        // sorted is a barrier: all upstream peeks happen first
        Stream.of(3, 1, 2).peek(x -> p("before " + x)).sorted()
                .peek(x -> p("after " + x)).forEach(x -> System.out.println("end " + x));

        // count on a sized pipeline does not run peek; with filter it does
        p(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("p " + x)).map(x -> x * 2).count());
        p(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("q " + x)).filter(x -> x % 2 == 0).count());
        p(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("r " + x)).skip(1).limit(2).count());
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
        Stream<Integer> ls = list.stream();
        list.add(4);
        p(ls.map(x -> x * x).collect(Collectors.toList()));
        p(list.stream().peek(x -> System.out.println("c " + x)).count());

        // flatMap
        p(Stream.of(List.of(1, 2), List.<Integer>of(), List.of(3, 4, 5))
                .flatMap(l -> { p("open " + l); return l.stream(); })
                .map(x -> x * 100).toList());
        Iterator<String> it = Stream.of("x", "y").map(v -> { p("it " + v); return v + v; }).iterator();
        p("iterator made");
        while (it.hasNext()) p(it.next());
        // reduce forms
        p(Stream.of(1, 2, 3, 4).reduce(0, Integer::sum));
        p(Stream.of(1, 2, 3, 4).reduce(Integer::max));
        p(Stream.<Integer>empty().reduce(Integer::max));
        p(Stream.of("a", "bb", "ccc").reduce(0, (acc, w) -> acc + w.length(), Integer::sum));
        p(Stream.of("a", "b").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append));
        p(Arrays.toString(Stream.of(1, 2).toArray()));
        p(Arrays.toString(Stream.of("p", "q").toArray(String[]::new)));
        p(Stream.concat(Stream.of(1, 2), Stream.of(3)).toList());
        p(Optional.of(7).stream().toList() + " " + Optional.empty().stream().count());
        p(Stream.of(1, 2, 2, 3, 1, 4).distinct().toList());
        p(Stream.of("b", "a", "c").min(Comparator.naturalOrder()).get()
                + Stream.of("b", "a", "c").max(Comparator.naturalOrder()).get());
        try {
            Stream.of(1, 2, 3).toArray(n -> new Integer[n + 1]);
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        p(Stream.of(1, 2, 3).filter(x -> true).toArray(n -> new Integer[n + 1]).length);
        try {
            Stream.of(1, 2, 3).toArray(n -> new String[n]);
        } catch (ArrayStoreException e) {
            p("ASE " + e.getMessage());
        }
        Stream<Integer> closed = Stream.of(1, 2);
        closed.close();
        try {
            closed.count();
        } catch (IllegalStateException e) {
            p("closed " + e.getMessage());
        }
        IntStream is = IntStream.range(0, 3);
        p(is.sum());
        try {
            is.max();
        } catch (IllegalStateException e) {
            p("int " + e.getMessage());
        }
        try {
            Stream.of(1).toList().add(2);
        } catch (UnsupportedOperationException e) {
            p("UOE");
        }
    }
}
