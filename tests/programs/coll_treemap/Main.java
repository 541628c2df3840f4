import java.util.*;

/** TreeMap/TreeSet: navigation, sub/head/tail/descending views, polling, iterator removal, exceptions. */
public class Main {
    interface Action {
        Object run();
    }

    static void tryIt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e);
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        long seed = 7;
        for (int i = 0; i < 60; i++) {
            seed = seed * 1103515245 + 12345 & 0x7fffffffL;
            int k = (int) (seed % 200);
            tm.put(k, "v" + i);
        }
        System.out.println(tm.size() + " " + tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.firstEntry() + " " + tm.lastEntry());
        for (int k : new int[] {-5, 0, 50, 51, 100, 150, 199, 250}) {
            System.out.println(k + ": floor=" + tm.floorKey(k) + " ceil=" + tm.ceilingKey(k) + " lower=" + tm.lowerKey(k)
                    + " higher=" + tm.higherKey(k) + " " + tm.floorEntry(k) + " " + tm.higherEntry(k));
        }
        NavigableMap<Integer, String> sub = tm.subMap(40, true, 120, false);
        System.out.println(sub);
        System.out.println(sub.size() + " " + sub.firstKey() + " " + sub.lastKey() + " " + sub.containsKey(30) + " " + sub.get(30));
        System.out.println(tm.headMap(30) + " | " + tm.headMap(30, true).size());
        System.out.println(tm.tailMap(170) + " | " + tm.tailMap(170, false).keySet());
        NavigableMap<Integer, String> desc = tm.descendingMap();
        System.out.println(desc.firstKey() + " " + desc.headMap(160) + " " + desc.ceilingKey(101) + " " + desc.higherKey(101));
        System.out.println(desc.subMap(120, 40).keySet());
        System.out.println(desc.descendingMap().equals(tm) + " " + desc.equals(tm) + " " + desc.hashCode());
        System.out.println(tm.descendingKeySet().headSet(150));
        NavigableMap<Integer, String> subsub = sub.subMap(50, true, 100, true);
        System.out.println(subsub.keySet() + " " + subsub.descendingMap().keySet());
        tryIt("sub.put(200)", () -> sub.put(200, "x"));
        tryIt("sub.subMap out of range", () -> sub.subMap(0, 60));
        tryIt("tm.subMap(5,1)", () -> tm.subMap(5, 1));
        tryIt("sub.headMap(500)", () -> sub.headMap(500));
        tryIt("sub.tailMap(10)", () -> sub.tailMap(10));
        tryIt("empty firstKey", () -> new TreeMap<String, String>().firstKey());
        tryIt("empty lastKey", () -> new TreeMap<String, String>().lastKey());
        tryIt("null key", () -> tm.put(null, "x"));
        tryIt("get null", () -> tm.get(null));
        tryIt("firstEntry setValue", () -> tm.firstEntry().setValue("z"));
        System.out.println(new TreeMap<String, Integer>().firstEntry() + " " + new TreeMap<String, Integer>().pollFirstEntry());
        sub.put(77, "seventy-seven");
        sub.remove(tm.ceilingKey(60));
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + sub.pollFirstEntry() + " " + desc.pollFirstEntry());
        for (Map.Entry<Integer, String> e : sub.entrySet()) {
            e.setValue(e.getValue().toUpperCase());
        }
        Iterator<Integer> it = tm.keySet().iterator();
        while (it.hasNext()) {
            int k = it.next();
            if (k % 3 == 0) {
                it.remove();
            }
        }
        System.out.println(tm);
        Iterator<Map.Entry<Integer, String>> dit = desc.entrySet().iterator();
        while (dit.hasNext()) {
            if (dit.next().getKey() % 5 == 0) {
                dit.remove();
            }
        }
        System.out.println(tm + " " + tm.size());
        tryIt("CME", () -> {
            for (Integer k : tm.keySet()) {
                if (k > 100) {
                    tm.put(k + 1000, "new");
                }
            }
            return "none";
        });
        sub.clear();
        System.out.println(tm + " " + sub.isEmpty());

        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : new String[] {"kiwi", "fig", "banana", "apple", "date", "plum", "cherry", "lime"}) {
            byLen.merge(s, s.length(), Integer::sum);
        }
        System.out.println(byLen + " " + byLen.comparator().compare("aa", "b"));
        System.out.println(byLen.headMap("pear") + " " + byLen.tailMap("zzzz", true));

        TreeSet<String> ts = new TreeSet<>(List.of("m", "c", "x", "a", "q", "f", "t"));
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.floor("n") + " " + ts.higher("x") + " " + ts.ceiling("d"));
        System.out.println(ts.subSet("c", "q") + " " + ts.headSet("m", true) + " " + ts.tailSet("m", false) + " " + ts.descendingSet());
        NavigableSet<String> dset = ts.descendingSet();
        System.out.println(dset.first() + " " + dset.headSet("f") + " " + dset.lower("f") + " " + dset.pollFirst() + " " + ts);
        Iterator<String> di = ts.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            sb.append(di.next());
        }
        System.out.println(sb + " " + ts.pollFirst() + " " + ts.pollLast() + " " + ts);
        tryIt("ts.add(null)", () -> ts.add(null));
        tryIt("subSet add out of range", () -> ts.subSet("c", "m").add("z"));
        TreeSet<Integer> nums = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < 20; i++) {
            nums.add(i * 7 % 23);
        }
        System.out.println(nums + " " + nums.headSet(10) + " " + nums.contains(14) + " " + nums.remove(14) + " " + nums.remove(14));
        TreeSet<Integer> clone = new TreeSet<>(nums);
        System.out.println(clone.comparator() != null ? "kept comparator " + clone : "natural " + clone);
    }
}
