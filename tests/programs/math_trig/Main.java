import java.util.Random;

/** StrictMath.sin/cos/tan (fdlibm) on small, medium, huge and near-multiple-of-pi/2 arguments. */
public class Main {
    public static void main(String[] args) {
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.PI, Math.PI / 2,
                Math.PI / 4, -Math.PI / 2, 1e22, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, 3 * Math.PI / 4,
                0.6744, 0.67434, 5 * Math.PI / 2, 1e300, 2.5e6, 1e-9, 100, -100, 1234567.890, 6.283185307179586};
        for (double x : special) {
            System.out.println(x + ": sin " + StrictMath.sin(x) + " cos " + StrictMath.cos(x) + " tan " + StrictMath.tan(x));
        }
        Random rnd = new Random(2718);
        long digest = 7;
        for (int i = 0; i < 60000; i++) {
            double x = switch (i % 6) {
                case 0 -> rnd.nextDouble() * 20 - 10;
                case 1 -> rnd.nextGaussian() * 1e6;
                case 2 -> Double.longBitsToDouble(rnd.nextLong());
                case 3 -> (rnd.nextInt(64) + 1) * (Math.PI / 2) * (1 + (rnd.nextDouble() - 0.5) * 1e-12);
                case 4 -> rnd.nextDouble() * 1e-7;
                default -> (rnd.nextDouble() + 1) * Double.longBitsToDouble((long) (1023 + rnd.nextInt(1000)) << 52);
            };
            double s = StrictMath.sin(x), c = StrictMath.cos(x), t = StrictMath.tan(x);
            digest = digest * 31 + Double.doubleToLongBits(s) * 7 + Double.doubleToLongBits(c) * 3 + Double.doubleToLongBits(t);
            if (i % 5000 == 0) System.out.println("x=" + x + " sin=" + s + " cos=" + c + " tan=" + t);
        }
        System.out.println("digest " + Long.toHexString(digest));
        // a small table as a program would print it
        for (int deg = 0; deg <= 360; deg += 15) {
            double rad = Math.toRadians(deg);
            System.out.printf("%3d %.6f %.6f%n", deg, StrictMath.sin(rad), StrictMath.cos(rad));
        }
    }
}
