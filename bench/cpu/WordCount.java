import java.util.HashMap;
import java.util.Map;

/**
 * A HashMap word count over a generated text: 300 000 words made of syllables picked by a linear
 * congruential generator (the same text on every run and every VM), split by hand on spaces and
 * newlines, counted in a HashMap<String, Integer>. Measures String hashing/equality, substring
 * allocation, boxing and HashMap probing.
 */
public class WordCount {
    static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "an", "el"};
    static final String TEXT = text(300_000);

    static String text(int words) {
        StringBuilder sb = new StringBuilder();
        long seed = 42;
        for (int w = 0; w < words; w++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int syllables = 1 + (int) ((seed >>> 33) % 3);
            for (int s = 0; s < syllables; s++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                sb.append(SYLLABLES[(int) ((seed >>> 33) % SYLLABLES.length)]);
            }
            sb.append(w % 12 == 11 ? '\n' : ' ');
        }
        return sb.toString();
    }

    static long unit() {
        Map<String, Integer> counts = new HashMap<>();
        String t = TEXT;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\n') {
                if (i > start) {
                    counts.merge(t.substring(start, i), 1, Integer::sum);
                }
                start = i + 1;
            }
        }
        // Independent of iteration order, which differs between HashMap implementations.
        long sum = counts.size();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sum += (long) e.getKey().hashCode() * e.getValue();
        }
        return sum;
    }

    public static void main(String[] args) {
        Harness.main(args, 10, WordCount::unit);
    }
}
