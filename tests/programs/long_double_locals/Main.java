/** Two-slot locals (long/double) mixed with ints in parameters and locals; wide iinc and many locals. */
public class Main {
    static long mix(int a, long b, double c, int d, float e, long f, double g, byte h, char i, short j, boolean k) {
        return a + b + (long) c + d + (long) e + f + (long) g + h + i + j + (k ? 1 : 0);
    }

    long instMix(double x, int y, long z) {
        double w = x * y;
        long v = z - y;
        return (long) w + v;
    }

    static double manyLocals(int seed) {
        long l0 = seed, l1 = l0 * 3, l2 = l1 * 5, l3 = l2 * 7;
        double d0 = seed / 2.0, d1 = d0 * 1.5, d2 = d1 * 2.5, d3 = d2 / 3.0;
        int i0 = seed + 1, i1 = i0 * 2, i2 = i1 * 3;
        float f0 = seed / 4f, f1 = f0 * 3f;
        long l4 = l3 ^ l2, l5 = l4 + l1;
        double d4 = d3 - d2, d5 = d4 * d1;
        for (int k = 0; k < 10; k++) {
            l0 += k; d0 += k * 0.5; i0 += k; f0 += k * 0.25f;
            l5 ^= l0 << k; d5 += d0 / (k + 1);
        }
        return l0 + l1 + l2 + l3 + l4 + l5 + d0 + d1 + d2 + d3 + d4 + d5 + i0 + i1 + i2 + f0 + f1;
    }

    public static void main(String[] args) {
        System.out.println("mix = " + mix(1, 1L << 40, 2.5, -4, 3.75f, -(1L << 41), 1e10, (byte) -3, 'A', (short) 300, true));
        System.out.println("instMix = " + new Main().instMix(1.25, 7, 1000000000000L));
        for (int s = 0; s < 5; s++) System.out.println("manyLocals(" + s + ") = " + manyLocals(s * 13 + 1));
        int big = 0;
        for (int i = 0; i < 1000; i++) big += 100000;   // iinc with a wide constant
        System.out.println("wide iinc = " + big);
        int x = 0;
        x += 300;
        x -= 40000;
        System.out.println("x = " + x);
        long acc = 0;
        double dacc = 0;
        for (long l = 0; l < 100000L; l += 3) { acc += l * l; dacc += Math.sqrt(l); }
        System.out.println("acc = " + acc + " dacc = " + dacc);
    }
}
