import java.util.Random;

/** StrictMath.pow (fdlibm) special cases and random pairs; Math.pow where the result is exact. */
public class Main {
    public static void main(String[] args) {
        double[] sp = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 10, 1.0000000001, 0.9999999999, 1e10, -1e10, 1e20, 1024, -1075, 0.3, 2.5};
        for (double x : sp) {
            StringBuilder sb = new StringBuilder("pow(" + x + ", *):");
            for (double y : sp) sb.append(' ').append(StrictMath.pow(x, y));
            System.out.println(sb);
        }
        Random rnd = new Random(1618);
        long digest = 3;
        for (int i = 0; i < 100000; i++) {
            double x, y;
            switch (i % 5) {
                case 0 -> { x = rnd.nextDouble() * 100; y = rnd.nextGaussian() * 20; }
                case 1 -> { x = -rnd.nextInt(50); y = rnd.nextInt(60) - 30; }
                case 2 -> { x = Double.longBitsToDouble(rnd.nextLong()); y = Double.longBitsToDouble(rnd.nextLong()); }
                case 3 -> { x = 1 + rnd.nextGaussian() * 1e-9; y = rnd.nextGaussian() * 1e12; }
                default -> { x = rnd.nextDouble() * 10; y = rnd.nextDouble() * 700 - 350; }
            }
            double p = StrictMath.pow(x, y);
            digest = digest * 1000003 + Double.doubleToLongBits(p);
            if (i % 7000 == 0) System.out.println(x + " ^ " + y + " = " + p);
        }
        System.out.println("digest " + Long.toHexString(digest));
        // exact results: HotSpot's Math.pow intrinsic and fdlibm agree on these
        long sum = 0;
        for (int b = 0; b <= 12; b++) for (int e = 0; e <= 14; e++) sum += (long) Math.pow(b, e);
        System.out.println("sum of b^e = " + sum + " 2^10=" + Math.pow(2, 10) + " 10^15=" + Math.pow(10, 15) + " sqrt via pow " + Math.pow(2.25, 0.5)
                + " 2^-3=" + Math.pow(2, -3) + " (-2)^3=" + Math.pow(-2, 3) + " 0^0=" + Math.pow(0, 0) + " NaN^0=" + Math.pow(Double.NaN, 0));
        double compound = 1000 * StrictMath.pow(1 + 0.05 / 12, 12 * 30);
        System.out.printf("compound %.2f%n", compound);
    }
}
