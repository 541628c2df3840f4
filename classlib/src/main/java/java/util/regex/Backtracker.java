package java.util.regex;

import java.util.Arrays;

/**
 * Backtracking matcher for programs with back references, look-around, atomic groups or
 * possessive quantifiers. Choice points and capture undo records live on an explicit int stack on
 * the heap, so long inputs never overflow the native stack. Java recursion happens only for
 * look-around and atomic bodies, so its depth is bounded by the pattern's nesting.
 */
final class Backtracker {
    private static final int CHOICE = 0, UNDO = 1;

    private final Prog prog;
    private final Input in;
    private final int[] slots;
    private int[] stack = new int[64];
    private int sp;
    private boolean requireEnd;

    Backtracker(Prog prog, Input in) {
        this.prog = prog;
        this.in = in;
        this.slots = new int[prog.nslots];
    }

    /** Same contract as PikeVM.search. */
    int[] search(int start, boolean anchored, boolean requireEnd) {
        this.requireEnd = requireEnd;
        for (int s = start; s <= in.to; s++) {
            Arrays.fill(slots, -1);
            slots[0] = s;
            sp = 0;
            int end = run(0, s, -1);
            if (end >= 0) {
                int[] r = slots.clone();
                r[1] = end;
                return r;
            }
            if (anchored) break;
        }
        return null;
    }

    private void push(int kind, int a, int b) {
        if (sp + 3 > stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
        stack[sp] = kind;
        stack[sp + 1] = a;
        stack[sp + 2] = b;
        sp += 3;
    }

    private void set(int slot, int value) {
        push(UNDO, slot, slots[slot]);
        slots[slot] = value;
    }

    /**
     * Runs from pc at pos until MATCH or SUCCEED; target >= 0 makes SUCCEED require that position
     * (look-behind). Returns the end position, or -1 after undoing everything it pushed.
     */
    private int run(int pc, int pos, int target) {
        final int base = sp;
        final Prog p = prog;
        while (true) {
            boolean ok = true;
            switch (p.op[pc]) {
                case Prog.CHAR -> {
                    if (pos < in.to) {
                        int cp = in.codePointAt(pos);
                        if (p.pred[pc].test(cp)) {
                            pos += Character.charCount(cp);
                            pc++;
                        } else ok = false;
                    } else ok = false;
                }
                case Prog.SPLIT -> {
                    push(CHOICE, p.y[pc], pos);
                    pc = p.x[pc];
                }
                case Prog.JMP -> pc = p.x[pc];
                case Prog.SAVE, Prog.LSET -> {
                    set(p.x[pc], pos);
                    pc++;
                }
                case Prog.LCHK -> pc = slots[p.x[pc]] == pos ? p.y[pc] : pc + 1;
                case Prog.ASSERT -> {
                    if (in.check(p.x[pc], pos)) pc++;
                    else ok = false;
                }
                case Prog.BACKREF -> {
                    int end = backref(p.x[pc], p.y[pc], pos);
                    if (end >= 0) {
                        pos = end;
                        pc++;
                    } else ok = false;
                }
                case Prog.LOOK -> {
                    if (look(pc, pos)) pc = p.y[pc];
                    else ok = false;
                }
                case Prog.ATOMIC -> {
                    int[] snap = slots.clone();
                    int mark = sp;
                    int end = run(pc + 1, pos, -1);
                    if (end >= 0) {
                        sp = mark;
                        keepChanges(snap);
                        pos = end;
                        pc = p.y[pc];
                    } else ok = false;
                }
                case Prog.SUCCEED -> {
                    if (target < 0 || pos == target) return pos;
                    ok = false;
                }
                case Prog.MATCH -> {
                    if (!requireEnd || pos == in.to) return pos;
                    ok = false;
                }
                default -> throw new IllegalStateException("Backtracker: bad instruction");
            }
            if (ok) continue;
            // Backtrack: undo captures down to the newest choice point of this run.
            boolean resumed = false;
            while (sp > base) {
                sp -= 3;
                if (stack[sp] == UNDO) {
                    slots[stack[sp + 1]] = stack[sp + 2];
                } else {
                    pc = stack[sp + 1];
                    pos = stack[sp + 2];
                    resumed = true;
                    break;
                }
            }
            if (!resumed) return -1;
        }
    }

    /** After a committed sub-run: record undo entries for the slots it changed. */
    private void keepChanges(int[] snap) {
        for (int i = 0; i < snap.length; i++) {
            if (slots[i] != snap[i]) {
                int v = slots[i];
                slots[i] = snap[i];
                set(i, v);
            }
        }
    }

    private boolean look(int pc, int pos) {
        int kind = prog.x[pc];
        boolean negative = (kind & 1) != 0;
        int[] snap = slots.clone();
        int mark = sp;
        boolean found = false;
        if ((kind & 2) == 0) {
            found = run(pc + 1, pos, -1) >= 0;
        } else {
            long lowest = prog.lmax[pc] == Node.INF ? in.from : Math.max((long) pos - prog.lmax[pc], in.from);
            for (int j = pos - prog.lmin[pc]; j >= lowest && !found; j--) {
                found = run(pc + 1, j, pos) >= 0;
            }
        }
        sp = mark;
        if (negative) {
            System.arraycopy(snap, 0, slots, 0, snap.length);
            return !found;
        }
        if (found) keepChanges(snap);
        return found;
    }

    private int backref(int group, int flags, int pos) {
        if (group > prog.groups) return -1; // a group that does not exist never matched
        int s = slots[2 * group], e = slots[2 * group + 1];
        if (s < 0 || e < 0) return -1;
        int len = e - s;
        if (pos + len > in.to) return -1;
        for (int i = 0; i < len; i++) {
            char a = in.text.charAt(s + i), b = in.text.charAt(pos + i);
            if (a == b) continue;
            if ((flags & 1) == 0) return -1;
            if ((flags & 2) != 0) {
                if (Character.toLowerCase(Character.toUpperCase(a)) != Character.toLowerCase(Character.toUpperCase(b))) return -1;
            } else if (a >= 128 || b >= 128 || (a | 0x20) != (b | 0x20) || !Character.isLetter(a)) {
                return -1;
            }
        }
        return pos + len;
    }
}
