/** Double.toString: the shortest decimal that rounds back to the same double (JDK 19+ algorithm), both notations. */
public class Main {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0, 100.0, 1234.5678, 1e6, 9999999.0, 1e7,
                       10000000.5, 123456789.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 0.001, 0.0001, 0.00012345, 1e-5, 1e-7,
                       Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY,
                       Double.NEGATIVE_INFINITY, Math.PI, Math.E, 2e-323, 4.9e-324, 1.7976931348623157e308, 5e-324,
                       9007199254740992.0, 9007199254740993.0, 0.5, 0.25, 0.125, 1.5, 2.0E-3, 123e-20, 6.02214076e23,
                       299792458.0, 1.1, 2.2, 3.3, 100.1, 5e-310, -123.456e-100};
        for (double d : ds) System.out.println(Double.toString(d) + " " + String.valueOf(-d));
        double x = 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(x).append(' ');
            x *= 7.3;
        }
        System.out.println(sb);
        sb.setLength(0);
        x = 1;
        for (int i = 0; i < 40; i++) {
            sb.append(x).append(' ');
            x /= 3.7;
        }
        System.out.println(sb);
        long bits = 0x3FF0000000000001L;
        System.out.println("next after 1: " + Double.longBitsToDouble(bits) + " prev: " + Double.longBitsToDouble(0x3FEFFFFFFFFFFFFFL));
        // a pseudo-random sweep over bit patterns (all finite)
        long seed = 88172645463325252L;
        long h = 0;
        for (int i = 0; i < 2000; i++) {
            seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
            double v = Double.longBitsToDouble(seed & 0x7FEFFFFFFFFFFFFFL);
            String s = Double.toString(v);
            h = h * 31 + s.hashCode();
            if (i % 250 == 0) System.out.println(s);
        }
        System.out.println("sweep hash " + h);
    }
}
