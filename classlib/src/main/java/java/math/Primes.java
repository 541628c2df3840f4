package java.math;

/**
 * Primality for BigInteger.isProbablePrime/nextProbablePrime: trial division by small primes, then
 * Miller-Rabin with the fixed bases 2..97. The first twelve bases alone decide every n < 3.3e24
 * exactly (Sorenson and Webster, 2015); beyond that a composite passing all 25 bases is possible in
 * principle but not for the values programs feed in, and the answer is always deterministic.
 */
final class Primes {
    private Primes() {}

    private static final int[] SMALL = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59,
            61, 67, 71, 73, 79, 83, 89, 97};

    /** n must be non-negative. */
    static boolean isProbablePrime(BigInteger n) {
        if (n.bitLength() <= 31) {
            int v = n.intValue();
            if (v < 2) return false;
            for (int p : SMALL) {
                if (v == p) return true;
                if (v % p == 0) return false;
            }
            if (v < 97 * 97) return true;
        } else {
            for (int p : SMALL) {
                if (n.remainder(BigInteger.valueOf(p)).signum() == 0) return false;
            }
        }
        BigInteger nm1 = n.subtract(BigInteger.ONE);
        int s = nm1.getLowestSetBit();
        BigInteger d = nm1.shiftRight(s);
        for (int p : SMALL) {
            BigInteger x = BigInteger.valueOf(p).modPow(d, n);
            if (x.equals(BigInteger.ONE) || x.equals(nm1)) continue;
            boolean witness = true;
            for (int i = 1; i < s && witness; i++) {
                x = x.multiply(x).mod(n);
                if (x.equals(nm1)) witness = false;
            }
            if (witness) return false;
        }
        return true;
    }
}
