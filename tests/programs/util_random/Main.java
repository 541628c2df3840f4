import java.util.Random;

public class Main {
    static long h = 17;

    static void mix(long v) {
        h = h * 31 + v;
    }

    public static void main(String[] args) {
        long[] seeds = {0L, 1L, -1L, 42L, 123456789L, Long.MIN_VALUE, Long.MAX_VALUE, 0x5DEECE66DL, 987654321987L};
        int[] bounds = {1, 2, 3, 7, 10, 16, 100, 1000, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE, 1431655765};
        for (long s : seeds) {
            Random r = new Random(s);
            StringBuilder sb = new StringBuilder("seed " + s + ":");
            for (int i = 0; i < 4; i++) sb.append(' ').append(r.nextInt());
            for (int b : bounds) sb.append(' ').append(r.nextInt(b));
            sb.append(' ').append(r.nextLong()).append(' ').append(r.nextBoolean());
            sb.append(' ').append(r.nextFloat()).append(' ').append(r.nextDouble());
            byte[] bs = new byte[7];
            r.nextBytes(bs);
            for (byte x : bs) sb.append(' ').append(x);
            System.out.println(sb);
            // bulk hash over many values
            h = 17;
            for (int i = 0; i < 2000; i++) {
                mix(r.nextInt());
                mix(r.nextInt(bounds[i % bounds.length]));
                mix(r.nextLong());
                mix(r.nextBoolean() ? 1 : 0);
                mix(Float.floatToIntBits(r.nextFloat()));
                mix(Double.doubleToLongBits(r.nextDouble()));
            }
            byte[] big = new byte[101];
            r.nextBytes(big);
            for (byte x : big) mix(x);
            System.out.println("  hash " + h);
            r.setSeed(s);
            System.out.println("  reseeded " + r.nextInt() + " " + r.nextInt(5));
        }
        // many seeds, nextInt(bound) with rejection-heavy bounds
        h = 17;
        for (long s = 0; s < 300; s++) {
            Random r = new Random(s * 7919);
            for (int i = 0; i < 50; i++) mix(r.nextInt(1073741825 + (int) s));
            mix(r.nextDouble() < 0.5 ? 1 : 0);
        }
        System.out.println("many seeds hash " + h);
        Random r = new Random(5);
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            r.nextInt(-3);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        // subclass overriding next
        Random fixed = new Random(9) {
            int calls;
            @Override
            protected int next(int bits) {
                calls++;
                return super.next(bits);
            }
            @Override
            public String toString() {
                return "calls=" + calls;
            }
        };
        fixed.nextDouble();
        fixed.nextLong();
        fixed.nextInt(3);
        System.out.println(fixed);
        class Sub extends Random {
            Sub(long s) {
                super(s);
            }

            @Override
            public void setSeed(long s) {
                System.out.println("setSeed " + s);
                super.setSeed(s);
            }
        }
        System.out.println(new Sub(5).nextInt());
        byte[] none = new byte[0];
        new Random(1).nextBytes(none);
        System.out.println(none.length);
        Random a = new Random(), b = new Random();
        System.out.println("unseeded differ: " + (a.nextLong() != b.nextLong()));
        double m = Math.random();
        System.out.println("Math.random in range: " + (m >= 0 && m < 1));
    }
}
