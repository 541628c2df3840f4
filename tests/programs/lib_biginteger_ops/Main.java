import java.math.BigInteger;
import java.util.*;

/** BigInteger: factorials, binomials, modular arithmetic, bit operations, radix strings, sqrt, primes, exceptions. */
public class Main {
    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }

    static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        return r;
    }

    public static void main(String[] args) {
        BigInteger f50 = factorial(50);
        System.out.println("50! = " + f50 + " bits=" + f50.bitLength() + " lowest=" + f50.getLowestSetBit() + " digits=" + f50.toString().length());
        System.out.println("C(100,50) = " + binomial(100, 50) + " C(60,30) mod 1e9+7 = " + binomial(60, 30).mod(BigInteger.valueOf(1_000_000_007)));
        BigInteger p = new BigInteger("170141183460469231731687303715884105727");  // 2^127 - 1
        BigInteger a = new BigInteger("123456789012345678901234567890");
        System.out.println(p.isProbablePrime(30) + " " + a.modPow(BigInteger.TWO, p) + " " + a.modInverse(p).multiply(a).mod(p) + " "
                + a.gcd(f50) + " " + p.equals(BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE)));
        BigInteger neg = a.negate();
        System.out.println(neg.shiftRight(10) + " " + neg.and(BigInteger.valueOf(0xFFFF)) + " " + neg.or(BigInteger.TEN) + " " + neg.xor(a)
                + " " + neg.not() + " " + neg.testBit(3) + " " + neg.bitCount() + " " + a.setBit(200).clearBit(0).flipBit(1).bitLength());
        System.out.println(a.toString(16) + " " + a.toString(36) + " " + new BigInteger("-zz", 36) + " " + new BigInteger("ff", 16) + " "
                + Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " " + new BigInteger(new byte[] {1, 0, 0}) + " " + new BigInteger(-1, new byte[] {1}));
        System.out.println(f50.sqrt() + " " + Arrays.toString(a.sqrtAndRemainder()) + " " + a.pow(3).signum() + " " + neg.abs().compareTo(a)
                + " " + a.divide(BigInteger.valueOf(-7)) + " " + a.remainder(BigInteger.valueOf(-7)) + " " + neg.mod(BigInteger.valueOf(7)));
        System.out.println(a.longValue() + " " + a.intValue() + " " + a.doubleValue() + " " + BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)
                + " " + a.min(neg) + " " + a.max(neg).hashCode() + " " + BigInteger.valueOf(97).nextProbablePrime());
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            BigInteger.ONE.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            BigInteger.TWO.modInverse(BigInteger.valueOf(4));
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        BigInteger fib1 = BigInteger.ZERO, fib2 = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = fib1.add(fib2);
            fib1 = fib2;
            fib2 = t;
        }
        System.out.println("fib(300) = " + fib1 + " " + fib1.mod(BigInteger.valueOf(1000)) + " " + fib1.getLowestSetBit());
        Random r = new Random(21);
        BigInteger prod = BigInteger.ONE;
        for (int i = 0; i < 40; i++) prod = prod.multiply(BigInteger.valueOf(r.nextLong()).abs().add(BigInteger.ONE));
        BigInteger q = prod.divide(f50);
        System.out.println(prod.bitLength() + " " + q.multiply(f50).add(prod.mod(f50)).equals(prod) + " " + prod.mod(BigInteger.valueOf(1_000_003)));
    }
}
