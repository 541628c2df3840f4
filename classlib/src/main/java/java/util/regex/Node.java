package java.util.regex;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The syntax tree the Parser builds and the Compiler turns into a Prog. Lengths (minLen/maxLen) are
 * in chars and only matter for look-behind, which needs a bounded maximum as in the JDK.
 */
sealed interface Node permits N.CharSet, N.Assert, N.Concat, N.Alt, N.Group, N.Repeat, N.BackRef, N.Look, N.Atomic {
    int INF = Integer.MAX_VALUE;

    static Node empty() {
        return new N.Concat(List.of());
    }

    /** Minimum length in chars. */
    static int minLen(Node n) {
        return switch (n) {
            case N.CharSet c -> c.lit() >= 0x10000 ? 2 : 1;
            case N.Assert a -> 0;
            case N.Concat c -> {
                long s = 0;
                for (Node x : c.items()) s += minLen(x);
                yield (int) Math.min(s, INF);
            }
            case N.Alt a -> {
                int m = INF;
                for (Node x : a.alts()) m = Math.min(m, minLen(x));
                yield a.alts().isEmpty() ? 0 : m;
            }
            case N.Group g -> minLen(g.body());
            case N.Repeat r -> (int) Math.min((long) minLen(r.body()) * r.min(), INF);
            case N.BackRef b -> 0;
            case N.Look l -> 0;
            case N.Atomic a -> minLen(a.body());
        };
    }

    /** Maximum length in chars, or INF when unbounded (or unknown, as for back references). */
    static int maxLen(Node n) {
        return switch (n) {
            case N.CharSet c -> c.lit() >= 0x10000 ? 2 : 1;
            case N.Assert a -> 0;
            case N.Concat c -> {
                long s = 0;
                for (Node x : c.items()) s += maxLen(x);
                yield (int) Math.min(s, INF);
            }
            case N.Alt a -> {
                int m = 0;
                for (Node x : a.alts()) m = Math.max(m, maxLen(x));
                yield m;
            }
            case N.Group g -> maxLen(g.body());
            case N.Repeat r -> {
                int b = maxLen(r.body());
                if (b == 0) yield 0;
                if (r.max() == INF || b == INF) yield INF;
                yield (int) Math.min((long) b * r.max(), INF);
            }
            case N.BackRef b -> INF;
            case N.Look l -> 0;
            case N.Atomic a -> maxLen(a.body());
        };
    }

    /** True when the Pike VM cannot run this tree (needs the backtracker). */
    static boolean needsBacktracking(Node n) {
        return switch (n) {
            case N.CharSet c -> false;
            case N.Assert a -> false;
            case N.Concat c -> c.items().stream().anyMatch(Node::needsBacktracking);
            case N.Alt a -> a.alts().stream().anyMatch(Node::needsBacktracking);
            case N.Group g -> needsBacktracking(g.body());
            case N.Repeat r -> r.mode() == 2 || needsBacktracking(r.body());
            case N.BackRef b -> true;
            case N.Look l -> true;
            case N.Atomic a -> true;
        };
    }
}
