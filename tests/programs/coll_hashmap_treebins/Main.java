import java.util.*;

/**
 * HashMap with many colliding keys: long bins become tree bins once the table has 64 slots, which
 * changes iteration order; removals, resizes (bin splits), compute/merge and iterator removal on them.
 */
public class Main {
    static final class K implements Comparable<K> {
        final int h;
        final int id;

        K(int h, int id) {
            this.h = h;
            this.id = id;
        }

        public int hashCode() {
            return h;
        }

        public boolean equals(Object o) {
            return o instanceof K k && k.id == id;
        }

        public int compareTo(K o) {
            return Integer.compare(id, o.id);
        }

        public String toString() {
            return Integer.toString(id);
        }
    }

    static long seed = 99;

    static int rnd(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    static K key(int id) {
        // few distinct hashes: 0, 64, 128 ... collide in small tables and split on resize
        return new K((id % 4) * 64 + (id % 3 == 0 ? 1 << 12 : 0), id);
    }

    public static void main(String[] args) {
        for (int round = 0; round < 6; round++) {
            Map<K, Integer> m = round % 2 == 0 ? new HashMap<>(64) : new HashMap<>();
            StringBuilder log = new StringBuilder();
            for (int step = 0; step < 120; step++) {
                int id = rnd(90);
                int op = rnd(10);
                if (op < 5) {
                    m.put(key(id), step);
                } else if (op < 7) {
                    m.remove(key(id));
                } else if (op == 7) {
                    m.merge(key(id), 1, Integer::sum);
                } else if (op == 8) {
                    m.computeIfAbsent(key(id), k -> k.id * 2);
                } else {
                    m.compute(key(id), (k, v) -> v == null ? -1 : (v % 2 == 0 ? null : v + 1));
                }
                if (step % 20 == 19) {
                    log.append(m.keySet()).append('\n');
                }
            }
            Iterator<K> it = m.keySet().iterator();
            while (it.hasNext()) {
                if (it.next().id % 5 == 0) {
                    it.remove();
                }
            }
            log.append("after iterator removal ").append(m.keySet()).append(' ').append(m.size());
            System.out.println("round " + round + "\n" + log);
            for (int id = 0; id < 90; id++) {
                Integer v = m.get(key(id));
                if (v != null && v < 0) {
                    System.out.print(id + " ");
                }
            }
            System.out.println();
        }

        // one big bin growing and shrinking
        Map<K, String> bin = new HashMap<>(128);
        int[] order = new int[40];
        for (int i = 0; i < order.length; i++) {
            order[i] = (i * 17 + 5) % 40;
        }
        for (int id : order) {
            bin.put(new K(42, id), "v" + id);
        }
        System.out.println(bin.keySet());
        for (int i = 0; i < 36; i++) {
            bin.remove(new K(42, order[(i * 7) % 40]));
            if (i % 6 == 5) {
                System.out.println(bin.keySet());
            }
        }

        // String keys with equal hash codes ("Aa".hashCode() == "BB".hashCode())
        Map<String, Integer> strs = new HashMap<>();
        String[] parts = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 5; b >= 0; b--) {
                sb.append(parts[((i * 37) >> b) & 1]);
            }
            strs.put(sb.toString(), i);
            strs.put("x" + i, i);
        }
        System.out.println(strs.keySet());
        strs.keySet().removeIf(s -> s.startsWith("AaBB"));
        System.out.println(strs.keySet());
        HashSet<String> copy = new HashSet<>(strs.keySet());
        System.out.println(copy);

        // LinkedHashMap keeps insertion order whatever the bins are
        LinkedHashMap<K, Integer> lhm = new LinkedHashMap<>(64);
        for (int i = 0; i < 30; i++) {
            lhm.put(new K(7, (i * 11) % 30), i);
        }
        lhm.remove(new K(7, 11));
        lhm.put(new K(7, 100), 100);
        System.out.println(lhm);
    }
}
