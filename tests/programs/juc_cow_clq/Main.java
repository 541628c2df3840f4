import java.util.*;
import java.util.concurrent.*;

public class Main {
    public static void main(String[] args) throws Exception {
        CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        Iterator<String> snapshot = list.iterator();
        list.add("d");
        list.add(0, "z");
        list.set(2, "B");
        StringBuilder seen = new StringBuilder();
        while (snapshot.hasNext()) {
            seen.append(snapshot.next());
        }
        System.out.println(list + " snapshot " + seen + " size " + list.size() + " " + list.indexOf("B") + " " + list.lastIndexOf("q") + " " + list.contains("d"));
        System.out.println(list.addIfAbsent("a") + " " + list.addIfAbsent("e") + " " + list.remove("z") + " " + list.remove(0) + " " + list + " " + list.addAllAbsent(List.of("e", "f", "f")));
        try {
            list.iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove " + e);
        }
        try {
            list.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            list.add(10, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        list.removeIf(s -> s.equals("e"));
        list.replaceAll(String::toUpperCase);
        list.sort(Comparator.reverseOrder());
        System.out.println(list + " " + list.equals(List.of("F", "F", "D", "C", "B")) + " " + list.hashCode() + " " + Arrays.toString(list.toArray(new String[0])));
        ListIterator<String> li = list.listIterator(list.size());
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) {
            back.append(li.previous());
        }
        System.out.println(back);

        // concurrent appends: every element arrives exactly once
        CopyOnWriteArrayList<Integer> shared = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<Integer> clq = new ConcurrentLinkedQueue<>();
        CopyOnWriteArraySet<Integer> set = new CopyOnWriteArraySet<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final int base = t * 1000;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    shared.add(base + i);
                    clq.offer(base + i);
                    set.add(i);
                }
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        List<Integer> sorted = new ArrayList<>(shared);
        Collections.sort(sorted);
        long sum = 0;
        for (int v : sorted) {
            sum += v;
        }
        System.out.println("cow " + shared.size() + " " + sum + " set " + set.size() + " " + set.contains(299) + " " + set.contains(300));
        long qsum = 0;
        int n = 0;
        Integer v;
        while ((v = clq.poll()) != null) {
            qsum += v;
            n++;
        }
        System.out.println("clq " + n + " " + qsum + " " + clq.isEmpty() + " " + clq);

        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>(List.of("x", "y"));
        q.add("z");
        System.out.println(q + " " + q.peek() + " " + q.size() + " " + q.contains("y") + " " + q.remove("y") + " " + q);
        for (Iterator<String> it = q.iterator(); it.hasNext();) {
            if (it.next().equals("x")) {
                it.remove();
            }
        }
        System.out.println(q + " " + q.poll() + " " + q.poll() + " " + q.element());
    }
}
