import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs away quick quick";
        List<String> words = Arrays.asList(splitWords(text));
        Map<String, Long> counts = words.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        System.out.println(counts);
        System.out.println(new TreeMap<>(counts));
        Map<String, Long> tree = words.stream()
                .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
        System.out.println(tree);
        Map<Integer, List<String>> byLen = words.stream().distinct().collect(Collectors.groupingBy(String::length));
        System.out.println(byLen);
        Map<Character, Set<String>> byFirst = words.stream()
                .collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.toSet()));
        System.out.println(byFirst);
        Map<Character, String> joined = words.stream().distinct()
                .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.joining("|", "<", ">")));
        System.out.println(joined);
        Map<Integer, Integer> lenSum = words.stream()
                .collect(Collectors.groupingBy(String::length, Collectors.summingInt(String::length)));
        System.out.println(lenSum);
        Map<Integer, Optional<String>> longestByLen = words.stream()
                .collect(Collectors.groupingBy(String::length, Collectors.maxBy(Comparator.<String>naturalOrder())));
        System.out.println(longestByLen);
        Map<Integer, List<String>> mapped = words.stream()
                .collect(Collectors.groupingBy(String::length, Collectors.mapping(String::toUpperCase, Collectors.toList())));
        System.out.println(mapped);
        Map<Integer, Long> filtered = words.stream()
                .collect(Collectors.groupingBy(String::length, Collectors.filtering(w -> w.contains("o"), Collectors.counting())));
        System.out.println(filtered);
        List<Map.Entry<String, Long>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).collect(Collectors.toList());
        System.out.println(top);
        System.out.println(words.stream().map(String::length).collect(Collectors.toSet()));
        System.out.println(words.stream().collect(Collectors.averagingInt(String::length)));
        System.out.println(words.stream().collect(Collectors.averagingDouble(w -> w.length() / 3.0)));
        System.out.println(words.stream().collect(Collectors.summingDouble(w -> 0.1)));
        System.out.println(words.stream().map(w -> 0.1).reduce(0.0, Double::sum));
        try {
            words.stream().collect(Collectors.groupingBy(w -> w.equals("fox") ? null : w));
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
    }

    static String[] splitWords(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                if (i > start) out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }
}
