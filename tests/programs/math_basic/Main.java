/**
 * java.lang.Math: abs/min/max/floor/ceil/round/rint/sqrt/signum/floorDiv/floorMod and their edge cases (pow/sin/exp come with the fdlibm port).
 * Only exactly-specified results are printed (sqrt is correctly rounded),
 * because Math.pow/sin/... may differ by 1 ulp between correct implementations.
 */
public class Main {
    public static void main(String[] args) {
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0)
                + " " + Math.abs(-2.5f) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        System.out.println("min/max " + Math.min(3, -7) + " " + Math.max(3L, 9L) + " " + Math.min(1.5f, -2f) + " " + Math.max(Double.NaN, 1));
        double[] ds = {-2.5, -1.5, -0.5, -0.0, 0.0, 0.49999999999999994, 0.5, 1.5, 2.5, 3.7, -3.7, 1e20, -1e20, Double.NaN,
                       Double.POSITIVE_INFINITY, 4503599627370497.0, -4503599627370497.0, 0.1, -0.9};
        for (double d : ds) {
            System.out.println(d + ": floor " + Math.floor(d) + " ceil " + Math.ceil(d) + " round " + Math.round(d) + " rint " + Math.rint(d)
                    + " signum " + Math.signum(d) + " roundf " + Math.round((float) d));
        }
        double[] roots = {0, 1, 2, 3, 4, 9, 10, 0.25, 1e-10, 1e300, -1, Double.NaN, Double.POSITIVE_INFINITY, -0.0};
        StringBuilder sb = new StringBuilder();
        for (double r : roots) sb.append(Math.sqrt(r)).append(' ');
        System.out.println("sqrt " + sb);
        System.out.println("floorDiv " + Math.floorDiv(7, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorDiv(-7L, 2L)
                + " floorMod " + Math.floorMod(7, 3) + " " + Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7L, 3L));
        System.out.println("constants " + Math.PI + " " + Math.E);
        System.out.println("hypot-ish " + Math.sqrt(3 * 3 + 4 * 4) + " fma-free " + (0.1 * 0.1 + 0.01));
        long acc = 0;
        for (int i = 0; i < 100000; i++) acc += Math.round(Math.sqrt(i) * 1000) + Math.abs(i - 50000) + Math.floorMod(i * 7919, 13);
        System.out.println("acc " + acc);
    }
}
