/** Math rounding and IEEE helpers: floor/ceil/rint/round, scalb, nextAfter, copySign, hypot, fused edge values. */
public class Main {
    public static void main(String[] args) {
        double[] vs = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, -0.0, 1e300, Double.MIN_VALUE,
            Double.NaN, Double.NEGATIVE_INFINITY, 9007199254740993.0, 0.1, -7.999999999999999};
        for (double v : vs) {
            System.out.println(v + ": floor=" + Math.floor(v) + " ceil=" + Math.ceil(v) + " rint=" + Math.rint(v) + " round=" + Math.round(v)
                    + " roundF=" + Math.round((float) v) + " signum=" + Math.signum(v) + " ulp=" + Math.ulp(v) + " exp=" + Math.getExponent(v));
        }
        int[] scales = {0, 1, -1, 52, -1074, -1075, 1023, 1024, 2000, -2000, 3000, -3000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        double[] bases = {1.0, 3.0, -1.5, Double.MIN_VALUE, Double.MAX_VALUE, 0.7, 1.0000000000000002, Double.MIN_NORMAL * 1.5};
        long acc = 0;
        for (double b : bases) {
            StringBuilder sb = new StringBuilder();
            for (int s : scales) {
                double r = Math.scalb(b, s);
                acc = acc * 31 + Double.doubleToRawLongBits(r);
                sb.append(r).append(' ');
            }
            System.out.println("scalb(" + b + "): " + sb.toString().trim());
        }
        for (int e = -1100; e < -1000; e++) acc = acc * 31 + Double.doubleToRawLongBits(Math.scalb(1.7976931348623157, e));
        for (int e = -300; e < 300; e += 7) acc = acc * 31 + Float.floatToRawIntBits(Math.scalb(1.3f, e));
        System.out.println("scalb checksum " + acc + " " + Math.scalb(3f, -149) + " " + Math.scalb(1.5f, -150) + " " + StrictMath.scalb(1.0, -1074));
        System.out.println(Math.nextAfter(1.0, 2.0) + " " + Math.nextAfter(1.0, 0.0) + " " + Math.nextAfter(0.0, -1.0) + " "
                + Math.nextAfter(1f, Double.POSITIVE_INFINITY) + " " + Math.nextUp(-0.0) + " " + Math.nextDown(Double.MIN_VALUE));
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.copySign(-2f, 1f) + " " + Math.abs(-0.0) + " " + Math.abs(Float.NEGATIVE_INFINITY));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(1e300, 1e300) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY)
                + " " + StrictMath.cbrt(27.0) + " " + StrictMath.cbrt(-0.001) + " " + Math.sqrt(-1) + " " + Math.sqrt(2));
        System.out.println(Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Float.NaN, 1f) + " " + Math.max(1, 2L)
                + " " + Math.clamp(15L, 0, 10) + " " + Math.clamp(-2.5, -1.0, 1.0) + " " + Math.ceilDiv(7, 2) + " " + Math.ceilMod(7, 2));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.multiplyHigh(Long.MAX_VALUE, 3));
    }
}
