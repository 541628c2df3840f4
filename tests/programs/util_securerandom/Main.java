import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * java.security.SecureRandom: only what is the same on every run is printed (names, exceptions,
 * ranges and lengths); the bytes themselves are checked for properties any random output has.
 */
public class Main {
    public static void main(String[] args) throws Exception {
        SecureRandom r = new SecureRandom();
        System.out.println(r.getAlgorithm() + " " + r);
        System.out.println(SecureRandom.getInstanceStrong().getAlgorithm() + " " + SecureRandom.getInstanceStrong());
        for (String name : new String[] {"NativePRNG", "nativeprng", "NativePRNGNonBlocking", "DRBG", "drbg", "Windows-PRNG", ""}) {
            try {
                SecureRandom s = SecureRandom.getInstance(name);
                System.out.print(name + ": " + s.getAlgorithm());
                try {
                    s.reseed();
                    System.out.println(", reseed ok");
                } catch (UnsupportedOperationException e) {
                    System.out.println(", reseed: " + e);
                }
            } catch (NoSuchAlgorithmException e) {
                System.out.println(name + ": " + e.getMessage() + " " + (e instanceof GeneralSecurityException));
            }
        }
        try {
            SecureRandom.getInstance(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            r.nextBytes(null);
        } catch (NullPointerException e) {
            System.out.println("nextBytes(null): NPE");
        }
        try {
            r.generateSeed(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(r.generateSeed(0).length + " " + r.generateSeed(100).length + " " + SecureRandom.getSeed(5).length);
        r.nextBytes(new byte[0]);

        // Range contracts of the Random methods, which all go through next(bits).
        boolean ok = true;
        for (int i = 0; i < 2000; i++) {
            int a = r.nextInt(7);
            double d = r.nextDouble();
            float f = r.nextFloat();
            ok &= a >= 0 && a < 7 && d >= 0 && d < 1 && f >= 0 && f < 1;
        }
        System.out.println("in range: " + ok);
        // Both outcomes of nextBoolean, every value of nextInt(7), and no two equal longs.
        boolean t = false, fl = false;
        boolean[] seen = new boolean[7];
        long[] longs = new long[500];
        for (int i = 0; i < 500; i++) {
            if (r.nextBoolean()) {
                t = true;
            } else {
                fl = true;
            }
            seen[r.nextInt(7)] = true;
            longs[i] = r.nextLong();
        }
        Arrays.sort(longs);
        boolean distinct = true;
        for (int i = 1; i < longs.length; i++) {
            distinct &= longs[i] != longs[i - 1];
        }
        boolean allSeen = true;
        for (boolean b : seen) {
            allSeen &= b;
        }
        System.out.println("booleans both: " + (t && fl) + ", nextInt(7) all values: " + allSeen + ", longs distinct: " + distinct);

        // Seeding adds to the state: two generators given the same seed still differ.
        SecureRandom x = new SecureRandom(new byte[] {1, 2, 3});
        SecureRandom y = new SecureRandom(new byte[] {1, 2, 3});
        x.setSeed(42L);
        y.setSeed(42L);
        byte[] bx = new byte[32], by = new byte[32];
        x.nextBytes(bx);
        y.nextBytes(by);
        System.out.println("same seed, different output: " + !Arrays.equals(bx, by));
        // Bit balance over 64 KiB: 524288 bits, expect half set (sigma ~362).
        byte[] big = new byte[65536];
        r.nextBytes(big);
        long ones = 0;
        for (byte b : big) {
            ones += Integer.bitCount(b & 0xff);
        }
        System.out.println("bits balanced: " + (Math.abs(ones - 262144) < 3000));
        double g = 0;
        for (int i = 0; i < 1000; i++) {
            g += r.nextGaussian();
        }
        System.out.println("gaussian mean near 0: " + (Math.abs(g / 1000) < 0.2));
        // UUID.randomUUID: version 4, IETF variant, and not the same twice.
        java.util.UUID u = java.util.UUID.randomUUID();
        System.out.println("uuid version " + u.version() + " variant " + u.variant() + " length " + u.toString().length()
                + " fresh " + !u.equals(java.util.UUID.randomUUID()));
    }
}
