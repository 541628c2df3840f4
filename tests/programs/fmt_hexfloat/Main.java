// %a / %A: Double.toHexString form without precision; rounding half-even to 1..12 hex digits with
// subnormals normalized; zero fill for precisions over 13; signs and HotSpot's zero-padding width.
public class Main {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 1.0 / 3, 2.0 / 3, 3.0, 100.0, 1e-300, 1e300, Double.MIN_VALUE,
            2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE, 0x1.fffffffffffffp-1023, Double.MIN_NORMAL, Double.MAX_VALUE,
            0x1.08p0, 0x1.18p0, 0x1.28p0, 0x1.38p0, 0x1.ff8p0, 0x1.0000000000008p0, 0x1.0000000000018p0, 0x1.fffffffffffffp0,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        String[] fmts = {"%a", "%A", "%.0a", "%.1a", "%.2a", "%.3a", "%.6a", "%.12a", "%.13a", "%.14a", "%.20a",
            "%20a", "%-20a|", "%020a", "%+a", "% a", "%#a", "%+025.3A", "%012.2a", "% 014.1a"};
        for (double v : vals) {
            StringBuilder sb = new StringBuilder();
            for (String f : fmts) {
                sb.append('[').append(String.format(f, v)).append(']');
            }
            System.out.println(sb);
        }
        long seed = 5;
        for (int i = 0; i < 100; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double v = Double.longBitsToDouble(seed >>> 1);
            if (v != v || Double.isInfinite(v)) {
                continue;
            }
            System.out.println(String.format("%a %.1a %.4a %.11a %.13a", v, v, v, v, v));
        }
        System.out.println(String.format("%a %a %.2a %a", 1.1f, Float.MIN_VALUE, 0.1f, Float.MAX_VALUE));
    }
}
