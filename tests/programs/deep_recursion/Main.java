/** Deep but bounded recursion (~5000 frames) with several locals per frame, and a deep non-tail chain of objects. */
public class Main {
    static long sumDown(int n, long acc, double weight) {
        if (n == 0) return acc;
        long local = n * 3L;
        double w = weight * 1.0001;
        long r = sumDown(n - 1, acc + local, w);
        return r + (long) w - (long) weight;
    }

    static int depthOf(Node n) { return n == null ? 0 : 1 + depthOf(n.next); }

    static final class Node {
        final Node next;
        final int v;
        Node(Node next, int v) { this.next = next; this.v = v; }
    }

    static int sumList(Node n) { return n == null ? 0 : n.v + sumList(n.next); }

    static String build(int n) { return n == 0 ? "" : build(n - 1) + (char) ('a' + n % 26); }

    public static void main(String[] args) {
        System.out.println("sumDown(5000) = " + sumDown(5000, 0, 1.0));
        Node list = null;
        for (int i = 0; i < 5000; i++) list = new Node(list, i);
        System.out.println("depth " + depthOf(list) + " sum " + sumList(list));
        String s = build(3000);
        System.out.println("built " + s.length() + " hash " + s.hashCode());
        long total = 0;
        for (int i = 0; i < 20; i++) total += sumDown(4000 + i * 50, i, 0.5);
        System.out.println("total " + total);
    }
}
