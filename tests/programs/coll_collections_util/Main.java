import java.util.*;

/** Collections utilities, unmodifiable/empty/singleton collections, List.of/Set.of/Map.of, Arrays.asList. */
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
        List<Integer> nums = new ArrayList<>();
        Collections.addAll(nums, 5, 3, 9, 1, 7, 3, 8, 2);
        Collections.sort(nums);
        System.out.println(nums + " " + Collections.binarySearch(nums, 7) + " " + Collections.binarySearch(nums, 4));
        Collections.reverse(nums);
        System.out.println(nums + " " + Collections.binarySearch(nums, 7, Collections.reverseOrder()));
        Collections.swap(nums, 0, 7);
        Collections.rotate(nums, 3);
        System.out.println(nums + " max=" + Collections.max(nums) + " min=" + Collections.min(nums)
                + " maxRev=" + Collections.max(nums, Collections.reverseOrder()) + " freq3=" + Collections.frequency(nums, 3));
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println(nums + " " + Collections.disjoint(nums, List.of(4, 6)) + " " + Collections.disjoint(nums, List.of(4, 5)));
        List<String> filled = new ArrayList<>(Collections.nCopies(4, "x"));
        Collections.fill(filled, "y");
        List<String> dest = new ArrayList<>(List.of("a", "b", "c", "d", "e"));
        Collections.copy(dest, filled);
        System.out.println(filled + " " + dest + " " + Collections.nCopies(3, 7) + " " + Collections.nCopies(0, 1));
        LinkedList<Integer> linked = new LinkedList<>(List.of(1, 2, 3, 4, 5, 6));
        Collections.reverse(linked);
        Collections.rotate(linked, -2);
        System.out.println(linked);
        tryIt("swap out of range", () -> { Collections.swap(nums, 0, 10); return null; });
        tryIt("max of empty", () -> Collections.max(new ArrayList<Integer>()));
        tryIt("nCopies(-1)", () -> Collections.nCopies(-1, "a"));
        tryIt("copy too small", () -> { Collections.copy(new ArrayList<>(List.of(1)), List.of(1, 2)); return null; });

        List<Integer> un = Collections.unmodifiableList(nums);
        System.out.println(un + " " + un.get(2) + " " + un.size() + " " + un.equals(nums) + " " + un.subList(1, 3));
        tryIt("un.add", () -> un.add(1));
        tryIt("un.set", () -> un.set(0, 1));
        tryIt("un.iterator.remove", () -> { Iterator<Integer> i = un.iterator(); i.next(); i.remove(); return null; });
        tryIt("un.sort", () -> { un.sort(null); return null; });
        nums.add(100);
        System.out.println("view sees change: " + un);
        Map<String, Integer> base = new TreeMap<>(Map.of("a", 1, "b", 2));
        Map<String, Integer> um = Collections.unmodifiableMap(base);
        System.out.println(um + " " + um.get("a") + " " + um.getOrDefault("z", -1) + " " + um.keySet() + " " + um.values());
        tryIt("um.put", () -> um.put("c", 3));
        tryIt("um.entry.setValue", () -> um.entrySet().iterator().next().setValue(5));
        tryIt("um.merge", () -> um.merge("a", 1, Integer::sum));
        Set<String> us = Collections.unmodifiableSet(new TreeSet<>(Set.of("q", "r")));
        System.out.println(us + " " + us.contains("q") + " " + us.equals(Set.of("r", "q")) + " " + us.hashCode());
        tryIt("us.remove", () -> us.remove("q"));
        Collection<String> uc = Collections.unmodifiableCollection(new ArrayList<>(List.of("c1", "c2")));
        System.out.println(uc + " " + uc.size());
        tryIt("uc.clear", () -> { uc.clear(); return null; });

        System.out.println(Collections.emptyList() + " " + Collections.emptySet() + " " + Collections.emptyMap()
                + " " + Collections.emptyList().size() + " " + Collections.emptyMap().get("x"));
        tryIt("emptyList.get(0)", () -> Collections.emptyList().get(0));
        tryIt("emptyList.add", () -> Collections.<String>emptyList().add("x"));
        tryIt("emptyIterator.next", () -> Collections.emptyIterator().next());
        List<String> single = Collections.singletonList("only");
        System.out.println(single + " " + single.get(0) + " " + single.contains("only") + " " + single.hashCode()
                + " " + Collections.singleton(42) + " " + Collections.singletonMap("k", "v"));
        tryIt("singletonList.get(1)", () -> single.get(1));
        tryIt("singletonList.set", () -> single.set(0, "x"));
        tryIt("singleton.add", () -> Collections.singleton(1).add(2));
        tryIt("singletonMap.put", () -> Collections.singletonMap("k", 1).put("j", 2));

        List<String> lof = List.of("one", "two", "three");
        System.out.println(lof + " " + lof.get(1) + " " + lof.indexOf("three") + " " + lof.contains("four") + " " + lof.hashCode()
                + " " + lof.equals(Arrays.asList("one", "two", "three")) + " " + lof.subList(1, 3));
        tryIt("List.of.add", () -> lof.add("x"));
        tryIt("List.of.remove", () -> lof.remove(0));
        tryIt("List.of null elem", () -> List.of("a", null));
        tryIt("List.of.contains(null)", () -> lof.contains(null));
        tryIt("List.of(1,2).get(2)", () -> List.of(1, 2).get(2));
        tryIt("List.of(1,2,3).get(3)", () -> List.of(1, 2, 3).get(3));
        tryIt("List.of().get(0)", () -> List.of().get(0));
        tryIt("List.copyOf", () -> List.copyOf(new ArrayList<>(List.of(3, 2, 1))));
        tryIt("List.copyOf null", () -> List.copyOf(Arrays.asList(1, null)));
        Set<Integer> sof = Set.of(5, 10, 15, 20);
        System.out.println(sof.size() + " " + sof.contains(10) + " " + sof.contains(11) + " " + sof.equals(new HashSet<>(List.of(20, 15, 10, 5)))
                + " " + sof.hashCode() + " " + new TreeSet<>(sof));
        tryIt("Set.of dup", () -> Set.of(1, 2, 1));
        tryIt("Set.of.add", () -> sof.add(1));
        tryIt("Set.of.contains(null)", () -> sof.contains(null));
        Map<String, Integer> mof = Map.of("x", 1, "y", 2, "z", 3);
        System.out.println(mof.size() + " " + mof.get("y") + " " + mof.get("w") + " " + mof.containsKey("z") + " " + mof.getOrDefault("q", 0)
                + " " + new TreeMap<>(mof) + " " + mof.equals(new HashMap<>(mof)) + " " + mof.hashCode());
        tryIt("Map.of dup", () -> Map.of("a", 1, "a", 2));
        tryIt("Map.of.put", () -> mof.put("a", 1));
        try {
            mof.get(null);
        } catch (NullPointerException e) {
            System.out.println("Map.of.get(null) NPE");
        }
        tryIt("Map.of.computeIfAbsent", () -> mof.computeIfAbsent("x", k -> 1));
        tryIt("Map.entry", () -> Map.entry("k", 9));
        tryIt("Map.entry setValue", () -> Map.entry("k", 9).setValue(1));
        tryIt("Map.entry null", () -> Map.entry(null, 9));
        Map<Integer, String> big = Map.ofEntries(Map.entry(1, "a"), Map.entry(2, "b"));
        System.out.println(new TreeMap<>(big) + " " + new TreeMap<>(Map.copyOf(big)) + " " + Set.copyOf(List.of(1, 1, 2)).size());

        List<String> asl = Arrays.asList("p", "q", "r");
        asl.set(1, "Q");
        System.out.println(asl + " " + asl.size() + " " + asl.indexOf("r"));
        tryIt("asList.add", () -> asl.add("s"));
        tryIt("asList.remove", () -> asl.remove(0));
        tryIt("asList.get(5)", () -> asl.get(5));
        String[] backing = {"c", "a", "b"};
        List<String> view = Arrays.asList(backing);
        Collections.sort(view);
        System.out.println(Arrays.toString(backing) + " " + view);
    }
}
