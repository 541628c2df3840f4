/** Allocation-heavy benchmark in the style of "binary-trees": many short-lived trees and one long-lived tree. */
public class Main {
    static final class TreeNode {
        final TreeNode left, right;
        TreeNode(TreeNode left, TreeNode right) { this.left = left; this.right = right; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static TreeNode bottomUp(int depth) {
        return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
    }

    public static void main(String[] args) {
        int maxDepth = 14;
        int stretch = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretch + "\t check: " + bottomUp(stretch).check());
        TreeNode longLived = bottomUp(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            int check = 0;
            for (int i = 1; i <= iterations; i++) check += bottomUp(depth).check();
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
