/** GC with changing object graphs: a long-lived linked structure mutated in place while garbage piles up; strings as garbage. */
public class Main {
    static final class Node {
        Node left, right;
        int key;
        String label;
        Node(int key) { this.key = key; this.label = "n" + key; }
    }

    static Node insert(Node root, int key) {
        if (root == null) return new Node(key);
        Node cur = root;
        while (true) {
            if (key < cur.key) { if (cur.left == null) { cur.left = new Node(key); break; } cur = cur.left; }
            else if (key > cur.key) { if (cur.right == null) { cur.right = new Node(key); break; } cur = cur.right; }
            else { cur.label = cur.label.length() > 20 ? "reset" + key : cur.label + "+"; break; }
        }
        return root;
    }

    static long walk(Node n) {
        long s = 0;
        while (n != null) {           // iterative right spine, recursive left (bounded depth for random keys)
            s += n.key * 31L + n.label.length() + (n.left == null ? 0 : walk(n.left));
            n = n.right;
        }
        return s;
    }

    public static void main(String[] args) {
        Node root = null;
        int seed = 12345;
        for (int round = 0; round < 30; round++) {
            // Replace the tree every few rounds so old trees become garbage.
            if (round % 5 == 0) root = null;
            for (int i = 0; i < 20000; i++) {
                seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
                root = insert(root, (seed >>> 1) % 50000);
            }
            StringBuilder garbage = new StringBuilder();
            for (int i = 0; i < 2000; i++) { garbage.append(i); if (garbage.length() > 500) garbage = new StringBuilder(); }
            if (round % 5 == 4) System.out.println("round " + round + " walk " + walk(root));
        }
        System.out.println("final " + walk(root));
    }
}
