import java.util.*;

/** LinkedHashMap in insertion and access order, an LRU cache via removeEldestEntry, LinkedHashSet. */
public class Main {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        final List<K> evicted = new ArrayList<>();

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            if (size() > capacity) {
                evicted.add(eldest.getKey());
                return true;
            }
            return false;
        }
    }

    public static void main(String[] args) {
        Lru<Integer, String> cache = new Lru<>(5);
        int[] accesses = {1, 2, 3, 1, 4, 5, 2, 6, 7, 1, 3, 3, 8, 2, 9, 4, 1, 10, 5, 6};
        int hits = 0;
        for (int k : accesses) {
            String v = cache.get(k);
            if (v == null) {
                cache.put(k, "page" + k);
            } else {
                hits++;
            }
            System.out.println("access " + k + " -> " + cache.keySet());
        }
        System.out.println("hits=" + hits + " evicted=" + cache.evicted + " " + cache);
        cache.getOrDefault(6, "none");
        cache.putIfAbsent(9, "x");
        cache.replace(10, "TEN");
        cache.compute(1, (k, v) -> v + "!");
        cache.merge(6, "?", String::concat);
        System.out.println(cache);
        try {
            for (Integer k : cache.keySet()) {
                cache.get(k);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME on get in access-order iteration");
        }

        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        for (String s : new String[] {"zeta", "alpha", "mu", "beta", "alpha", "omega", "mu"}) {
            ins.merge(s, 1, Integer::sum);
        }
        System.out.println(ins + " " + ins.keySet() + " " + ins.values());
        ins.get("zeta");
        ins.put("beta", 10);
        ins.remove("mu");
        ins.put("mu", 5);
        System.out.println(ins);
        ins.entrySet().removeIf(e -> e.getValue() > 3);
        ins.replaceAll((k, v) -> v * 100);
        System.out.println(ins + " " + ins.containsValue(100) + " " + ins.equals(Map.of("zeta", 100, "alpha", 200, "omega", 100)));
        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(ins);
        copy.putAll(Map.of("new", 1));
        System.out.println(copy + " " + copy.hashCode());
        StringBuilder sb = new StringBuilder();
        copy.forEach((k, v) -> sb.append(k).append(v));
        System.out.println(sb);

        LinkedHashSet<Character> seen = new LinkedHashSet<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            seen.add(c);
        }
        System.out.println(seen + " " + seen.size());
        seen.remove(' ');
        seen.add('t');
        System.out.println(seen.iterator().next() + " " + seen.contains('z') + " " + new LinkedHashSet<>(List.of(3, 1, 2, 1)));
        HashSet<Integer> plain = new HashSet<>(List.of(300, 1, 45, 17, 2));
        System.out.println(plain + " " + new LinkedHashSet<>(plain));
    }
}
