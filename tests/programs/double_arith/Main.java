/** double arithmetic (dadd/dsub/dmul/ddiv/drem/dneg), special values and exact IEEE 754 double rounding. */
public class Main {
    static double[] VALUES = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 1.5, -7.25, 1e300, 1e-300, 9007199254740993.0,
                              Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN,
                              Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    static String bits(double d) { return Long.toHexString(Double.doubleToRawLongBits(d)); }

    public static void main(String[] args) {
        long checksum = 0;
        for (double a : VALUES) {
            for (double b : VALUES) {
                double[] r = {a + b, a - b, a * b, a / b, a % b};
                for (double d : r) checksum = checksum * 31 + Double.doubleToLongBits(d);
            }
        }
        System.out.println("checksum = " + checksum);
        double a = VALUES[4], b = VALUES[5];
        System.out.println("0.1+0.2 = " + (a + b) + " bits " + bits(a + b));
        System.out.println("0.1*3 = " + (a * 3) + ", 1-0.9 = " + (1 - 0.9));
        System.out.println("neg zero: " + (-VALUES[0]) + " bits " + bits(-VALUES[0]));
        System.out.println("1e300*1e10 = " + (VALUES[8] * 1e10) + ", 1e-300*1e-300 = " + (VALUES[9] * 1e-300));
        System.out.println("5.5%2 = " + (5.5 % 2) + ", -5.5%2 = " + (-5.5 % 2) + ", 1e300%3 = " + (VALUES[8] % 3));
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println("leibniz pi = " + pi + " bits " + bits(pi));
        double e = 1, term = 1;
        for (int k = 1; k < 20; k++) { term /= k; e += term; }
        System.out.println("e = " + e);
        double sub = Double.MIN_NORMAL / 3;
        System.out.println("subnormal = " + sub + " bits " + bits(sub));
        // Kahan-style compensated sum shows that no FMA contraction or x87 extended precision is used.
        double sum = 0, c = 0;
        for (int i = 0; i < 10000; i++) {
            double y = 0.001 * i - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        System.out.println("kahan = " + sum + " c = " + c);
        double x = 1.0000001, y = 0.9999999;
        System.out.println("x*y-1 = " + (x * y - 1) + " bits " + bits(x * y - 1));
    }
}
