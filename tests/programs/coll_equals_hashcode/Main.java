import java.util.*;

/** equals/hashCode/toString agreement across list, set and map implementations. */
public class Main {
    public static void main(String[] args) {
        List<List<String>> lists = List.of(
                new ArrayList<>(List.of("a", "b", "c")),
                new LinkedList<>(List.of("a", "b", "c")),
                Arrays.asList("a", "b", "c"),
                List.of("a", "b", "c"),
                Collections.unmodifiableList(new ArrayList<>(List.of("a", "b", "c"))),
                new ArrayList<>(List.of("x", "a", "b", "c", "y")).subList(1, 4),
                new ArrayList<>(List.of("a", "b")),
                new ArrayList<>(List.of("c", "b", "a")));
        for (List<String> l1 : lists) {
            StringBuilder sb = new StringBuilder(l1 + " " + l1.hashCode() + ":");
            for (List<String> l2 : lists) {
                sb.append(l1.equals(l2) ? '=' : '.');
            }
            System.out.println(sb);
        }
        List<Set<Integer>> sets = List.of(
                new HashSet<>(List.of(1, 2, 3)),
                new LinkedHashSet<>(List.of(3, 2, 1)),
                new TreeSet<>(List.of(2, 3, 1)),
                Set.of(1, 2, 3),
                Collections.unmodifiableSet(new HashSet<>(List.of(1, 2, 3))),
                new TreeMap<>(Map.of(1, "a", 2, "b", 3, "c")).keySet(),
                new HashMap<>(Map.of(1, "a", 2, "b", 3, "c")).keySet(),
                new HashSet<>(List.of(1, 2)),
                new TreeSet<>(List.of(1, 2, 4)));
        for (Set<Integer> s1 : sets) {
            StringBuilder sb = new StringBuilder(s1.hashCode() + ":");
            for (Set<Integer> s2 : sets) {
                sb.append(s1.equals(s2) ? '=' : '.');
            }
            System.out.println(sb);
        }
        System.out.println(new HashSet<>(List.of(1, 2, 3)).equals(List.of(1, 2, 3)) + " " + List.of(1, 2, 3).equals(new HashSet<>(List.of(1, 2, 3))));
        List<Map<String, Integer>> maps = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        first.put("one", 1);
        first.put("two", 2);
        first.put("three", 3);
        maps.add(first);
        maps.add(new LinkedHashMap<>(maps.get(0)));
        maps.add(new TreeMap<>(maps.get(0)));
        maps.add(Map.of("three", 3, "two", 2, "one", 1));
        maps.add(Collections.unmodifiableMap(new TreeMap<>(maps.get(0))));
        maps.add(new TreeMap<>(maps.get(0)).headMap("two", true));
        maps.add(new TreeMap<>(Map.of("one", 1, "two", 2)));
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("two", 2);
        withNull.put("one", 1);
        withNull.put("three", null);
        maps.add(withNull);
        for (Map<String, Integer> m1 : maps) {
            StringBuilder sb = new StringBuilder(m1.hashCode() + " " + m1.entrySet().hashCode() + " " + m1.keySet().hashCode() + ":");
            for (Map<String, Integer> m2 : maps) {
                sb.append(m1.equals(m2) ? '=' : '.');
            }
            System.out.println(sb);
        }
        System.out.println(maps.get(0) + " " + maps.get(2) + " " + maps.get(2).entrySet() + " " + withNull);
        Map.Entry<String, Integer> e1 = new AbstractMap.SimpleEntry<>("k", 1);
        Map.Entry<String, Integer> e2 = new AbstractMap.SimpleImmutableEntry<>("k", 1);
        Map.Entry<String, Integer> e3 = Map.entry("k", 1);
        Map.Entry<String, Integer> e4 = maps.get(2).entrySet().iterator().next();
        System.out.println(e1 + " " + e2 + " " + e3 + " " + e4 + " " + e1.equals(e2) + e2.equals(e3) + e3.equals(e1) + e4.equals(Map.entry("one", 1))
                + " " + e1.hashCode() + " " + e3.hashCode() + " " + e4.hashCode());
        e1.setValue(7);
        System.out.println(e1 + " " + e1.equals(e2));
        Map<Object, Object> self = new HashMap<>();
        self.put("me", self);
        List<Object> selfList = new ArrayList<>();
        selfList.add(selfList);
        selfList.add(1);
        System.out.println(self + " " + selfList);
        Map<List<Integer>, String> keyed = new HashMap<>();
        keyed.put(List.of(1, 2), "list12");
        keyed.put(new ArrayList<>(List.of(3)), "list3");
        System.out.println(keyed.get(Arrays.asList(1, 2)) + " " + keyed.get(new LinkedList<>(List.of(3))) + " " + keyed.containsKey(List.of(2, 1)));
        Set<Set<Integer>> setOfSets = new HashSet<>();
        setOfSets.add(new TreeSet<>(List.of(1, 2)));
        setOfSets.add(new HashSet<>(List.of(2, 1)));
        setOfSets.add(Set.of(3));
        System.out.println(setOfSets.size() + " " + setOfSets.contains(new LinkedHashSet<>(List.of(1, 2))));
    }
}
