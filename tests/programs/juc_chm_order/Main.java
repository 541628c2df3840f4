import java.util.*;
import java.util.concurrent.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
        for (int k : new int[] {0, 16, 32, 48, 64, 80, 96, 112}) {
            m.put(k, k);
        }
        System.out.println("collide8 " + m);
        for (int k = 1; k <= 4; k++) {
            m.put(k, k);
        }
        System.out.println("after12 " + m);
        for (int k = 5; k < 30; k++) {
            m.put(k, k);
        }
        System.out.println("grown " + m);
        m = new ConcurrentHashMap<>();
        for (int k : new int[] {0, 16, 32, 48, 80, 64, 112, 96, 144, 128}) {
            m.put(k, k);
        }
        m.put(1000, 1);
        m.put(1001, 1);
        System.out.println("alt " + m);

        // long bins: presize of small tables, then tree bins (new nodes first)
        m = new ConcurrentHashMap<>();
        for (int k = 0; k < 12; k++) {
            m.put(k * 256, k);
        }
        System.out.println("collide " + m);
        m = new ConcurrentHashMap<>();
        for (int k = 0; k < 20; k++) {
            m.put(k * 1024, k);
        }
        System.out.println("collide2 " + m);
        for (int k = 0; k < 60; k++) {
            m.put(100000 + k * 7, k);
        }
        System.out.println("collide2 grown " + m);

        // constructors and putAll sizing
        Map<Integer, Integer> src = new LinkedHashMap<>();
        for (int k = 0; k < 12; k++) {
            src.put(k * 32, k);
        }
        System.out.println("ctor " + new ConcurrentHashMap<>(src));
        ConcurrentHashMap<Integer, Integer> p = new ConcurrentHashMap<>();
        p.putAll(src);
        System.out.println("putAll " + p);
        ConcurrentHashMap<Integer, Integer> q = new ConcurrentHashMap<>();
        q.put(7, 7);
        q.putAll(src);
        System.out.println("putAll non-empty " + q);
        for (int cap : new int[] {0, 1, 2, 3, 6, 12, 17, 100}) {
            ConcurrentHashMap<Integer, Integer> c = new ConcurrentHashMap<>(cap);
            for (int k : new int[] {0, 2, 4, 8, 16, 32, 64, 128, 256}) {
                c.put(k, k);
            }
            System.out.println("cap " + cap + " " + c);
        }
        ConcurrentHashMap<Integer, Integer> lf = new ConcurrentHashMap<>(5, 0.5f);
        for (int k : new int[] {0, 16, 32, 8}) {
            lf.put(k, k);
        }
        System.out.println("lf " + lf);

        ConcurrentHashMap<String, Integer> s = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) {
            s.put("k" + i, i);
        }
        System.out.println(s);
        System.out.println(s.keySet());
        System.out.println(s.values());

        // 10k random operations (fixed seed) from several threads on disjoint key ranges, then print
        ConcurrentHashMap<Integer, Integer> big = new ConcurrentHashMap<>();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < 4; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                Random r = new Random(id);
                for (int i = 0; i < 2500; i++) {
                    int k = r.nextInt(3000) * 4 + id;
                    switch (r.nextInt(6)) {
                        case 0, 1 -> big.put(k, i);
                        case 2 -> big.remove(k);
                        case 3 -> big.merge(k, 1, Integer::sum);
                        case 4 -> big.computeIfAbsent(k, x -> x * 2);
                        default -> big.compute(k, (kk, v) -> v == null ? null : v + 1);
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        // contents are deterministic (disjoint keys per thread), bin order is not: print sorted
        System.out.println("size " + big.size() + " " + big.mappingCount() + " hash " + big.hashCode());
        System.out.println(new TreeMap<>(big));
        // the same 10k operations from one thread: the HotSpot order must match exactly
        ConcurrentHashMap<Integer, Integer> one = new ConcurrentHashMap<>();
        for (int id = 0; id < 4; id++) {
            Random r = new Random(id);
            for (int i = 0; i < 2500; i++) {
                int k = r.nextInt(3000) * 4 + id;
                switch (r.nextInt(6)) {
                    case 0, 1 -> one.put(k, i);
                    case 2 -> one.remove(k);
                    case 3 -> one.merge(k, 1, Integer::sum);
                    case 4 -> one.computeIfAbsent(k, x -> x * 2);
                    default -> one.compute(k, (kk, v) -> v == null ? null : v + 1);
                }
            }
        }
        System.out.println(one);
        StringBuilder sb = new StringBuilder();
        one.forEach((k, v) -> {
            if (k % 97 == 0) {
                sb.append(k).append(':').append(v).append(' ');
            }
        });
        System.out.println(sb);
        for (int k = 0; k < 12000; k += 3) {
            one.remove(k);
        }
        System.out.println("after removals " + one.size() + " " + one);

        // API behaviour
        ConcurrentHashMap<String, Integer> a = new ConcurrentHashMap<>();
        System.out.println(a.putIfAbsent("x", 1) + " " + a.putIfAbsent("x", 2) + " " + a.getOrDefault("y", -1) + " " + a.get("x"));
        System.out.println(a.replace("x", 5) + " " + a.replace("x", 5, 6) + " " + a.replace("x", 5, 7) + " " + a.remove("x", 1) + " " + a);
        System.out.println(a.computeIfAbsent("y", k -> k.length()) + " " + a.computeIfAbsent("z", k -> null) + " " + a.computeIfPresent("y", (k, v) -> v + 10)
                + " " + a.compute("y", (k, v) -> null) + " " + a.merge("m", 3, Integer::sum) + " " + a.merge("m", 4, Integer::sum) + " " + a.merge("m", 1, (x, y) -> null) + " " + a);
        for (String k : new String[] {"a", "b", "c", "d"}) {
            a.put(k, k.charAt(0) - 'a');
        }
        a.replaceAll((k, v) -> v * 10);
        System.out.println(a + " " + a.containsValue(20) + " " + a.contains(30) + " " + a.containsKey("b") + " " + a.equals(new HashMap<>(a)) + " " + a.hashCode());
        Iterator<Map.Entry<String, Integer>> it = a.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getKey().equals("b")) {
                it.remove();
            } else {
                e.setValue(e.getValue() + 1);
            }
        }
        System.out.println(a + " " + a.entrySet() + " " + a.keySet().contains("c") + " " + a.values().contains(31));
        try {
            a.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key NPE");
        }
        try {
            a.put("q", null);
        } catch (NullPointerException e) {
            System.out.println("null value NPE");
        }
        try {
            a.keySet().add("nope");
        } catch (UnsupportedOperationException e) {
            System.out.println("keySet add " + e);
        }
        ConcurrentHashMap.KeySetView<String, Integer> withDefault = a.keySet(99);
        withDefault.add("w");
        System.out.println(a + " " + withDefault.getMappedValue());
        Set<String> ks = ConcurrentHashMap.newKeySet();
        for (String w : new String[] {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end"}) {
            ks.add(w);
        }
        System.out.println(ks + " " + ks.size() + " " + ks.contains("fox") + " " + ks.remove("fox") + " " + ks);
        a.clear();
        System.out.println(a + " " + a.isEmpty() + " " + a.keySet() + " " + a.values());
        try {
            new ConcurrentHashMap<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
