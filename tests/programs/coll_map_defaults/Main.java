import java.util.*;

/** Map default methods (compute*, merge, putIfAbsent, replace, remove(k,v)...) on several maps, and their CME checks. */
public class Main {
    static void exercise(String name, Map<String, Integer> m) {
        m.put("a", 1);
        m.put("b", 2);
        m.put("c", 3);
        StringBuilder sb = new StringBuilder(name + ": ");
        sb.append(m.putIfAbsent("a", 10)).append(' ').append(m.putIfAbsent("d", 4)).append(' ');
        sb.append(m.computeIfAbsent("e", k -> 5)).append(' ').append(m.computeIfAbsent("a", k -> 99)).append(' ');
        sb.append(m.computeIfAbsent("f", k -> null)).append(' ');
        sb.append(m.computeIfPresent("b", (k, v) -> v * 10)).append(' ').append(m.computeIfPresent("zz", (k, v) -> 1)).append(' ');
        sb.append(m.computeIfPresent("c", (k, v) -> null)).append(' ');
        sb.append(m.compute("d", (k, v) -> v == null ? -1 : v + 100)).append(' ').append(m.compute("g", (k, v) -> v == null ? 7 : v)).append(' ');
        sb.append(m.compute("e", (k, v) -> null)).append(' ');
        sb.append(m.merge("a", 5, Integer::sum)).append(' ').append(m.merge("h", 8, Integer::sum)).append(' ');
        sb.append(m.merge("g", 1, (x, y) -> null)).append(' ');
        sb.append(m.replace("a", 0)).append(' ').append(m.replace("nope", 0)).append(' ');
        sb.append(m.replace("b", 20, 21)).append(m.replace("b", 20, 22)).append(' ');
        sb.append(m.remove("h", 9)).append(m.remove("h", 8)).append(' ');
        sb.append(m.getOrDefault("a", -9)).append(' ').append(m.getOrDefault("q", -9)).append(' ');
        m.replaceAll((k, v) -> v + k.length());
        sb.append(new TreeMap<>(m));
        StringBuilder fe = new StringBuilder();
        m.forEach((k, v) -> fe.append(k).append(v));
        System.out.println(sb + " size=" + m.size() + " forEachLen=" + fe.length());
        try {
            m.merge("a", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("  merge null value: NPE");
        }
    }

    public static void main(String[] args) {
        exercise("HashMap", new HashMap<>());
        exercise("LinkedHashMap", new LinkedHashMap<>());
        exercise("TreeMap", new TreeMap<>());
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
        exercise("LinkedHashMap2", lhm);
        System.out.println("  order " + lhm);
        HashMap<String, Integer> hm = new HashMap<>();
        exercise("HashMap2", hm);
        System.out.println("  order " + hm);

        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            groups.computeIfAbsent(i % 7, k -> new ArrayList<>()).add(i);
        }
        System.out.println(groups);
        Map<Integer, Integer> fib = new HashMap<>();
        try {
            fibo(30, fib);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("recursive computeIfAbsent: CME");
        }
        Map<String, Integer> hm2 = new HashMap<>(Map.of("k", 1));
        try {
            hm2.compute("j", (k, v) -> {
                hm2.put("other", 1);
                return 2;
            });
        } catch (ConcurrentModificationException e) {
            System.out.println("compute modifying map: CME");
        }
        try {
            for (String k : hm2.keySet()) {
                hm2.remove(k);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("remove during keySet iteration: CME");
        }
        System.out.println(hm2);
        Map<String, Integer> it = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            it.put("key" + i, i);
        }
        it.entrySet().removeIf(e -> e.getValue() % 3 != 0);
        it.values().removeIf(v -> v > 30);
        it.keySet().remove("key0");
        for (Iterator<Map.Entry<String, Integer>> i = it.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, Integer> e = i.next();
            if (e.getKey().endsWith("2")) {
                i.remove();
            } else {
                e.setValue(e.getValue() * -1);
            }
        }
        System.out.println(it + " " + it.values() + " " + it.entrySet().contains(Map.entry("key3", -3)) + " " + it.containsValue(-9));
        try {
            Iterator<String> ki = it.keySet().iterator();
            ki.remove();
        } catch (IllegalStateException e) {
            System.out.println("ISE");
        }
        it.keySet().retainAll(Set.of("key3", "key6", "key9"));
        System.out.println(it);
        it.clear();
        System.out.println(it + " " + it.isEmpty());
    }

    static int fibo(int n, Map<Integer, Integer> memo) {
        if (n < 2) {
            return n;
        }
        return memo.computeIfAbsent(n, k -> fibo(k - 1, memo) + fibo(k - 2, memo));
    }
}
