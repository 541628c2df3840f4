import java.util.*;

/** Conway's Game of Life on a torus: seeded soup, gliders, period detection with a hash of generations, population stats. */
public class Main {
    final int w, h;
    boolean[][] cells;

    Main(int w, int h) {
        this.w = w;
        this.h = h;
        cells = new boolean[h][w];
    }

    void place(String pattern, int x, int y) {
        String[] rows = pattern.split("/");
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < rows[r].length(); c++)
                if (rows[r].charAt(c) == 'O') cells[(y + r) % h][(x + c) % w] = true;
    }

    int neighbours(int y, int x) {
        int n = 0;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
                if ((dy != 0 || dx != 0) && cells[Math.floorMod(y + dy, h)][Math.floorMod(x + dx, w)]) n++;
        return n;
    }

    void step() {
        boolean[][] next = new boolean[h][w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int n = neighbours(y, x);
                next[y][x] = n == 3 || (n == 2 && cells[y][x]);
            }
        cells = next;
    }

    int population() {
        int p = 0;
        for (boolean[] row : cells) for (boolean b : row) if (b) p++;
        return p;
    }

    String key() {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : cells) {
            long bits = 0;
            for (int x = 0; x < w; x++) if (row[x]) bits |= 1L << x;
            sb.append(Long.toString(bits, 36)).append('.');
        }
        return sb.toString();
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : cells) {
            for (boolean b : row) sb.append(b ? '#' : '.');
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Main g = new Main(12, 8);
        g.place(".O./..O/OOO", 1, 1);          // glider
        g.place("OOO", 7, 5);                  // blinker
        System.out.print(g.render());
        for (int i = 1; i <= 4; i++) g.step();
        System.out.println("after 4 steps, population " + g.population());
        System.out.print(g.render());
        Map<String, Integer> seen = new HashMap<>();
        int gen = 0;
        while (!seen.containsKey(g.key())) {
            seen.put(g.key(), gen++);
            g.step();
        }
        System.out.println("cycle: generation " + gen + " repeats " + seen.get(g.key()) + " (period " + (gen - seen.get(g.key())) + ")");

        Main soup = new Main(40, 20);
        Random r = new Random(1234);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 40; x++) soup.cells[y][x] = r.nextInt(100) < 35;
        List<Integer> pops = new ArrayList<>();
        Map<String, Integer> history = new HashMap<>();
        int t = 0;
        Integer repeat = null;
        while (t < 600 && (repeat = history.putIfAbsent(soup.key(), t)) == null) {
            pops.add(soup.population());
            soup.step();
            t++;
        }
        IntSummary s = IntSummary.of(pops);
        System.out.println("soup: steps=" + t + " repeat-of=" + repeat + " min=" + s.min + " max=" + s.max + " final=" + soup.population());
        System.out.println("first populations " + pops.subList(0, 12));
        System.out.print(soup.render());
    }

    record IntSummary(int min, int max) {
        static IntSummary of(List<Integer> xs) {
            return new IntSummary(Collections.min(xs), Collections.max(xs));
        }
    }
}
