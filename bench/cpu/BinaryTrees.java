/**
 * binary-trees of the Computer Language Benchmarks Game, written for this benchmark (one thread):
 * allocates many short-lived complete binary trees and one long-lived one, so it measures the
 * allocator and the garbage collector. Max depth 16.
 */
public class BinaryTrees {
    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node tree(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
    }

    static long unit() {
        int maxDepth = 16;
        long sum = tree(maxDepth + 1).check();
        Node longLived = tree(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += tree(depth).check();
            }
            sum = sum * 31 + check;
        }
        return sum * 31 + longLived.check();
    }

    public static void main(String[] args) {
        Harness.main(args, 3, BinaryTrees::unit);
    }
}
