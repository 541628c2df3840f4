package java.util.regex;

import java.util.List;
import java.util.function.IntPredicate;

/** The Node kinds (kept in a class so that they stay package-private). */
final class N {
    private N() {}

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

}
