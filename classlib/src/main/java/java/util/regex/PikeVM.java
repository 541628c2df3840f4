package java.util.regex;

/**
 * Thompson/Pike NFA simulation for programs without back references, look-around or atomic
 * groups: time O(text length x program size), no recursion. Threads are kept in priority order
 * (the order a backtracking matcher would try them), and a thread reaching an instruction already
 * reached by a higher-priority thread at the same position is dropped, so the first thread to
 * reach MATCH carries exactly the captures the JDK's backtracking would report.
 */
final class PikeVM {
    private final Prog prog;
    private final Input in;

    /**
     * Threads of one step in priority order. A thread is identified by its pc and by which loop
     * registers equal the current position (the only state that steers its future: captures do
     * not, and a register below the position can never equal a later one), so it is dropped only
     * when a higher-priority thread already reached the same pc in the same loop state.
     */
    private static final class ThreadList {
        int[] pcs = new int[16];
        int[][] slots = new int[16][];
        int n;
        final int[] stamp;
        final long[][] masks;
        final int[] nmask;
        int gen = 1;

        ThreadList(int size) {
            stamp = new int[size];
            masks = new long[size][];
            nmask = new int[size];
        }

        /** Records (pc, mask) and returns true if it was not seen in this step. */
        boolean visit(int pc, long mask) {
            if (stamp[pc] != gen) {
                stamp[pc] = gen;
                nmask[pc] = 0;
            }
            long[] m = masks[pc];
            int k = nmask[pc];
            for (int i = 0; i < k; i++) {
                if (m[i] == mask) return false;
            }
            if (m == null || k == m.length) masks[pc] = m = java.util.Arrays.copyOf(m == null ? new long[0] : m, k * 2 + 1);
            m[k] = mask;
            nmask[pc] = k + 1;
            return true;
        }

        void add(int pc, int[] s) {
            if (n == pcs.length) {
                pcs = java.util.Arrays.copyOf(pcs, n * 2);
                slots = java.util.Arrays.copyOf(slots, n * 2);
            }
            pcs[n] = pc;
            slots[n] = s;
            n++;
        }

        void clear() {
            for (int i = 0; i < n; i++) slots[i] = null;
            n = 0;
            gen++;
        }
    }

    private int[] stackPc = new int[16];
    private int[][] stackSlots = new int[16][];
    private final int regBase;

    PikeVM(Prog prog, Input in) {
        this.prog = prog;
        this.in = in;
        this.regBase = 2 * (prog.groups + 1);
    }

    /**
     * Finds the preferred match starting at start (anchored) or at the first possible position
     * at or after it; requireEnd demands that the match end at the region end. Returns the slots
     * (group 0 included) or null.
     */
    int[] search(int start, boolean anchored, boolean requireEnd) {
        ThreadList clist = new ThreadList(prog.size);
        ThreadList nlist = new ThreadList(prog.size);
        int[] matched = null;
        int pos = start;
        while (true) {
            if (matched == null && (!anchored || pos == start)) {
                int[] s = new int[prog.nslots];
                java.util.Arrays.fill(s, -1);
                s[0] = pos;
                add(clist, 0, pos, s);
            }
            if (clist.n == 0 && (matched != null || anchored)) break;
            int cp = pos < in.to ? in.codePointAt(pos) : -1;
            int next = cp < 0 ? pos : pos + Character.charCount(cp);
            for (int i = 0; i < clist.n; i++) {
                int pc = clist.pcs[i];
                int op = prog.op[pc];
                if (op == Prog.MATCH) {
                    if (requireEnd && pos != in.to) continue;
                    matched = clist.slots[i].clone();
                    matched[1] = pos;
                    break;
                }
                if (cp >= 0 && prog.pred[pc].test(cp)) add(nlist, pc + 1, next, clist.slots[i]);
            }
            if (cp < 0) break;
            pos = next;
            ThreadList t = clist;
            clist = nlist;
            nlist = t;
            nlist.clear();
        }
        return matched;
    }

    private long loopMask(int[] s, int pos) {
        long m = 0;
        for (int r = regBase, bit = 0; r < s.length && bit < 64; r++, bit++) {
            if (s[r] == pos) m |= 1L << bit;
        }
        return m;
    }

    /** Follows the empty transitions from pc in priority order with an explicit stack. */
    private void add(ThreadList list, int pc0, int pos, int[] slots0) {
        int sp = 0;
        stackPc[sp] = pc0;
        stackSlots[sp++] = slots0;
        while (sp > 0) {
            sp--;
            int pc = stackPc[sp];
            int[] s = stackSlots[sp];
            stackSlots[sp] = null;
            while (true) {
                if (!list.visit(pc, loopMask(s, pos))) break;
                int op = prog.op[pc];
                if (op == Prog.CHAR || op == Prog.MATCH) {
                    list.add(pc, s);
                    break;
                }
                if (op == Prog.JMP) {
                    pc = prog.x[pc];
                } else if (op == Prog.SPLIT) {
                    if (sp == stackPc.length) {
                        stackPc = java.util.Arrays.copyOf(stackPc, sp * 2);
                        stackSlots = java.util.Arrays.copyOf(stackSlots, sp * 2);
                    }
                    stackPc[sp] = prog.y[pc];
                    stackSlots[sp++] = s;
                    pc = prog.x[pc];
                } else if (op == Prog.SAVE || op == Prog.LSET) {
                    if (s[prog.x[pc]] != pos) {
                        s = s.clone();
                        s[prog.x[pc]] = pos;
                    }
                    pc++;
                } else if (op == Prog.LCHK) {
                    pc = s[prog.x[pc]] == pos ? prog.y[pc] : pc + 1;
                } else if (op == Prog.ASSERT) {
                    if (!in.check(prog.x[pc], pos)) break;
                    pc++;
                } else {
                    throw new IllegalStateException("PikeVM: unexpected instruction " + op);
                }
            }
        }
    }
}
