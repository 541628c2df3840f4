import java.util.*;

/** Map default methods on HashMap, TreeMap and LinkedHashMap: compute*, merge, replaceAll, putIfAbsent, remove(k, v). */
public class Main {
    static void exercise(Map<String, Integer> m) {
        String[] words = "to be or not to be that is the question to ask".split(" ");
        for (String w : words) m.merge(w, 1, Integer::sum);
        m.computeIfPresent("be", (k, v) -> v * 100);
        m.computeIfPresent("missing", (k, v) -> 1);
        m.computeIfAbsent("new", k -> k.length());
        m.computeIfAbsent("to", k -> 999);
        m.computeIfAbsent("none", k -> null);
        m.compute("or", (k, v) -> v == null ? 1 : null);   // removes "or"
        m.compute("nor", (k, v) -> v == null ? -1 : v + 1);
        m.merge("is", 5, (a, b) -> null);                  // removes "is"
        m.putIfAbsent("that", 77);
        m.putIfAbsent("those", 3);
        boolean removed = m.remove("the", 2), removed2 = m.remove("the", 1);
        boolean replaced = m.replace("ask", 1, 10);
        m.replace("zzz", 5);
        m.replaceAll((k, v) -> k.length() > 3 ? -v : v);
        System.out.println(m.getClass().getSimpleName() + " " + m + " removed=" + removed + "/" + removed2 + " replaced=" + replaced
                + " getOrDefault=" + m.getOrDefault("gone", -7) + " size=" + m.size());
    }

    public static void main(String[] args) {
        exercise(new HashMap<>());
        exercise(new TreeMap<>());
        exercise(new LinkedHashMap<>());
        Map<Character, List<String>> index = new TreeMap<>();
        for (String w : List.of("apple", "avocado", "banana", "blueberry", "cherry", "apricot"))
            index.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        System.out.println(index);
        Map<String, Integer> hm = new HashMap<>();
        for (int i = 0; i < 100; i++) hm.put("key" + i, i);
        hm.entrySet().removeIf(e -> e.getValue() % 7 != 0);
        System.out.println(hm);
        StringBuilder order = new StringBuilder();
        hm.forEach((k, v) -> order.append(v).append(','));
        System.out.println(order + " " + hm.keySet().iterator().next() + " " + hm.values().stream().mapToInt(x -> x).sum());
        try {
            hm.computeIfAbsent("boom", k -> {
                hm.put("other", 1);
                return 2;
            });
            System.out.println("no CME " + hm.get("boom"));
        } catch (ConcurrentModificationException e) {
            System.out.println("CME from mapping function");
        }
        Map<String, Integer> copy = new HashMap<>(Map.of("x", 1));
        System.out.println(copy.equals(Map.of("x", 1)) + " " + copy.hashCode() + " " + Map.entry("k", 2) + " " + new TreeMap<>(Map.of("b", 2, "a", 1)).firstEntry());
    }
}
