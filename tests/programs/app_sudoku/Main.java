import java.util.*;

/** A Sudoku solver: bit-mask candidates, constraint propagation (naked/hidden singles) and backtracking. */
public class Main {
    static final class Board {
        final int[] cells = new int[81];
        final int[] rowMask = new int[9], colMask = new int[9], boxMask = new int[9];
        long guesses, propagations;

        static Board parse(String s) {
            Board b = new Board();
            String digits = s.replaceAll("[^0-9.]", "");
            if (digits.length() != 81) throw new IllegalArgumentException("need 81 cells, got " + digits.length());
            for (int i = 0; i < 81; i++) {
                char c = digits.charAt(i);
                if (c != '.' && c != '0' && !b.place(i, c - '0')) {
                    throw new IllegalArgumentException("conflict at r" + (i / 9 + 1) + "c" + (i % 9 + 1));
                }
            }
            return b;
        }

        static int box(int i) { return (i / 27) * 3 + (i % 9) / 3; }

        boolean place(int i, int d) {
            int bit = 1 << d, r = i / 9, c = i % 9, b = box(i);
            if (((rowMask[r] | colMask[c] | boxMask[b]) & bit) != 0) return false;
            cells[i] = d;
            rowMask[r] |= bit;
            colMask[c] |= bit;
            boxMask[b] |= bit;
            return true;
        }

        void clear(int i) {
            int bit = ~(1 << cells[i]), r = i / 9, c = i % 9, b = box(i);
            rowMask[r] &= bit;
            colMask[c] &= bit;
            boxMask[b] &= bit;
            cells[i] = 0;
        }

        int candidates(int i) {
            return ~(rowMask[i / 9] | colMask[i % 9] | boxMask[box(i)]) & 0x3FE;
        }

        /** Fills forced cells; returns the cells it filled, or null on a contradiction. */
        List<Integer> propagate() {
            List<Integer> filled = new ArrayList<>();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < 81; i++) {
                    if (cells[i] != 0) continue;
                    int cand = candidates(i);
                    if (cand == 0) return undo(filled);
                    if (Integer.bitCount(cand) == 1) {
                        place(i, Integer.numberOfTrailingZeros(cand));
                        filled.add(i);
                        propagations++;
                        changed = true;
                    }
                }
                // Hidden singles per unit: a digit with exactly one possible cell.
                for (int unit = 0; unit < 27; unit++) {
                    int[] idx = unit(unit);
                    for (int d = 1; d <= 9; d++) {
                        int where = -1, count = 0;
                        boolean present = false;
                        for (int i : idx) {
                            if (cells[i] == d) present = true;
                            else if (cells[i] == 0 && (candidates(i) & (1 << d)) != 0) {
                                where = i;
                                count++;
                            }
                        }
                        if (present) continue;
                        if (count == 0) return undo(filled);
                        if (count == 1) {
                            place(where, d);
                            filled.add(where);
                            propagations++;
                            changed = true;
                        }
                    }
                }
            }
            return filled;
        }

        private List<Integer> undo(List<Integer> filled) {
            for (int k = filled.size() - 1; k >= 0; k--) clear(filled.get(k));
            return null;
        }

        static int[] unit(int u) {
            int[] idx = new int[9];
            for (int k = 0; k < 9; k++) {
                if (u < 9) idx[k] = u * 9 + k;
                else if (u < 18) idx[k] = k * 9 + (u - 9);
                else {
                    int b = u - 18;
                    idx[k] = (b / 3) * 27 + (b % 3) * 3 + (k / 3) * 9 + k % 3;
                }
            }
            return idx;
        }

        boolean solve() {
            List<Integer> forced = propagate();
            if (forced == null) return false;
            int best = -1, bestCount = 10;
            for (int i = 0; i < 81; i++) {
                if (cells[i] == 0) {
                    int n = Integer.bitCount(candidates(i));
                    if (n < bestCount) {
                        best = i;
                        bestCount = n;
                    }
                }
            }
            if (best < 0) return true;
            for (int cand = candidates(best); cand != 0; cand &= cand - 1) {
                int d = Integer.numberOfTrailingZeros(cand);
                guesses++;
                place(best, d);
                if (solve()) return true;
                clear(best);
            }
            undo(forced);
            return false;
        }

        boolean valid() {
            for (int u = 0; u < 27; u++) {
                int seen = 0;
                for (int i : unit(u)) seen |= 1 << cells[i];
                if (seen != 0x3FE) return false;
            }
            return true;
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < 9; r++) {
                if (r % 3 == 0) sb.append("+-------+-------+-------+\n");
                for (int c = 0; c < 9; c++) {
                    if (c % 3 == 0) sb.append("| ");
                    int v = cells[r * 9 + c];
                    sb.append(v == 0 ? '.' : (char) ('0' + v)).append(' ');
                }
                sb.append("|\n");
            }
            return sb.append("+-------+-------+-------+").toString();
        }
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79",
            "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
            "8.......... 36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
            "1........ ......... ......... ......... ......... ......... ......... ......... .........",
            "11....... ......... ......... ......... ......... ......... ......... ......... .........",
            "12345678. ........9 ......... ......... ......... ......... ......... ......... .........",
            "123",
        };
        for (int p = 0; p < puzzles.length; p++) {
            System.out.println("Puzzle " + (p + 1));
            try {
                Board b = Board.parse(puzzles[p]);
                int givens = (int) Arrays.stream(b.cells).filter(v -> v != 0).count();
                boolean ok = b.solve();
                System.out.printf("givens=%d solved=%b valid=%b guesses=%d propagations=%d%n",
                        givens, ok, ok && b.valid(), b.guesses, b.propagations);
                System.out.println(b.render());
                long checksum = 0;
                for (int v : b.cells) checksum = checksum * 31 + v;
                System.out.println("checksum " + Long.toHexString(checksum));
            } catch (IllegalArgumentException e) {
                System.out.println("invalid: " + e.getMessage());
            }
        }
    }
}
