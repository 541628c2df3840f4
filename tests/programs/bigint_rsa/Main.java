import java.math.BigInteger;
import java.util.Random;

/** BigInteger number theory: primality, nextProbablePrime, RSA-style modPow/modInverse, gcd/lcm. */
public class Main {
    interface Op { Object run(); }

    static void t(String name, Op op) {
        try {
            System.out.println(name + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(name + " ! " + e);
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -5; i < 400; i++) if (BigInteger.valueOf(i).isProbablePrime(20)) sb.append(i).append(' ');
        System.out.println("primes: " + sb);
        long[] known = {561, 1105, 1729, 2047, 3215031751L, 4759123141L, 1122004669633L, 2152302898747L,
                3474749660383L, 341550071728321L, 3825123056546413051L, 1000000007, 998244353, 2305843009213693951L};
        for (long k : known) System.out.println(k + " prime? " + BigInteger.valueOf(k).isProbablePrime(50));
        BigInteger m127 = BigInteger.TWO.pow(127).subtract(BigInteger.ONE);
        System.out.println("M127 " + m127.isProbablePrime(100) + " M128-1 " + BigInteger.TWO.pow(128).subtract(BigInteger.ONE).isProbablePrime(100));
        BigInteger p = BigInteger.TEN.pow(30);
        for (int i = 0; i < 8; i++) {
            p = p.nextProbablePrime();
            System.out.println("next " + p);
        }
        System.out.println("next of 0,1,2: " + BigInteger.ZERO.nextProbablePrime() + " " + BigInteger.ONE.nextProbablePrime() + " " + BigInteger.TWO.nextProbablePrime());
        t("next of -3", () -> BigInteger.valueOf(-3).nextProbablePrime());

        Random rnd = new Random(42);
        for (int round = 0; round < 3; round++) {
            BigInteger pp = new BigInteger(256, rnd).setBit(255).nextProbablePrime();
            BigInteger qq = new BigInteger(256, rnd).setBit(255).nextProbablePrime();
            BigInteger n = pp.multiply(qq);
            BigInteger phi = pp.subtract(BigInteger.ONE).multiply(qq.subtract(BigInteger.ONE));
            BigInteger e = BigInteger.valueOf(65537);
            BigInteger d = e.modInverse(phi);
            System.out.println("p=" + pp + "\nq=" + qq + "\nn=" + n.toString(16) + "\nd=" + d);
            for (int k = 0; k < 4; k++) {
                BigInteger msg = new BigInteger(500, rnd);
                BigInteger c = msg.modPow(e, n);
                BigInteger back = c.modPow(d, n);
                System.out.println("  msg " + msg.toString(36) + " -> " + c.toString(36) + " ok=" + back.equals(msg));
            }
        }
        BigInteger mod = BigInteger.valueOf(1000000007);
        System.out.println("inv " + BigInteger.valueOf(2).modInverse(mod) + " " + BigInteger.valueOf(-3).modInverse(mod)
                + " neg exp " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(-5), mod)
                + " negbase " + BigInteger.valueOf(-7).modPow(BigInteger.valueOf(13), mod)
                + " mod1 " + BigInteger.valueOf(5).modPow(BigInteger.TEN, BigInteger.ONE)
                + " exp0 " + BigInteger.valueOf(5).modPow(BigInteger.ZERO, BigInteger.TEN));
        t("inv none", () -> BigInteger.TWO.modInverse(BigInteger.valueOf(4)));
        t("inv mod0", () -> BigInteger.TWO.modInverse(BigInteger.ZERO));
        t("modpow neg mod", () -> BigInteger.TWO.modPow(BigInteger.ONE, BigInteger.valueOf(-4)));
        t("mod neg", () -> BigInteger.TWO.mod(BigInteger.valueOf(-4)));
        t("mod", () -> BigInteger.valueOf(-7).mod(BigInteger.valueOf(4)) + " rem " + BigInteger.valueOf(-7).remainder(BigInteger.valueOf(4)));
        t("setBit -1", () -> BigInteger.TWO.setBit(-1));
        t("rnd -1", () -> new BigInteger(-1, rnd));
        BigInteger l = BigInteger.ONE;
        for (int i = 1; i <= 60; i++) {
            BigInteger bi = BigInteger.valueOf(i);
            l = l.divide(l.gcd(bi)).multiply(bi);
        }
        System.out.println("lcm(1..60) = " + l);
        // Fermat test of Carmichael numbers vs strong test
        BigInteger c = BigInteger.valueOf(561);
        System.out.println("2^560 mod 561 = " + BigInteger.TWO.modPow(BigInteger.valueOf(560), c));
        BigInteger big = BigInteger.valueOf(3).pow(2000);
        System.out.println("3^2000 mod 10^20+39 = " + big.mod(BigInteger.TEN.pow(20).add(BigInteger.valueOf(39))));
        System.out.println("7^(10^40) mod 2^89-1 = " + BigInteger.valueOf(7).modPow(BigInteger.TEN.pow(40), BigInteger.TWO.pow(89).subtract(BigInteger.ONE)));
    }
}
