// %e / %E: HALF_UP rounding of the shortest decimal, exponents of one to three digits, signs,
// zero padding, '#', powers of ten and two, pseudo-random doubles of every magnitude.
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int e = -325; e <= 308; e += 3) {
            double v = Double.parseDouble("1e" + e);
            double w = Double.parseDouble("9.9999995e" + e);
            System.out.println(String.format("%e %.0e %.3E %.7e %e %.2e", v, v, v, v, w, w));
        }
        double p = 1;
        for (int i = 0; i < 1075; i += 7) {
            sb.append(String.format("%.5e ", p));
            if (i % 70 == 63) {
                System.out.println(sb);
                sb.setLength(0);
            }
            p /= 128;
        }
        System.out.println(sb);
        long seed = 42;
        for (int i = 0; i < 400; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double v = Double.longBitsToDouble(seed);
            if (v != v || Double.isInfinite(v)) {
                continue;
            }
            System.out.println(String.format("%e|%.0e|%.2E|%.16e|%+.10e|%(.4e|%015.3e|%-15.3e|%#.0e", v, v, v, v, v, v, v, v, v));
        }
        double[] edge = {0.0, -0.0, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0, 9.5, 95.0, 0.95, 1.25e-7,
            1.35e100, 2.5, 0.000015, 123456789.0, 1e21, 1e22, 1e23};
        for (double v : edge) {
            System.out.println(String.format("%e %.0e %.1e %.2e %.20e %,.2f %E %12.1e %-12.1e| %012.1e %(e", v, v, v, v, v, v, v, v, v, v, -v));
        }
        float[] fl = {1.1f, 3.4028235e38f, 1.4e-45f, 0.1f};
        for (float f : fl) {
            System.out.println(String.format("%e %.10e %.3E", f, f, f));
        }
    }
}
