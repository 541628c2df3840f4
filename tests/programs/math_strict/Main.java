import java.util.Random;

/**
 * StrictMath transcendental functions (fdlibm results) on special and seeded random arguments,
 * plus Math's versions of the functions where HotSpot's Math equals StrictMath bit for bit.
 */
public class Main {
    interface DoubleUnaryOperator { double applyAsDouble(double x); }

    interface DoubleBinaryOperator { double applyAsDouble(double x, double y); }

    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 100.0, 1e-300, -1e-300, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            22.0, 709.78, 709.79, 710.5, -745.13, -745.2, Math.PI, Math.E, 0.975, 0.4375, 2.4375, 1e-20, 1e300, 3.0, 27.0, -8.0};

    static long digest = 1;

    static void row(String name, DoubleUnaryOperator f, Random rnd, int n) {
        StringBuilder sb = new StringBuilder(name).append(':');
        for (double x : SPECIAL) sb.append(' ').append(f.applyAsDouble(x));
        System.out.println(sb);
        for (int i = 0; i < n; i++) {
            double x = switch (i % 4) {
                case 0 -> rnd.nextDouble() * 20 - 10;
                case 1 -> rnd.nextGaussian() * 300;
                case 2 -> Double.longBitsToDouble(rnd.nextLong());
                default -> rnd.nextDouble() * 2 - 1;
            };
            double y = f.applyAsDouble(x);
            digest = digest * 1000003 + Double.doubleToLongBits(y);
            if (i < 12) System.out.println("  " + name + "(" + x + ") = " + y);
        }
        System.out.println("  digest " + Long.toHexString(digest));
    }

    static void row2(String name, DoubleBinaryOperator f, Random rnd, int n) {
        StringBuilder sb = new StringBuilder(name).append(':');
        for (double x : SPECIAL) for (int j = 0; j < SPECIAL.length; j += 5) sb.append(' ').append(f.applyAsDouble(x, SPECIAL[j]));
        System.out.println(sb);
        for (int i = 0; i < n; i++) {
            double x = rnd.nextGaussian() * (i % 3 == 0 ? 1e-3 : 100), y = i % 5 == 0 ? Double.longBitsToDouble(rnd.nextLong()) : rnd.nextGaussian() * 50;
            double r = f.applyAsDouble(x, y);
            digest = digest * 1000003 + Double.doubleToLongBits(r);
            if (i < 10) System.out.println("  " + name + "(" + x + ", " + y + ") = " + r);
        }
        System.out.println("  digest " + Long.toHexString(digest));
    }

    public static void main(String[] args) {
        Random rnd = new Random(314159);
        int n = 20000;
        row("StrictMath.exp", StrictMath::exp, rnd, n);
        row("StrictMath.log", StrictMath::log, rnd, n);
        row("StrictMath.log10", StrictMath::log10, rnd, n);
        row("StrictMath.expm1", StrictMath::expm1, rnd, n);
        row("StrictMath.log1p", StrictMath::log1p, rnd, n);
        row("StrictMath.sinh", StrictMath::sinh, rnd, n);
        row("StrictMath.cosh", StrictMath::cosh, rnd, n);
        row("StrictMath.tanh", StrictMath::tanh, rnd, n);
        row("StrictMath.asin", StrictMath::asin, rnd, n);
        row("StrictMath.acos", StrictMath::acos, rnd, n);
        row("StrictMath.atan", StrictMath::atan, rnd, n);
        row("StrictMath.cbrt", StrictMath::cbrt, rnd, n);
        row2("StrictMath.atan2", StrictMath::atan2, rnd, n);
        row2("StrictMath.hypot", StrictMath::hypot, rnd, n);
        // Math = StrictMath on HotSpot for these (no intrinsic stubs):
        row("Math.asin", Math::asin, rnd, n);
        row("Math.acos", Math::acos, rnd, n);
        row("Math.atan", Math::atan, rnd, n);
        row("Math.expm1", Math::expm1, rnd, n);
        row("Math.log1p", Math::log1p, rnd, n);
        row("Math.sinh", Math::sinh, rnd, n);
        row("Math.cosh", Math::cosh, rnd, n);
        row2("Math.atan2", Math::atan2, rnd, n);
        row2("Math.hypot", Math::hypot, rnd, n);
        // polar coordinates round trip with the exact functions
        for (int i = 0; i < 8; i++) {
            double x = rnd.nextGaussian(), y = rnd.nextGaussian();
            System.out.println("polar " + x + "," + y + " -> r=" + Math.hypot(x, y) + " theta=" + Math.atan2(y, x)
                    + " deg=" + Math.toDegrees(Math.atan2(y, x)));
        }
    }
}
