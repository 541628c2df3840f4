import java.util.*;

/** LinkedList and ArrayDeque as lists, queues, stacks and deques, with their exceptions. */
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
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.push("z");
        ll.offer("d");
        ll.offerFirst("y");
        ll.add(3, "m");
        System.out.println(ll + " " + ll.size());
        System.out.println(ll.peek() + " " + ll.peekLast() + " " + ll.element() + " " + ll.getFirst() + " " + ll.getLast());
        System.out.println(ll.pop() + " " + ll.poll() + " " + ll.pollLast() + " " + ll.removeFirst() + " " + ll.removeLast());
        System.out.println(ll + " " + ll.get(1) + " " + ll.indexOf("m") + " " + ll.set(0, "q"));
        ll.addAll(List.of("x", "m", "x"));
        ll.addAll(1, List.of("i", "j"));
        System.out.println(ll + " " + ll.lastIndexOf("x") + " " + ll.removeLastOccurrence("x") + " " + ll.removeFirstOccurrence("m"));
        System.out.println(ll);
        tryIt("ll.get(10)", () -> ll.get(10));
        tryIt("ll.get(-1)", () -> ll.get(-1));
        tryIt("ll.add(20,x)", () -> { ll.add(20, "x"); return null; });
        tryIt("ll.remove(7)", () -> ll.remove(7));
        tryIt("ll.listIterator(9)", () -> ll.listIterator(9));
        LinkedList<Integer> empty = new LinkedList<>();
        tryIt("empty.getFirst", () -> empty.getFirst());
        tryIt("empty.removeLast", () -> empty.removeLast());
        tryIt("empty.element", () -> empty.element());
        tryIt("empty.pop", () -> empty.pop());
        tryIt("empty.remove()", () -> empty.remove());
        System.out.println(empty.poll() + " " + empty.peek() + " " + empty.pollFirst() + " " + empty.peekLast());

        ListIterator<String> it = ll.listIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("i")) {
                it.remove();
            } else if (s.equals("j")) {
                it.set("J");
                it.add("K");
            }
        }
        System.out.println(ll);
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) {
            sb.append(desc.next()).append(' ');
        }
        System.out.println(sb);
        tryIt("ll CME", () -> {
            for (String s : ll) {
                if (s.equals("J")) {
                    ll.remove("q");
                }
            }
            return ll;
        });
        tryIt("ll iterator remove twice", () -> {
            Iterator<String> i2 = ll.iterator();
            i2.next();
            i2.remove();
            i2.remove();
            return ll;
        });

        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) {
                dq.addFirst(i);
            } else {
                dq.addLast(i);
            }
            if (i % 7 == 6) {
                dq.pollFirst();
            }
        }
        System.out.println(dq + " " + dq.size());
        System.out.println(dq.peekFirst() + " " + dq.peekLast() + " " + dq.pop() + " " + dq.removeLast() + " " + dq.contains(20)
                + " " + dq.contains(6));
        dq.removeFirstOccurrence(20);
        dq.removeLastOccurrence(38);
        dq.remove(Integer.valueOf(11));
        System.out.println(dq);
        dq.removeIf(x -> x % 5 == 0);
        System.out.println(dq);
        for (Iterator<Integer> i = dq.iterator(); i.hasNext(); ) {
            if (i.next() % 2 == 0) {
                i.remove();
            }
        }
        System.out.println(dq);
        Iterator<Integer> di = dq.descendingIterator();
        sb.setLength(0);
        while (di.hasNext()) {
            int v = di.next();
            sb.append(v).append(',');
            if (v == 13) {
                di.remove();
            }
        }
        System.out.println(sb + " " + dq);
        tryIt("dq.addFirst(null)", () -> { dq.addFirst(null); return null; });
        tryIt("dq.offer(null)", () -> dq.offer(null));
        ArrayDeque<String> e2 = new ArrayDeque<>();
        tryIt("e2.removeFirst", () -> e2.removeFirst());
        tryIt("e2.getLast", () -> e2.getLast());
        tryIt("e2.element", () -> e2.element());
        tryIt("e2.pop", () -> e2.pop());
        System.out.println(e2.poll() + " " + e2.peek() + " " + e2.pollLast() + " " + e2);
        Deque<Character> stack = new ArrayDeque<>();
        String expr = "{[()()]}([)]";
        for (char c : expr.toCharArray()) {
            if ("([{".indexOf(c) >= 0) {
                stack.push(c);
            } else {
                char open = stack.isEmpty() ? '?' : stack.pop();
                System.out.print(open + "" + c + " ");
            }
        }
        System.out.println(stack);
        Object[] arr = dq.toArray();
        Integer[] ia = dq.toArray(new Integer[0]);
        System.out.println(arr.length + " " + Arrays.toString(ia));
        ArrayDeque<Integer> copy = dq.clone();
        copy.addFirst(-5);
        System.out.println(dq + " " + copy + " " + new ArrayDeque<>(List.of(3, 4, 5)) + " " + new LinkedList<>(copy));
        Queue<String> q = new LinkedList<>(List.of("p", "q"));
        System.out.println(q.equals(List.of("p", "q")) + " " + q.hashCode() + " " + List.of("p", "q").hashCode());
    }
}
