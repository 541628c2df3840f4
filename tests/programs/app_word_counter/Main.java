import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A word counter over standard input: counts lines, words, characters, frequencies and more. */
public class Main {
    record WordStat(String word, int count, int firstLine) implements Comparable<WordStat> {
        public int compareTo(WordStat o) {
            int c = Integer.compare(o.count, count);
            return c != 0 ? c : word.compareTo(o.word);
        }
    }

    static final class Counter {
        int lines, blankLines, words, chars, letters, digits, spaces, punctuation, upper, nonAscii;
        final Map<String, Integer> freq = new HashMap<>();
        final Map<String, Integer> firstSeen = new HashMap<>();
        final TreeMap<Integer, Integer> lengthHistogram = new TreeMap<>();
        final Map<Character, Integer> initials = new TreeMap<>();
        String longestLine = "";
        int longestLineNo;

        void line(String line, int no) {
            lines++;
            chars += line.length();
            if (line.isBlank()) blankLines++;
            if (line.length() > longestLine.length()) {
                longestLine = line;
                longestLineNo = no;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Character.isLetter(c)) letters++;
                if (Character.isDigit(c)) digits++;
                if (Character.isWhitespace(c)) spaces++;
                if (Character.isUpperCase(c)) upper++;
                if (c > 127) nonAscii++;
                int type = Character.getType(c);
                if (type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) {
                    punctuation++;
                }
            }
            for (String w : tokenize(line)) {
                words++;
                String key = w.toLowerCase();
                freq.merge(key, 1, Integer::sum);
                firstSeen.putIfAbsent(key, no);
                lengthHistogram.merge(key.length(), 1, Integer::sum);
                initials.merge(key.charAt(0), 1, Integer::sum);
            }
        }
    }

    /** Splits a line into words: letters, digits and inner apostrophes. */
    static List<String> tokenize(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean inner = c == '\'' && cur.length() > 0 && i + 1 < line.length()
                    && Character.isLetter(line.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    static String bar(int n, int max, int width) {
        int len = max == 0 ? 0 : (int) Math.round((double) n * width / max);
        return "#".repeat(len) + ".".repeat(width - len);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Counter c = new Counter();
        List<String> all = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            c.line(line, ++no);
            all.add(line);
        }
        System.out.printf("lines=%d blank=%d words=%d chars=%d%n", c.lines, c.blankLines, c.words, c.chars);
        System.out.printf("letters=%d digits=%d spaces=%d punct=%d upper=%d nonAscii=%d%n",
                c.letters, c.digits, c.spaces, c.punctuation, c.upper, c.nonAscii);
        System.out.printf("distinct=%d longest line #%d (%d chars)%n", c.freq.size(), c.longestLineNo,
                c.longestLine.length());

        List<WordStat> stats = new ArrayList<>();
        c.freq.forEach((w, n) -> stats.add(new WordStat(w, n, c.firstSeen.get(w))));
        Collections.sort(stats);
        System.out.println("-- top 12 --");
        int max = stats.isEmpty() ? 0 : stats.get(0).count();
        for (WordStat s : stats.subList(0, Math.min(12, stats.size()))) {
            System.out.printf("%-10s %3d %s (line %d)%n", s.word(), s.count(), bar(s.count(), max, 10), s.firstLine());
        }
        System.out.println("-- length histogram --");
        int hmax = Collections.max(c.lengthHistogram.values());
        for (Map.Entry<Integer, Integer> e : c.lengthHistogram.entrySet()) {
            System.out.printf("%2d | %-20s %d%n", e.getKey(), bar(e.getValue(), hmax, 20), e.getValue());
        }
        System.out.println("-- initials --");
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        c.initials.forEach((k, v) -> sj.add(k + "=" + v));
        System.out.println(sj);

        // Stream-based views of the same data.
        Map<Boolean, Long> shortLong = c.freq.keySet().stream()
                .collect(Collectors.partitioningBy(w -> w.length() > 4, Collectors.counting()));
        System.out.println("short/long distinct: " + shortLong);
        String once = c.freq.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(String::length).thenComparing(Function.identity()))
                .limit(8).collect(Collectors.joining(" "));
        System.out.println("hapax sample: " + once);
        Map<Integer, List<String>> byLen = c.freq.keySet().stream().filter(w -> w.length() >= 7)
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        byLen.values().forEach(Collections::sort);
        System.out.println("long words: " + byLen);
        OptionalDouble avg = all.stream().mapToInt(String::length).average();
        System.out.printf("avg line length %.3f%n", avg.orElse(0));
        String reversedTitle = all.isEmpty() ? "" : new StringBuilder(all.get(0)).reverse().toString();
        System.out.println("first line reversed: " + reversedTitle);
        long vowels = all.stream().flatMapToInt(String::chars).filter(ch -> "aeiouAEIOU".indexOf(ch) >= 0).count();
        System.out.println("ascii vowels: " + vowels);
    }
}
