// %g / %G: precision = significant digits (0 -> 1, default 6), decimal form for 10^-4 <= rounded
// value < 10^precision, scientific otherwise; grouping, signs, parentheses, zero padding.
public class Main {
    public static void main(String[] args) {
        for (int e = -8; e <= 9; e++) {
            double v = Double.parseDouble("1e" + e);
            double a = Double.parseDouble("9.9999996e" + e);
            double b = Double.parseDouble("9.99995e" + e);
            double c = Double.parseDouble("1.234565e" + e);
            System.out.println(String.format("%g %g %g %g | %.0g %.1g %.2g %.3g %.10g | %G %.3g %.5g", v, a, b, c, c, c, c, c, c, a, b, b));
        }
        long seed = 7;
        for (int i = 0; i < 300; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int e = (int) ((seed >>> 35) % 30) - 15;
            double v = ((seed >>> 11) * 0x1.0p-53 - 0.5) * Double.parseDouble("1e" + e);
            System.out.println(String.format("%g|%.3g|%.12g|%,g|%+g|%(g|%012.4g|%-12.2G|% .1g", v, v, v, v, v, v, v, v, v));
        }
        double[] edge = {0.0, -0.0, 0.0001, 0.00009999995, 0.000099999, 100000.0, 999999.0, 999999.5, 1e6, 5e-324,
            Double.MAX_VALUE, 123456.0, 1234567.0, 0.5, 9.5, 99.5, 1.5e-5};
        for (double v : edge) {
            System.out.println(String.format("%g %.0g %.1g %.2g %.17g %,.10g %G %(12.3g %012.3g", v, v, v, v, v, v, v, -v, -v));
        }
        System.out.println(String.format("%g %g %.3g", 1.1f, 3.4028235e38f, 0.1f));
    }
}
