/** Methods with many parameters of mixed types (more than fit in registers), static and instance, and their returns. */
public class Main {
    static long ints(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) {
        return a + 2L * b + 3L * c + 4L * d + 5L * e + 6L * f + 7L * g + 8L * h + 9L * i + 10L * j + 11L * k + 12L * l;
    }

    static double doubles(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j, double k) {
        return a - b + c * d - e / f + g * 2 - h + i * j - k;
    }

    static String mixed(byte b, short s, char c, int i, long l, float f, double d, boolean z, String str, Object o,
                        long l2, double d2, int i2, float f2, char c2, byte b2) {
        return b + "," + s + "," + c + "," + i + "," + l + "," + f + "," + d + "," + z + "," + str + "," + o + "," + l2 + "," + d2
                + "," + i2 + "," + f2 + "," + c2 + "," + b2;
    }

    final int base;
    Main(int base) { this.base = base; }

    long instance(long a, int b, double c, long d, int e, float f, long g, int h, double i, long j) {
        return base + a + b + (long) c + d + e + (long) f + g + h + (long) i + j;
    }

    static float floats(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) {
        return a + b * c - d + e / f + g - h * i + j;
    }

    public static void main(String[] args) {
        System.out.println("ints " + ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -12));
        System.out.println("doubles " + doubles(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5));
        System.out.println("mixed " + mixed((byte) -1, (short) 2, 'c', 4, 5L, 6.5f, 7.25, true, "s", null, 1L << 40, -0.5, -9, 1e-3f, 'Z', (byte) 127));
        System.out.println("instance " + new Main(1000).instance(1, 2, 3.9, 4, 5, 6.9f, 7, 8, 9.9, 10));
        System.out.println("floats " + floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        long acc = 0;
        for (int i = 0; i < 10000; i++) acc += ints(i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9, i + 10, i + 11);
        System.out.println("acc " + acc);
    }
}
