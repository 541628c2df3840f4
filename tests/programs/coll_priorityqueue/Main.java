import java.util.*;

/** PriorityQueue: heap layout (toString/iteration order) after offers, polls, removals, bulk operations. */
public class Main {
    static long seed = 12345;

    static int next(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    record Task(String name, int priority, int order) {
        public String toString() {
            return name + "/" + priority;
        }
    }

    public static void main(String[] args) {
        for (int round = 0; round < 30; round++) {
            PriorityQueue<Integer> pq = new PriorityQueue<>();
            int n = 1 + next(25);
            for (int i = 0; i < n; i++) {
                pq.offer(next(50));
            }
            StringBuilder sb = new StringBuilder(pq.toString());
            for (int i = 0; i < 3 && !pq.isEmpty(); i++) {
                sb.append(' ').append(pq.poll());
            }
            if (!pq.isEmpty()) {
                pq.remove(pq.toArray()[pq.size() / 2]);
            }
            sb.append(' ').append(pq);
            System.out.println(sb);
        }

        // scheduler: priority then FIFO
        PriorityQueue<Task> sched = new PriorityQueue<>(
                Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::order));
        int order = 0;
        for (int t = 0; t < 40; t++) {
            if (next(3) != 0) {
                sched.add(new Task("t" + t, next(5), order++));
            } else {
                System.out.println("run " + sched.poll() + " queue=" + sched);
            }
        }
        while (!sched.isEmpty()) {
            System.out.print(sched.poll() + " ");
        }
        System.out.println();

        // constructors and bulk operations
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            data.add(next(100));
        }
        PriorityQueue<Integer> fromList = new PriorityQueue<>(data);
        System.out.println(fromList);
        PriorityQueue<Integer> copy = new PriorityQueue<>(fromList);
        System.out.println(copy.equals(fromList) + " " + copy);
        PriorityQueue<Integer> fromSorted = new PriorityQueue<>(new TreeSet<>(data));
        System.out.println(fromSorted);
        PriorityQueue<Integer> max = new PriorityQueue<>(Collections.reverseOrder());
        max.addAll(data);
        System.out.println(max + " peek=" + max.peek());
        fromList.removeIf(x -> x % 3 == 0);
        System.out.println(fromList);
        fromList.removeAll(List.of(1, 2, 4, 5, 7, 8, 10, 11, 13, 14));
        System.out.println(fromList);
        fromList.retainAll(data.subList(0, 20));
        System.out.println(fromList + " " + fromList.size() + " " + fromList.contains(data.get(3)));

        // iterator removal (elements moved past the cursor are still visited)
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int i = 0; i < 40; i++) {
            pq.add(next(60));
        }
        System.out.println(pq);
        List<Integer> seen = new ArrayList<>();
        for (Iterator<Integer> it = pq.iterator(); it.hasNext(); ) {
            int v = it.next();
            seen.add(v);
            if (v % 4 == 1 || v > 50) {
                it.remove();
            }
        }
        System.out.println(seen.size() + " " + seen);
        System.out.println(pq);
        try {
            for (Integer x : pq) {
                if (x > 30) {
                    pq.add(1);
                }
            }
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + e.getMessage());
        }
        try {
            pq.add(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            new PriorityQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            new PriorityQueue<Integer>().remove();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            new PriorityQueue<Integer>().element();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        StringBuilder drained = new StringBuilder();
        while (!pq.isEmpty()) {
            drained.append(pq.poll()).append(' ');
        }
        System.out.println(drained);
        PriorityQueue<String> words = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(s -> s));
        Collections.addAll(words, "delta", "a", "charlie", "bb", "echo", "alpha", "b", "foxtrot");
        System.out.println(words + " " + Arrays.toString(words.toArray(new String[0])));
    }
}
