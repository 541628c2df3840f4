import java.util.*;

/** NavigableMap/NavigableSet: floor/ceiling/higher/lower, head/tail/sub views, descending views, poll, comparators. */
public class Main {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < 50; i += 5) m.put(i, "v" + i);
        for (int k : new int[] {-1, 0, 7, 25, 45, 99}) {
            System.out.println(k + ": floor=" + m.floorKey(k) + " ceil=" + m.ceilingKey(k) + " lower=" + m.lowerKey(k) + " higher="
                    + m.higherKey(k) + " floorEntry=" + m.floorEntry(k));
        }
        System.out.println(m.headMap(15) + " " + m.headMap(15, true) + " " + m.tailMap(40) + " " + m.tailMap(40, false));
        NavigableMap<Integer, String> sub = m.subMap(10, true, 30, false);
        System.out.println(sub + " first=" + sub.firstKey() + " last=" + sub.lastEntry());
        sub.put(12, "new");
        try {
            sub.put(31, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("out of range: " + e.getMessage());
        }
        System.out.println(m.descendingMap() + " " + m.descendingKeySet().first() + " " + m.navigableKeySet().ceiling(13));
        System.out.println(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m.firstEntry() + " " + m.size());
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1);
        ci.put("apple", 2);
        ci.put("BANANA", 3);
        System.out.println(ci + " " + ci.get("APPLE") + " " + ci.comparator().compare("a", "B"));
        TreeSet<String> set = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        set.addAll(List.of("kiwi", "fig", "apple", "date", "plum", "banana", "yam"));
        System.out.println(set + " " + set.first() + " " + set.ceiling("zzzz") + " " + set.headSet("pear") + " " + set.descendingSet());
        System.out.println(set.pollFirst() + " " + set.pollLast() + " " + set.subSet("zz", "aaaaa") + " " + set.tailSet("kiwi", false));
        TreeMap<Double, String> grades = new TreeMap<>(Map.of(90.0, "A", 80.0, "B", 70.0, "C", 60.0, "D", 0.0, "F"));
        for (double score : new double[] {95, 80, 79.9, 61, 12, -1}) {
            Map.Entry<Double, String> e = grades.floorEntry(score);
            System.out.print(score + "=" + (e == null ? "?" : e.getValue()) + " ");
        }
        System.out.println();
        try {
            new TreeMap<Object, Integer>().put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key NPE");
        }
        try {
            new TreeSet<>().first();
        } catch (NoSuchElementException e) {
            System.out.println("empty first NSEE");
        }
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        Random r = new Random(8);
        for (int i = 0; i < 1000; i++) counts.merge(r.nextInt(20), 1, Integer::sum);
        System.out.println(counts + " " + counts.lastKey() + " " + counts.headMap(5).values().stream().mapToInt(Integer::intValue).sum());
        Iterator<Integer> it = counts.keySet().iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(counts.keySet() + " " + counts.descendingMap().headMap(10).keySet());
    }
}
