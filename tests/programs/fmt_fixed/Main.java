// %f: HALF_UP rounding of the shortest decimal (JDK 21+), grouping, signs, zero padding, huge and
// tiny magnitudes, float arguments widened to double.
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -500; i <= 500; i++) {
            sb.append(String.format("%.3f ", i / 7.0));
            if ((i & 15) == 15) {
                System.out.println(sb);
                sb.setLength(0);
            }
        }
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i <= 400; i++) {
            double v = i / 400.0 * 3; // many ties at .xx5 in the shortest decimal
            sb.append(String.format("%.2f|%.1f|%.0f ", v, v, v));
            if (i % 8 == 7) {
                System.out.println(sb);
                sb.setLength(0);
            }
        }
        System.out.println(sb);
        double[] edge = {0.125, 1.005, 2.675, 0.5, 1.5, 2.5, -0.5, -1.5, 0.05, 0.15, 0.25, 0.35, 1e23, 1e22, 9.995,
            99.995, 0.0005, 5e-324, 1e-320, 4.35, 1234567.891, 1e300, Double.MAX_VALUE, Double.MIN_NORMAL,
            0.1 + 0.2, 1.0 / 3, 2.0 / 3, 123456789012345678.0, 0.0, -0.0, 999999.9999995, 0.9999995};
        String[] fmts = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.20f", "%,.2f", "%+.3f", "% .3f",
            "%(.3f", "%012.3f", "%-12.3f|", "%#.0f", "%,015.1f", "%(,14.2f", "%+,(20.4f"};
        for (double v : edge) {
            sb.setLength(0);
            sb.append(v).append(':');
            for (String f : fmts) {
                sb.append(' ').append(String.format(f, v)).append(' ').append(String.format(f, -v));
            }
            System.out.println(sb);
        }
        float[] fl = {0.1f, 1.1f, 3.4028235e38f, 1.4e-45f, 16777217f, 0.3f, 2.5f};
        for (float f : fl) {
            System.out.println(String.format("%f %.10f %.3f %,.1f", f, f, f, f));
        }
        // A simple LCG for deterministic pseudo-random doubles of all magnitudes.
        long seed = 12345;
        for (int i = 0; i < 300; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int e = (int) ((seed >>> 33) % 40) - 20;
            double m = (seed >>> 11) * 0x1.0p-53;
            double v = m * Double.parseDouble("1e" + e);
            System.out.println(String.format("%.4f %.12f %,.2f", v, v, -v));
        }
    }
}
