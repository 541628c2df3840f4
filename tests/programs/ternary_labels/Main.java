/** Ternaries (nested, mixed numeric types), labeled break/continue, do-while and complex loop conditions. */
public class Main {
    static String classify(int n) {
        return n < 0 ? "neg" : n == 0 ? "zero" : n < 10 ? "small" : n < 100 ? "medium" : "large";
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int n : new int[]{-5, 0, 7, 42, 1000}) sb.append(classify(n)).append(' ');
        System.out.println(sb);
        boolean flag = true;
        System.out.println("mixed numeric ternary: " + (flag ? 1 : 2.5) + " " + (flag ? 'a' : 0) + " " + (!flag ? 'a' : 98) + " " + (flag ? (Integer) 5 : (Double) 2.0));
        int found = -1;
        search:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (i * j == 42) { found = i * 10 + j; break search; }
            }
        }
        System.out.println("found " + found);
        int count = 0;
        outer:
        for (int i = 0; i < 20; i++) {
            inner:
            for (int j = 0; j < 20; j++) {
                if (j > i) continue outer;
                if ((i + j) % 7 == 0) continue inner;
                if (i == 18) break outer;
                count++;
            }
        }
        System.out.println("count " + count);
        int k = 0;
        block:
        {
            k++;
            if (k > 0) break block;
            k = 100;
        }
        System.out.println("labeled block k=" + k);
        int n = 27, steps = 0;
        do {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        } while (n != 1);
        System.out.println("collatz(27) steps " + steps);
        int a = 0, b = 100;
        while (a < b && (a * a < b || b % 3 != 0)) { a += 3; b -= 2; }
        System.out.println("a=" + a + " b=" + b);
        long acc = 0;
        for (int i = 0, j = 10; i < j; i++, j--) acc += (long) i * j;
        System.out.println("acc " + acc);
        int x = 5;
        x = x++ + ++x;   // 5 + 7
        int y = 10;
        y += y++ * --y;  // 10 + 10 * 10
        System.out.println("x=" + x + " y=" + y);
        Integer maybe = null;
        try {
            int v = flag ? maybe : 0;     // unboxing null through a ternary throws NPE
            System.out.println("no exception?! " + v);
        } catch (NullPointerException e) {
            System.out.println("ternary unboxing NPE");
        }
    }
}
