/** f2i/f2l/d2i/d2l saturate and map NaN to 0; i2f/l2f/l2d/d2f round to nearest even. */
public class Main {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.5, 2147483648.0, -2147483649.0,
                       1e19, -1e19, 9.223372036854776E18, Double.NaN, Double.POSITIVE_INFINITY,
                       Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, 123456789.987};
        for (double d : ds) {
            System.out.println("d=" + d + " (int)=" + (int) d + " (long)=" + (long) d + " (float)=" + (float) d
                    + " (short)=" + (short) d + " (byte)=" + (byte) d + " (char)=" + (int) (char) d);
        }
        float[] fs = {0f, 0.99f, -0.99f, 3e9f, -3e9f, 1e20f, -1e20f, Float.NaN, Float.POSITIVE_INFINITY,
                      Float.NEGATIVE_INFINITY, 16777217f, 8.5f, -8.5f};
        for (float f : fs) {
            System.out.println("f=" + f + " (int)=" + (int) f + " (long)=" + (long) f + " (double)=" + (double) f);
        }
        int[] is = {0, 1, -1, 16777217, 16777219, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789};
        for (int i : is) System.out.println("i=" + i + " (float)=" + (float) i + " (double)=" + (double) i);
        long[] ls = {0L, 9007199254740993L, -9007199254740993L, Long.MAX_VALUE, Long.MIN_VALUE,
                     0x7FFFFF7FFFFFFFFFL, 1L << 62, (1L << 53) + 1};
        for (long l : ls) System.out.println("l=" + l + " (float)=" + (float) l + " (double)=" + (double) l);
        System.out.println("d2f overflow: " + (float) 1e40 + " underflow: " + (float) 1e-50 + " neg: " + (float) -1e-50);
        System.out.println("d2f rounding: " + (float) 0.1 + " " + (float) 1.00000005960464477539);
    }
}
