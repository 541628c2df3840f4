import java.math.BigInteger;
import java.util.*;

/** Exact linear algebra over rationals: Gaussian elimination, determinant, inverse, rank, matrix powers (long and BigInteger). */
public class Main {
    record Frac(BigInteger num, BigInteger den) implements Comparable<Frac> {
        static final Frac ZERO = of(0), ONE = of(1);

        Frac {
            if (den.signum() == 0) throw new ArithmeticException("zero denominator");
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            if (num.signum() == 0) den = BigInteger.ONE;
        }

        static Frac of(long n) { return new Frac(BigInteger.valueOf(n), BigInteger.ONE); }
        static Frac of(long n, long d) { return new Frac(BigInteger.valueOf(n), BigInteger.valueOf(d)); }
        Frac add(Frac o) { return new Frac(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
        Frac sub(Frac o) { return add(o.neg()); }
        Frac mul(Frac o) { return new Frac(num.multiply(o.num), den.multiply(o.den)); }
        Frac div(Frac o) { return new Frac(num.multiply(o.den), den.multiply(o.num)); }
        Frac neg() { return new Frac(num.negate(), den); }
        boolean isZero() { return num.signum() == 0; }
        public int compareTo(Frac o) { return num.multiply(o.den).compareTo(o.num.multiply(den)); }
        @Override public String toString() { return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den; }
    }

    static Frac[][] matrix(long[][] v) {
        Frac[][] m = new Frac[v.length][v[0].length];
        for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) m[i][j] = Frac.of(v[i][j]);
        return m;
    }

    static String show(Frac[][] m) {
        int w = 1;
        for (Frac[] row : m) for (Frac f : row) w = Math.max(w, f.toString().length());
        StringBuilder sb = new StringBuilder();
        for (Frac[] row : m) {
            sb.append('[');
            for (int j = 0; j < row.length; j++) sb.append(String.format("%" + (w + 1) + "s", row[j]));
            sb.append(" ]\n");
        }
        return sb.toString();
    }

    /** Reduced row echelon form in place; returns {rank, sign of the row permutation}. */
    static int[] rref(Frac[][] m, int cols) {
        int rank = 0, sign = 1;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) if (!m[r][c].isZero()) { pivot = r; break; }
            if (pivot < 0) continue;
            if (pivot != rank) {
                Frac[] t = m[pivot]; m[pivot] = m[rank]; m[rank] = t;
                sign = -sign;
            }
            Frac p = m[rank][c];
            for (int j = 0; j < m[rank].length; j++) m[rank][j] = m[rank][j].div(p);
            for (int r = 0; r < m.length; r++) {
                if (r == rank || m[r][c].isZero()) continue;
                Frac f = m[r][c];
                for (int j = 0; j < m[r].length; j++) m[r][j] = m[r][j].sub(f.mul(m[rank][j]));
            }
            rank++;
        }
        return new int[] {rank, sign};
    }

    static Frac det(Frac[][] a) {
        int n = a.length;
        Frac[][] m = new Frac[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        Frac d = Frac.ONE;
        for (int c = 0; c < n; c++) {
            int p = c;
            while (p < n && m[p][c].isZero()) p++;
            if (p == n) return Frac.ZERO;
            if (p != c) { Frac[] t = m[p]; m[p] = m[c]; m[c] = t; d = d.neg(); }
            d = d.mul(m[c][c]);
            for (int r = c + 1; r < n; r++) {
                Frac f = m[r][c].div(m[c][c]);
                for (int j = c; j < n; j++) m[r][j] = m[r][j].sub(f.mul(m[c][j]));
            }
        }
        return d;
    }

    static Optional<Frac[][]> inverse(Frac[][] a) {
        int n = a.length;
        Frac[][] aug = new Frac[n][2 * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < 2 * n; j++)
            aug[i][j] = j < n ? a[i][j] : (j - n == i ? Frac.ONE : Frac.ZERO);
        if (rref(aug, n)[0] < n) return Optional.empty();
        Frac[][] inv = new Frac[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(aug[i], n, inv[i], 0, n);
        return Optional.of(inv);
    }

    static Frac[][] mul(Frac[][] a, Frac[][] b) {
        Frac[][] c = new Frac[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < b[0].length; j++) {
            Frac s = Frac.ZERO;
            for (int k = 0; k < b.length; k++) s = s.add(a[i][k].mul(b[k][j]));
            c[i][j] = s;
        }
        return c;
    }

    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) for (int j = 0; j < n; j++)
            c[i][j] = (c[i][j] + Math.floorMod(a[i][k] * b[k][j], mod)) % mod;
        return c;
    }

    public static void main(String[] args) {
        Frac[][] a = matrix(new long[][] {{2, -1, 0, 3}, {1, 3, 2, -2}, {0, 1, 4, 1}, {5, 0, -1, 2}});
        System.out.print("A =\n" + show(a));
        System.out.println("det(A) = " + det(a));
        Frac[][] inv = inverse(a).orElseThrow();
        System.out.print("inverse(A) =\n" + show(inv));
        System.out.print("A * inverse(A) =\n" + show(mul(a, inv)));
        Frac[][] sing = matrix(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        System.out.println("det(singular) = " + det(sing) + ", inverse present: " + inverse(sing).isPresent());
        Frac[][] copy = matrix(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        System.out.println("rank = " + rref(copy, 3)[0]);
        System.out.print("rref =\n" + show(copy));
        // Solve a system A x = b.
        Frac[][] sys = new Frac[4][5];
        long[] b = {7, -3, 12, 1};
        for (int i = 0; i < 4; i++) {
            System.arraycopy(a[i], 0, sys[i], 0, 4);
            sys[i][4] = Frac.of(b[i]);
        }
        rref(sys, 4);
        StringJoiner x = new StringJoiner(", ", "x = (", ")");
        for (Frac[] row : sys) x.add(row[4].toString());
        System.out.println(x);
        // Hilbert matrix: exact determinants grow small quickly.
        for (int n = 1; n <= 6; n++) {
            Frac[][] h = new Frac[n][n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = Frac.of(1, i + j + 1);
            System.out.println("det(H" + n + ") = " + det(h));
        }
        // Fibonacci by fast matrix exponentiation mod 1e9+7, checked against iteration.
        long mod = 1_000_000_007L;
        for (long n : new long[] {10, 90, 1000, 123456789}) {
            long[][] res = {{1, 0}, {0, 1}}, base = {{1, 1}, {1, 0}};
            for (long e = n; e > 0; e >>= 1) {
                if ((e & 1) == 1) res = mulMod(res, base, mod);
                base = mulMod(base, base, mod);
            }
            System.out.println("fib(" + n + ") mod p = " + res[0][1]);
        }
        long f0 = 0, f1 = 1;
        for (int i = 0; i < 90; i++) { long t = (f0 + f1) % mod; f0 = f1; f1 = t; }
        System.out.println("iterative fib(90) mod p = " + f0);
        List<Frac> fr = new ArrayList<>(List.of(Frac.of(1, 3), Frac.of(-2, 4), Frac.of(5, 10), Frac.of(2, 6), Frac.of(7, -3)));
        Collections.sort(fr);
        System.out.println("sorted fractions " + fr + " distinct " + new TreeSet<>(fr));
        try {
            Frac.of(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
