/** Comparisons involving NaN (fcmpl/fcmpg/dcmpl/dcmpg), infinities and signed zeros. */
public class Main {
    static double dnan = Double.NaN;
    static float fnan = Float.NaN;

    public static void main(String[] args) {
        double[] ds = {dnan, 0.0, -0.0, 1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            for (double b : ds) {
                sb.append(a < b ? '<' : '.').append(a <= b ? 'l' : '.').append(a > b ? '>' : '.')
                  .append(a >= b ? 'g' : '.').append(a == b ? '=' : '.').append(a != b ? '!' : '.')
                  .append(!(a < b) ? 'n' : '.').append(!(a > b) ? 'N' : '.').append(' ')
                  .append(Double.compare(a, b)).append(' ');
            }
            System.out.println(a + ": " + sb);
        }
        float[] fs = {fnan, 0f, -0f, 2f, Float.POSITIVE_INFINITY};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            for (float b : fs) {
                sb.append(a < b ? '<' : '.').append(a <= b ? 'l' : '.').append(a > b ? '>' : '.')
                  .append(a >= b ? 'g' : '.').append(a == b ? '=' : '.').append(a != b ? '!' : '.')
                  .append(' ').append(Float.compare(a, b)).append(' ');
            }
            System.out.println(a + ": " + sb);
        }
        System.out.println("NaN==NaN " + (dnan == dnan) + " isNaN " + Double.isNaN(dnan) + " equals " + Double.valueOf(dnan).equals(dnan));
        System.out.println("0.0==-0.0 " + (0.0 == -0.0) + " equals " + Double.valueOf(0.0).equals(-0.0));
        System.out.println("min(-0,0)=" + Math.min(-0.0, 0.0) + " max(-0,0)=" + Math.max(-0.0, 0.0) + " min(NaN,1)=" + Math.min(dnan, 1.0));
        System.out.println("minf(-0,0)=" + Math.min(-0f, 0f) + " maxf(NaN,1)=" + Math.max(fnan, 1f));
        int count = 0;
        for (int i = 0; i < 10; i++) {
            double v = i == 5 ? dnan : i;
            if (v > 4) count++;
            if (!(v <= 4)) count += 100;
        }
        System.out.println("loop count = " + count);
        System.out.println("1/-0.0 < 0: " + (1 / -0.0 < 0) + ", isInfinite: " + Double.isInfinite(1 / -0.0) + ", isFinite(NaN): " + Double.isFinite(dnan));
    }
}
