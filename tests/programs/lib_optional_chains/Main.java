import java.util.*;
import java.util.stream.*;

/** Optional and OptionalInt/Long/Double: map/flatMap/filter/or/stream/orElseThrow, equality and printing. */
public class Main {
    record User(String name, Optional<String> email, Optional<User> manager) {}

    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        User boss = new User("Ann", Optional.of("ann@corp.example"), Optional.empty());
        User mid = new User("Bob", Optional.empty(), Optional.of(boss));
        User dev = new User("Cy", Optional.of("CY@corp.example"), Optional.of(mid));
        for (User u : List.of(boss, mid, dev)) {
            String managerEmail = u.manager().flatMap(User::email).map(String::toLowerCase).orElse("<none>");
            String chain = u.manager().flatMap(User::manager).map(User::name).orElseGet(() -> "no grand-manager");
            System.out.println(u.name() + " managerEmail=" + managerEmail + " " + chain + " own=" + u.email().filter(e -> e.startsWith("a")).isPresent());
        }
        List<String> inputs = List.of("1", " 22 ", "x", "", "-5", "3.0");
        System.out.println(inputs.stream().map(Main::parse).flatMap(Optional::stream).toList());
        System.out.println(parse("x").or(() -> parse("7")).get() + " " + parse("4").map(x -> x * x) + " " + Optional.empty() + " "
                + Optional.ofNullable(null).isEmpty() + " " + Optional.of("v"));
        parse("12").ifPresentOrElse(v -> System.out.println("got " + v), () -> System.out.println("none"));
        parse("no").ifPresentOrElse(v -> System.out.println("got " + v), () -> System.out.println("none"));
        try {
            parse("bad").orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            parse("bad").orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("NPE Optional.of(null)");
        }
        System.out.println(Optional.of(1).equals(Optional.of(1)) + " " + Optional.empty().equals(Optional.ofNullable(null)) + " "
                + Optional.of("a").hashCode() + " " + Optional.empty().hashCode());
        OptionalInt max = IntStream.of(3, 9, 2).max();
        OptionalDouble avg = IntStream.empty().average();
        OptionalLong first = LongStream.of(5, 6).findFirst();
        System.out.println(max + " " + max.getAsInt() + " " + avg + " " + avg.orElse(-1) + " " + first + " " + OptionalInt.empty().isPresent()
                + " " + OptionalDouble.of(2.5) + " " + OptionalLong.of(3).equals(OptionalLong.of(3)));
        Optional<String> longest = Stream.of("aa", "bbbb", "c").max(Comparator.comparingInt(String::length));
        System.out.println(longest.map(s -> s + "!").orElse("") + " " + Stream.<String>empty().findAny().isPresent());
        Map<String, Optional<Integer>> lookups = new TreeMap<>();
        for (String k : new String[] {"10", "abc", "0"}) lookups.put(k, parse(k).filter(v -> v > 0));
        System.out.println(lookups);
    }
}
