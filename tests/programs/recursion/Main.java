/** Recursion: fibonacci, Ackermann (small), mutual recursion, Towers of Hanoi, permutations. */
public class Main {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static long moves = 0;
    static int checksum = 0;
    static void hanoi(int n, int from, int to, int via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        checksum = checksum * 7 + from * 3 + to;
        hanoi(n - 1, via, to, from);
    }

    static int perms = 0;
    static long permHash = 0;
    static void permute(char[] a, int k) {
        if (k == a.length) {
            perms++;
            permHash = permHash * 31 + new String(a).hashCode();
            return;
        }
        for (int i = k; i < a.length; i++) {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            permute(a, k + 1);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }

    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    static double power(double base, int exp) {
        if (exp == 0) return 1;
        double half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 25; i++) sb.append(fib(i)).append(' ');
        System.out.println("fib " + sb);
        System.out.println("ack(2,3)=" + ack(2, 3) + " ack(3,3)=" + ack(3, 3) + " ack(3,5)=" + ack(3, 5));
        System.out.println("even/odd " + isEven(1000) + " " + isOdd(777) + " " + isEven(3));
        hanoi(16, 1, 3, 2);
        System.out.println("hanoi moves=" + moves + " checksum=" + checksum);
        permute("abcdefg".toCharArray(), 0);
        System.out.println("perms=" + perms + " hash=" + permHash);
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(1L << 40, 6L * (1L << 20)) + " power " + power(1.0001, 10000) + " " + power(2, 62));
    }
}
