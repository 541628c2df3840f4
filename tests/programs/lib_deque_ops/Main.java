import java.util.*;

/** ArrayDeque and LinkedList as stacks, queues and deques; iteration orders, nulls, exceptions, removal in the middle. */
public class Main {
    static boolean balanced(String s) {
        Deque<Character> st = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> st.push(c);
                case ')', ']', '}' -> {
                    if (st.isEmpty()) return false;
                    char o = st.pop();
                    if ("([{".indexOf(o) != ")]}".indexOf(c)) return false;
                }
                default -> { }
            }
        }
        return st.isEmpty();
    }

    static List<Integer> slidingMax(int[] a, int k) {
        Deque<Integer> dq = new ArrayDeque<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            while (!dq.isEmpty() && dq.peekFirst() <= i - k) dq.pollFirst();
            while (!dq.isEmpty() && a[dq.peekLast()] <= a[i]) dq.pollLast();
            dq.offerLast(i);
            if (i >= k - 1) out.add(a[dq.peekFirst()]);
        }
        return out;
    }

    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) d.addFirst(i);
            else d.addLast(i);
        }
        System.out.println(d + " first=" + d.peekFirst() + " last=" + d.peekLast());
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = d.descendingIterator(); it.hasNext(); ) sb.append(it.next());
        System.out.println("desc " + sb + " pollFirst=" + d.pollFirst() + " pollLast=" + d.pollLast() + " pop=" + d.pop());
        d.removeFirstOccurrence(3);
        d.removeLastOccurrence(5);
        d.removeIf(x -> x == 0);
        System.out.println(d + " contains(7)=" + d.contains(7) + " size=" + d.size());
        try {
            d.add(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        ArrayDeque<String> empty = new ArrayDeque<>();
        System.out.println(empty.poll() + " " + empty.peek() + " " + empty.pollLast());
        try {
            empty.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty NSEE");
        }
        try {
            empty.element();
        } catch (NoSuchElementException e) {
            System.out.println("element on empty NSEE");
        }
        LinkedList<String> ll = new LinkedList<>(List.of("b", "c"));
        ll.addFirst("a");
        ll.add(null);
        ll.add(2, "x");
        ll.offerFirst("z");
        System.out.println(ll + " " + ll.indexOf(null) + " " + ll.lastIndexOf("x") + " " + ll.get(3) + " " + ll.removeLast() + " " + ll.peekLast());
        ll.remove("x");
        ListIterator<String> it = ll.listIterator(1);
        it.add("ins");
        it.next();
        it.remove();
        System.out.println(ll + " " + ll.getFirst() + " " + ll.element());
        for (String s : new String[] {"([]{()})", "(]", "((", "", "{[()()]}x"}) System.out.print(balanced(s) + " ");
        System.out.println();
        System.out.println(slidingMax(new int[] {1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0}, 3));
        Queue<int[]> bfs = new LinkedList<>();
        bfs.add(new int[] {0, 0});
        boolean[][] seen = new boolean[5][5];
        seen[0][0] = true;
        int visited = 0;
        while (!bfs.isEmpty()) {
            int[] p = bfs.remove();
            visited++;
            int[][] moves = {{1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}};
            for (int[] mv : moves) {
                int x = p[0] + mv[0], y = p[1] + mv[1];
                if (x >= 0 && y >= 0 && x < 5 && y < 5 && !seen[x][y]) {
                    seen[x][y] = true;
                    bfs.add(new int[] {x, y});
                }
            }
        }
        System.out.println("knight reachable " + visited);
        ArrayDeque<Integer> big = new ArrayDeque<>(2);
        for (int i = 0; i < 1000; i++) big.offerFirst(i);
        for (int i = 0; i < 990; i++) big.pollLast();
        System.out.println(big + " " + new ArrayDeque<>(big).equals(big));
    }
}
