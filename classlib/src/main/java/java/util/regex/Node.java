package java.util.regex;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The syntax tree the Parser builds and the Compiler turns into a Prog. Lengths (minLen/maxLen) are
 * in chars and only matter for look-behind, which needs a bounded maximum as in the JDK.
 */
sealed interface Node {
    int INF = Integer.MAX_VALUE;

    /** One code point matched by a predicate (literals, classes, dot). lit is the literal or -1. */
    record CharSet(IntPredicate pred, int lit) implements Node {}

    /** Zero-width assertion; kind is one of the Prog.A_* constants. */
    record Assert(int kind) implements Node {}

    record Concat(List<Node> items) implements Node {}

    record Alt(List<Node> alts) implements Node {}

    /** Capturing group number index (1-based). */
    record Group(int index, Node body) implements Node {}

    /** X{min,max}; max == INF for unbounded. mode: 0 greedy, 1 reluctant, 2 possessive. */
    record Repeat(Node body, int min, int max, int mode) implements Node {}

    record BackRef(int group, boolean caseInsensitive, boolean unicodeCase) implements Node {}

    /** Look-around: behind selects look-behind, negative selects (?! / (?<!. */
    record Look(Node body, boolean behind, boolean negative) implements Node {}

    /** Atomic group (?>X); possessive quantifiers compile to this too. */
    record Atomic(Node body) implements Node {}

    static Node empty() {
        return new Concat(List.of());
    }

    /** Minimum length in chars. */
    static int minLen(Node n) {
        return switch (n) {
            case CharSet c -> c.lit() >= 0x10000 ? 2 : 1;
            case Assert a -> 0;
            case Concat c -> {
                long s = 0;
                for (Node x : c.items()) s += minLen(x);
                yield (int) Math.min(s, INF);
            }
            case Alt a -> {
                int m = INF;
                for (Node x : a.alts()) m = Math.min(m, minLen(x));
                yield a.alts().isEmpty() ? 0 : m;
            }
            case Group g -> minLen(g.body());
            case Repeat r -> (int) Math.min((long) minLen(r.body()) * r.min(), INF);
            case BackRef b -> 0;
            case Look l -> 0;
            case Atomic a -> minLen(a.body());
        };
    }

    /** Maximum length in chars, or INF when unbounded (or unknown, as for back references). */
    static int maxLen(Node n) {
        return switch (n) {
            case CharSet c -> c.lit() >= 0x10000 ? 2 : 1;
            case Assert a -> 0;
            case Concat c -> {
                long s = 0;
                for (Node x : c.items()) s += maxLen(x);
                yield (int) Math.min(s, INF);
            }
            case Alt a -> {
                int m = 0;
                for (Node x : a.alts()) m = Math.max(m, maxLen(x));
                yield m;
            }
            case Group g -> maxLen(g.body());
            case Repeat r -> {
                int b = maxLen(r.body());
                if (b == 0) yield 0;
                if (r.max() == INF || b == INF) yield INF;
                yield (int) Math.min((long) b * r.max(), INF);
            }
            case BackRef b -> INF;
            case Look l -> 0;
            case Atomic a -> maxLen(a.body());
        };
    }

    /** True when the Pike VM cannot run this tree (needs the backtracker). */
    static boolean needsBacktracking(Node n) {
        return switch (n) {
            case CharSet c -> false;
            case Assert a -> false;
            case Concat c -> c.items().stream().anyMatch(Node::needsBacktracking);
            case Alt a -> a.alts().stream().anyMatch(Node::needsBacktracking);
            case Group g -> needsBacktracking(g.body());
            case Repeat r -> r.mode() == 2 || needsBacktracking(r.body());
            case BackRef b -> true;
            case Look l -> true;
            case Atomic a -> true;
        };
    }
}
