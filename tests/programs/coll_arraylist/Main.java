import java.util.*;

/** ArrayList: positional operations, exceptions with HotSpot's messages, sublists, fail-fast iterators. */
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
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            list.add(i * i % 17);
        }
        System.out.println(list + " size=" + list.size());
        list.add(0, -1);
        list.add(list.size(), 99);
        list.add(5, 55);
        System.out.println(list);
        System.out.println(list.get(3) + " " + list.set(3, 333) + " " + list.indexOf(13) + " " + list.lastIndexOf(13)
                + " " + list.contains(99) + " " + list.contains(1000));
        System.out.println(list.remove(0) + " " + list.remove(Integer.valueOf(55)) + " " + list.remove(Integer.valueOf(12345)));
        System.out.println(list);

        tryIt("get(20)", () -> list.get(20));
        tryIt("get(-1)", () -> list.get(-1));
        tryIt("set(14)", () -> list.set(14, 0));
        tryIt("remove(14)", () -> list.remove(14));
        tryIt("add(15,x)", () -> { list.add(15, 0); return null; });
        tryIt("add(-2,x)", () -> { list.add(-2, 0); return null; });
        tryIt("addAll(99,..)", () -> list.addAll(99, List.of(1)));
        tryIt("listIterator(30)", () -> list.listIterator(30));
        tryIt("subList(-1,2)", () -> list.subList(-1, 2));
        tryIt("subList(0,50)", () -> list.subList(0, 50));
        tryIt("subList(5,2)", () -> list.subList(5, 2));
        tryIt("new ArrayList(-3)", () -> new ArrayList<Integer>(-3));
        tryIt("empty getFirst", () -> new ArrayList<String>().getFirst());
        tryIt("empty removeLast", () -> new ArrayList<String>().removeLast());
        tryIt("iterator next on empty", () -> new ArrayList<String>().iterator().next());
        tryIt("iterator remove before next", () -> { new ArrayList<>(List.of(1)).iterator().remove(); return null; });
        System.out.println(list.getFirst() + " " + list.getLast());

        // fail-fast
        tryIt("CME in for-each", () -> {
            for (Integer x : list) {
                if (x == 13) {
                    list.add(7);
                }
            }
            return "no CME";
        });
        tryIt("remove second-to-last in for-each", () -> {
            List<String> l = new ArrayList<>(List.of("a", "b", "c"));
            for (String s : l) {
                if (s.equals("b")) {
                    l.remove(s);
                }
            }
            return l;
        });
        tryIt("forEach modifying", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            l.forEach(x -> l.add(x));
            return l;
        });
        tryIt("sort during iteration", () -> {
            List<Integer> l = new ArrayList<>(List.of(3, 1, 2));
            Iterator<Integer> it = l.iterator();
            it.next();
            l.sort(null);
            return it.next();
        });

        // iterator removal and list iterators
        List<Integer> evens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            evens.add(i);
        }
        for (Iterator<Integer> it = evens.iterator(); it.hasNext(); ) {
            if (it.next() % 2 == 1) {
                it.remove();
            }
        }
        System.out.println(evens);
        ListIterator<Integer> li = evens.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            int v = li.next();
            if (v % 4 == 0) {
                li.set(v * 10);
            } else {
                li.add(-idx);
            }
        }
        System.out.println(evens);
        while (li.hasPrevious()) {
            System.out.print(li.previous() + "@" + li.nextIndex() + " ");
        }
        System.out.println();

        // sublists
        List<Integer> base = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            base.add(i);
        }
        List<Integer> sub = base.subList(2, 8);
        System.out.println(sub + " " + sub.size() + " " + sub.get(0) + " " + sub.indexOf(5));
        sub.set(0, 20);
        sub.remove(1);
        sub.add(100);
        List<Integer> subsub = sub.subList(1, 3);
        subsub.clear();
        System.out.println(base + " " + sub + " " + subsub);
        tryIt("sub.get(9)", () -> sub.get(9));
        tryIt("sub.add(9,x)", () -> { sub.add(9, 1); return null; });
        base.add(1000);
        tryIt("sub after base change", () -> sub.size());
        tryIt("sub.get after base change", () -> sub.get(0));
        base.subList(0, 3).clear();
        System.out.println(base);

        // bulk
        List<String> words = new ArrayList<>(List.of("pear", "apple", "fig", "banana", "kiwi", "cherry", "date"));
        words.removeIf(w -> w.length() == 4);
        System.out.println(words);
        words.replaceAll(String::toUpperCase);
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        words.addAll(1, List.of("x", "y"));
        words.removeAll(List.of("x", "FIG"));
        System.out.println(words);
        words.retainAll(Set.of("y", "APPLE", "CHERRY", "zzz"));
        System.out.println(words);
        Object[] arr = words.toArray();
        String[] sarr = words.toArray(new String[0]);
        String[] big = words.toArray(new String[] {"1", "2", "3", "4", "5"});
        System.out.println(arr.length + " " + Arrays.toString(sarr) + " " + Arrays.toString(big) + " " + sarr.getClass().getSimpleName());
        ArrayList<String> copy = new ArrayList<>(words);
        @SuppressWarnings("unchecked")
        ArrayList<String> cl = (ArrayList<String>) copy.clone();
        cl.add("clone");
        System.out.println(copy + " " + cl + " " + copy.equals(words) + " " + (copy.hashCode() == words.hashCode()));
        copy.clear();
        System.out.println(copy + " " + copy.isEmpty());
        List<Integer> big2 = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            big2.add(i ^ 0x155);
        }
        long sum = 0;
        for (int x : big2) {
            sum += x;
        }
        Collections.sort(big2);
        System.out.println(sum + " " + big2.get(0) + " " + big2.get(999) + " " + big2.hashCode());
    }
}
