/** Float.toString: shortest decimal that rounds back to the same float. */
public class Main {
    public static void main(String[] args) {
        float[] fs = {0f, -0f, 1f, 0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1f / 3, 2f / 3, 100f, 1e6f, 1e7f, 1.0E-3f, 1e-4f, 3.4028235e38f,
                      1.4e-45f, 1.17549435E-38f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, (float) Math.PI,
                      16777216f, 16777217f, 123456.79f, 1.1f, 2.2f, 33.333f, 8.5e-40f, 9999999f, 12345678f};
        for (float f : fs) System.out.println(Float.toString(f) + " " + String.valueOf(-f) + " as double " + (double) f);
        float x = 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) { sb.append(x).append(' '); x *= 5.3f; }
        System.out.println(sb);
        int seed = 2463534;
        long h = 0;
        for (int i = 0; i < 2000; i++) {
            seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
            float v = Float.intBitsToFloat(seed & 0x7F7FFFFF);
            String s = Float.toString(v);
            h = h * 31 + s.hashCode();
            if (i % 250 == 0) System.out.println(s);
        }
        System.out.println("sweep hash " + h);
    }
}
