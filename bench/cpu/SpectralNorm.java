/**
 * spectral-norm of the Computer Language Benchmarks Game, written for this benchmark: the largest
 * singular value of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by 10 power iterations
 * on an n = 500 section. Tight loops over double[] with an int division-free index formula.
 */
public class SpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void times(double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    static void timesTransposed(double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    static void atTimes(double[] v, double[] out, double[] tmp) {
        times(v, tmp);
        timesTransposed(tmp, out);
    }

    static long unit() {
        int n = 500;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            atTimes(u, v, tmp);
            atTimes(v, u, tmp);
        }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vbv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Double.doubleToLongBits(Math.sqrt(vbv / vv));
    }

    public static void main(String[] args) {
        Harness.main(args, 10, SpectralNorm::unit);
    }
}
