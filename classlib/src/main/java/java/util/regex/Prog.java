package java.util.regex;

import java.util.function.IntPredicate;

/**
 * The compiled form of a pattern: a flat instruction array shared by both engines (PikeVM and
 * Backtracker). Slots 0..2*groups+1 hold group start/end positions; the slots after them are loop
 * registers: LSET stores the position where a loop iteration began and LCHK leaves the loop when the
 * iteration consumed nothing, which is how the JDK stops an empty iteration of X* (after the minimum
 * count) while keeping that iteration's captures.
 */
final class Prog {
    static final int CHAR = 0, SPLIT = 1, JMP = 2, SAVE = 3, ASSERT = 4, LSET = 5, LCHK = 6, BACKREF = 7,
            LOOK = 8, ATOMIC = 9, SUCCEED = 10, MATCH = 11;

    static final int A_BEGIN = 0, A_BOL = 1, A_BOL_UNIX = 2, A_DOLLAR = 3, A_DOLLAR_UNIX = 4, A_EOL = 5,
            A_EOL_UNIX = 6, A_END = 7, A_WORDB = 8, A_NWORDB = 9, A_LASTMATCH = 10;

    /** Programs larger than this (from huge counted repetitions) are refused rather than built. */
    static final int MAX_SIZE = 2_000_000;

    int[] op = new int[16];
    int[] x = new int[16];
    int[] y = new int[16];
    int[] lmin = new int[16];
    int[] lmax = new int[16];
    IntPredicate[] pred = new IntPredicate[16];
    int size;
    int groups;
    int nslots;
    boolean backtrack;

    int emit(int o, int a, int b) {
        if (size == op.length) {
            int n = size * 2;
            op = java.util.Arrays.copyOf(op, n);
            x = java.util.Arrays.copyOf(x, n);
            y = java.util.Arrays.copyOf(y, n);
            lmin = java.util.Arrays.copyOf(lmin, n);
            lmax = java.util.Arrays.copyOf(lmax, n);
            pred = java.util.Arrays.copyOf(pred, n);
        }
        if (size >= MAX_SIZE) {
            throw new UnsupportedOperationException("regular expression too large for Kiln's java.util.regex (counted repetition expands to over " + MAX_SIZE + " instructions)");
        }
        op[size] = o;
        x[size] = a;
        y[size] = b;
        return size++;
    }

    static Prog compile(Node root, int groups) {
        Prog p = new Prog();
        p.groups = groups;
        p.nslots = 2 * (groups + 1);
        p.backtrack = Node.needsBacktracking(root);
        p.gen(root);
        p.emit(MATCH, 0, 0);
        return p;
    }

    private void gen(Node n) {
        switch (n) {
            case N.CharSet c -> {
                int pc = emit(CHAR, c.lit(), 0);
                pred[pc] = c.pred();
            }
            case N.Assert a -> emit(ASSERT, a.kind(), 0);
            case N.Concat c -> {
                for (Node item : c.items()) gen(item);
            }
            case N.Alt a -> {
                int[] jumps = new int[a.alts().size() - 1];
                for (int i = 0; i < a.alts().size() - 1; i++) {
                    int split = emit(SPLIT, 0, 0);
                    x[split] = size;
                    gen(a.alts().get(i));
                    jumps[i] = emit(JMP, 0, 0);
                    y[split] = size;
                }
                gen(a.alts().get(a.alts().size() - 1));
                for (int j : jumps) x[j] = size;
            }
            case N.Group g -> {
                emit(SAVE, 2 * g.index(), 0);
                gen(g.body());
                emit(SAVE, 2 * g.index() + 1, 0);
            }
            case N.Repeat r -> genRepeat(r);
            case N.BackRef b -> emit(BACKREF, b.group(), (b.caseInsensitive() ? 1 : 0) | (b.unicodeCase() ? 2 : 0));
            case N.Look l -> {
                int pc = emit(LOOK, (l.behind() ? 2 : 0) | (l.negative() ? 1 : 0), 0);
                if (l.behind()) {
                    lmin[pc] = Node.minLen(l.body());
                    int max = Node.maxLen(l.body());
                    lmax[pc] = max;
                }
                gen(l.body());
                emit(SUCCEED, 0, 0);
                y[pc] = size;
            }
            case N.Atomic a -> {
                int pc = emit(ATOMIC, 0, 0);
                gen(a.body());
                emit(SUCCEED, 0, 0);
                y[pc] = size;
            }
        }
    }

    private void genRepeat(N.Repeat r) {
        if (r.mode() == 2) {
            gen(new N.Atomic(new N.Repeat(r.body(), r.min(), r.max(), 0)));
            return;
        }
        boolean greedy = r.mode() == 0;
        for (int i = 0; i < r.min(); i++) gen(r.body());
        if (r.max() == r.min()) return;
        boolean nullable = Node.minLen(r.body()) == 0;
        int reg = nullable ? nslots++ : -1;
        if (r.max() == Node.INF) {
            int loop = emit(SPLIT, 0, 0);
            int body = size;
            if (nullable) emit(LSET, reg, 0);
            gen(r.body());
            int chk = nullable ? emit(LCHK, reg, 0) : -1;
            emit(JMP, loop, 0);
            int exit = size;
            x[loop] = greedy ? body : exit;
            y[loop] = greedy ? exit : body;
            if (chk >= 0) y[chk] = exit;
            return;
        }
        int count = r.max() - r.min();
        int[] splits = new int[count];
        int[] chks = new int[count];
        for (int i = 0; i < count; i++) {
            splits[i] = emit(SPLIT, 0, 0);
            int body = size;
            if (nullable) emit(LSET, reg, 0);
            gen(r.body());
            chks[i] = nullable ? emit(LCHK, reg, 0) : -1;
            x[splits[i]] = body; // fixed below for lazy
        }
        int exit = size;
        for (int i = 0; i < count; i++) {
            int body = x[splits[i]];
            x[splits[i]] = greedy ? body : exit;
            y[splits[i]] = greedy ? exit : body;
            if (chks[i] >= 0) y[chks[i]] = exit;
        }
    }
}
