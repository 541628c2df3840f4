import java.util.*;

/** HashMap/HashSet iteration order (which depends on table size, hash spreading, resizes). */
public class Main {
    static final class Key {
        final int h;
        final String name;

        Key(int h, String name) {
            this.h = h;
            this.name = name;
        }

        public int hashCode() {
            return h;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).name.equals(name);
        }

        public String toString() {
            return name + "#" + h;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> words = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs "
                + "far away into the forest where many other animals live in peace with each other";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                words.merge(text.substring(start, i), 1, Integer::sum);
                start = i + 1;
            }
        }
        System.out.println(words);
        System.out.println(words.keySet());
        System.out.println(words.values());
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            System.out.print(e.getKey() + ":" + e.getValue() + " ");
        }
        System.out.println();

        Map<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 200; i += 7) {
            ints.put(i * 37 % 101 - 50, "v" + i);
        }
        System.out.println(ints);
        ints.keySet().removeIf(k -> k % 3 == 0);
        System.out.println(ints);

        // colliding keys in a small table: long bins force early resizes
        Map<Key, Integer> coll = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            coll.put(new Key((i % 3) * 16 + (i % 2) * 64, "k" + i), i);
            if (i % 5 == 4) {
                System.out.println(coll);
            }
        }
        coll.remove(new Key(0, "k0"));
        coll.remove(new Key(16, "k7"));
        System.out.println(coll);

        // computeIfAbsent / compute / merge insert at the head of a bin
        Map<Key, String> heads = new HashMap<>();
        heads.put(new Key(5, "a"), "1");
        heads.computeIfAbsent(new Key(5, "b"), k -> "2");
        heads.compute(new Key(5, "c"), (k, v) -> "3");
        heads.merge(new Key(5, "d"), "4", String::concat);
        heads.put(new Key(5, "e"), "5");
        heads.putIfAbsent(new Key(5, "f"), "6");
        System.out.println(heads);

        // presized maps
        for (int n : new int[] {0, 1, 3, 12, 13, 24, 25, 48, 100}) {
            Map<Integer, Integer> src = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                src.put(i * 17 + 3, i);
            }
            Map<Integer, Integer> copy = new HashMap<>(src);
            Map<Integer, Integer> viaPutAll = new HashMap<>();
            viaPutAll.putAll(src);
            Map<Integer, Integer> sized = new HashMap<>(n);
            sized.putAll(src);
            Set<Integer> set = new HashSet<>(src.keySet());
            System.out.println(n + " " + copy.keySet() + " " + viaPutAll.keySet().equals(copy.keySet()));
            System.out.println("  " + new ArrayList<>(viaPutAll.keySet()) + " " + sized.keySet() + " " + set);
        }

        Set<String> hs = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            hs.add("s" + (i * 7919 % 1000));
        }
        System.out.println(hs);
        System.out.println(hs.contains("s919") + " " + hs.contains("nope") + " " + hs.size());

        Map<String, Integer> nulls = new HashMap<>();
        nulls.put(null, 1);
        nulls.put("x", null);
        System.out.println(nulls + " " + nulls.get(null) + " " + nulls.containsKey("x") + " " + nulls.getOrDefault("x", 9)
                + " " + nulls.getOrDefault("y", 9));
        System.out.println(words.hashCode() + " " + ints.hashCode() + " " + words.equals(new HashMap<>(words)));
        System.out.println(HashMap.newHashMap(5).size());
    }
}
