/** float arithmetic (fadd/fsub/fmul/fdiv/frem/fneg), special values and exact IEEE 754 single rounding. */
public class Main {
    static float[] VALUES = {0f, -0f, 1f, -1f, 0.1f, 3.5f, -2.75f, 1e10f, 1e-10f, 16777216f, 16777217f,
                             Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Float.NaN,
                             Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};

    static String bits(float f) { return Integer.toHexString(Float.floatToRawIntBits(f)); }

    public static void main(String[] args) {
        int checksum = 0;
        for (float a : VALUES) {
            for (float b : VALUES) {
                float[] r = {a + b, a - b, a * b, a / b, a % b};
                for (float f : r) checksum = checksum * 31 + Float.floatToIntBits(f);
            }
        }
        System.out.println("checksum = " + checksum);
        System.out.println("0.1f+0.2f = " + (VALUES[4] + 0.2f) + " bits " + bits(VALUES[4] + 0.2f));
        System.out.println("neg zero: " + (-VALUES[0]) + " " + bits(-VALUES[0]) + " 0f*-1f=" + (VALUES[0] * -1f));
        System.out.println("MAX*2 = " + (Float.MAX_VALUE * 2) + ", MIN/2 = " + (Float.MIN_VALUE / 2));
        System.out.println("inf-inf = " + (Float.POSITIVE_INFINITY - Float.POSITIVE_INFINITY));
        System.out.println("5.5%2 = " + (5.5f % 2f) + ", -5.5%2 = " + (-5.5f % 2f) + ", 5.5%-2 = " + (5.5f % -2f));
        System.out.println("1e30f*1e10f = " + (VALUES[7] * 1e30f));
        float acc = 0;
        for (int i = 1; i <= 1000; i++) acc += 1f / i;
        System.out.println("harmonic(1000) = " + acc + " bits " + bits(acc));
        float p = 1;
        for (int i = 0; i < 30; i++) p *= 1.7f;
        System.out.println("1.7^30 = " + p);
        // Subnormal arithmetic must not be flushed to zero.
        float sub = Float.MIN_NORMAL / 1024f;
        System.out.println("subnormal = " + sub + " bits " + bits(sub) + " *1024 = " + (sub * 1024f));
        float fnan = Float.NaN;
        System.out.println("NaN raw bits canonical: " + Integer.toHexString(Float.floatToIntBits(fnan)));
    }
}
