/** Labeled break/continue, nested loops, do-while, loop variables, switch inside loops. */
public class Main {
    public static void main(String[] args) {
        outer:
        for (int i = 2; i < 60; i++) {
            for (int j = 2; j * j <= i; j++) {
                if (i % j == 0) continue outer;
            }
            System.out.print(i + " ");
        }
        System.out.println();
        int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, -9}};
        int found = -1;
        search:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    found = r * 10 + c;
                    break search;
                }
            }
        }
        System.out.println("first negative at " + found);
        long digits = 9_876_543_210L;
        int digitSum = 0, rounds = 0;
        do {
            digitSum = 0;
            for (long d = digits; d > 0; d /= 10) digitSum += (int) (d % 10);
            digits = digitSum;
            rounds++;
        } while (digits >= 10);
        System.out.println("digital root " + digits + " after " + rounds + " rounds");
        StringBuilder sb = new StringBuilder();
        int k = 0;
        loop:
        while (true) {
            k++;
            switch (k % 4) {
                case 0:
                    sb.append('z');
                    continue loop;
                case 1:
                    sb.append('a');
                    break;
                case 2:
                    if (k > 20) break loop;
                    sb.append('b');
                    break;
                default:
                    sb.append('c');
            }
            sb.append(k);
        }
        System.out.println(sb);
        block:
        {
            if (sb.length() > 5) break block;
            System.out.println("not printed");
        }
        int count = 0;
        for (int a = 0, b = 10; a < b; a++, b--) count += a * b;
        System.out.println("count " + count);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            if (i % 3 == 0) continue;
            if (i > 900) break;
            sum += i;
        }
        System.out.println("sum " + sum);
        int x = 0;
        b:
        for (int i = 0; i < 5; i++) {
            c:
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue b;
                if (i == 4) break b;
                x += i * j;
                if (j == i) continue c;
            }
        }
        System.out.println("x " + x);
        for (char ch = 'a'; ch <= 'z'; ch += 5) System.out.print(ch);
        System.out.println();
        int i = 0;
        for (;;) {
            if (++i >= 7) break;
        }
        System.out.println("i " + i);
    }
}
