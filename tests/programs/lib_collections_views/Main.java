import java.util.*;

/** Views and utilities: subList, keySet/values/entrySet write-through, unmodifiable views, Collections helpers. */
public class Main {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) list.add(i * i);
        List<Integer> sub = list.subList(3, 8);
        sub.set(0, -9);
        sub.remove(Integer.valueOf(16));
        sub.add(1000);
        System.out.println(list + " sub=" + sub + " " + sub.indexOf(1000));
        sub.clear();
        System.out.println(list + " " + list.size());
        Map<String, Integer> map = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5));
        map.keySet().remove("b");
        map.values().removeIf(v -> v % 2 == 1 && v > 3);
        for (Map.Entry<String, Integer> e : map.entrySet()) e.setValue(e.getValue() * 100);
        System.out.println(map);
        Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println(map + " " + map.containsValue(300));
        List<String> ro = Collections.unmodifiableList(new ArrayList<>(List.of("x", "y")));
        try {
            ro.add("z");
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE unmodifiable");
        }
        try {
            List.of(1).set(0, 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE List.of");
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("NPE List.of(null)");
        }
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        Collections.rotate(nums, 2);
        System.out.println("rotate " + nums);
        Collections.swap(nums, 0, 5);
        Collections.reverse(nums);
        System.out.println("swap+reverse " + nums + " max " + Collections.max(nums) + " min " + Collections.min(nums));
        System.out.println(Collections.frequency(List.of(1, 2, 1, 1, 3), 1) + " " + Collections.disjoint(List.of(1, 2), Set.of(3))
                + " " + Collections.nCopies(3, "ab") + " " + Collections.emptyMap() + " " + Collections.singletonList(7));
        List<Integer> filled = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(filled, 7);
        Collections.addAll(filled, 1, 2);
        System.out.println(filled + " " + Collections.indexOfSubList(filled, List.of(7, 1)) + " " + Collections.lastIndexOfSubList(filled, List.of(7)));
        List<String> arr = Arrays.asList("q", "w", "e");
        arr.set(1, "W");
        try {
            arr.add("r");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList fixed size " + arr);
        }
        Deque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3));
        List<Integer> copy = new ArrayList<>(dq);
        Collections.shuffle(copy, new Random(4));
        System.out.println(copy + " " + new LinkedHashSet<>(List.of(3, 1, 3, 2, 1)) + " " + Set.copyOf(List.of(1, 1)).size());
        ListIterator<Integer> li = copy.listIterator();
        while (li.hasNext()) {
            int v = li.next();
            if (v == 2) li.add(20);
            else li.set(v * 10);
        }
        while (li.hasPrevious()) System.out.print(li.previous() + "@" + li.nextIndex() + " ");
        System.out.println();
        List<Integer> cme = new ArrayList<>(List.of(1, 2, 3));
        try {
            for (Integer x : cme) if (x == 1) cme.remove(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
        System.out.println(cme + " " + List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + List.of(1, 2).hashCode() + " " + Set.of().isEmpty());
    }
}
