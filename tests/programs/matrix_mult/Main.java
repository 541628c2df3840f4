/** Dense double and long matrix multiplication; results printed as checksums and a few exact values. */
public class Main {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                for (int j = 0; j < m; j++) c[i][j] += aip * b[p][j];
            }
        return c;
    }

    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                long s = 0;
                for (int p = 0; p < n; p++) s = (s + a[i][p] * b[p][j]) % mod;
                c[i][j] = s;
            }
        return c;
    }

    public static void main(String[] args) {
        int n = 120;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 31 + j * 17) % 100 / 10.0 - 5;
                b[i][j] = (i == j ? 2.0 : 0.0) + ((i + 2 * j) % 7) * 0.125;
            }
        double[][] c = mul(a, b);
        double trace = 0, total = 0;
        for (int i = 0; i < n; i++) { trace += c[i][i]; for (int j = 0; j < n; j++) total += c[i][j]; }
        System.out.println("trace " + trace + " total " + total + " c[3][7] " + c[3][7] + " c[119][0] " + c[119][0]);
        // Fibonacci by matrix power modulo a prime.
        long[][] m = {{1, 1}, {1, 0}}, r = {{1, 0}, {0, 1}};
        long e = 1_000_000_000_000L, mod = 1_000_000_007L;
        while (e > 0) {
            if ((e & 1) == 1) r = mulMod(r, m, mod);
            m = mulMod(m, m, mod);
            e >>= 1;
        }
        System.out.println("fib(10^12) mod p = " + r[0][1]);
        double[][] id = new double[4][4];
        for (int i = 0; i < 4; i++) id[i][i] = 1;
        double[][] rot = {{0, -1, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        double[][] p = id;
        for (int i = 0; i < 4; i++) p = mul(p, rot);
        boolean same = true;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) if (p[i][j] != id[i][j]) same = false;
        System.out.println("rotation^4 is identity: " + same + " row 0 " + java.util.Arrays.toString(p[0]));
    }
}
