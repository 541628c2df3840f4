import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;

/** BigInteger: factorials, Fibonacci, radix conversion, parsing errors, hashes, conversions. */
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
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 120; i++) {
            f = f.multiply(BigInteger.valueOf(i));
            if (i % 10 == 0) System.out.println(i + "! = " + f + " bits=" + f.bitLength() + " hash=" + f.hashCode());
        }
        BigInteger big = BigInteger.ONE;
        for (int i = 1; i <= 1000; i++) big = big.multiply(BigInteger.valueOf(i));
        String s = big.toString();
        System.out.println("1000! digits=" + s.length() + " head=" + s.substring(0, 40) + " lowest=" + big.getLowestSetBit());
        System.out.println("1000! round trip " + new BigInteger(s).equals(big) + " hex " + big.toString(16).length());
        System.out.println("1000!/998! = " + big.divide(big.divide(BigInteger.valueOf(999000))));
        BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
        for (int i = 0; i < 500; i++) { BigInteger c = a.add(b); a = b; b = c; }
        System.out.println("fib500 = " + a);
        System.out.println("fib500 radix 2..36:");
        for (int r = 2; r <= 36; r += 5) System.out.println("  " + r + ": " + a.toString(r));
        System.out.println("neg radix: " + a.negate().toString(7) + " " + a.negate().toString(99).length());
        String[] inputs = {"0", "-0", "+15", "-000123", "123456789012345678901234567890", "", "-", "1-2", "+-1",
                "12x4567890123456789", " 1", "1_2", "ffffffffffffffffffff"};
        for (String in : inputs) t("parse '" + in + "'", () -> new BigInteger(in));
        t("hex", () -> new BigInteger("ffffffffffffffffffff", 16));
        t("hexbad", () -> new BigInteger("123456789abcdefgh", 16));
        t("radix99", () -> new BigInteger("1", 99));
        t("bin", () -> new BigInteger("-101010101010101010101010101010101010101", 2));
        long[] ls = {0, 1, -1, 127, 128, -128, -129, 255, 256, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, -(1L << 32), 0xFFFFFFFFL, 123456789012345L};
        for (long l : ls) {
            BigInteger x = BigInteger.valueOf(l);
            StringBuilder sb = new StringBuilder();
            for (byte by : x.toByteArray()) sb.append(by).append(',');
            System.out.println(l + ": hash=" + x.hashCode() + " bl=" + x.bitLength() + " bc=" + x.bitCount()
                    + " low=" + x.getLowestSetBit() + " bytes=" + sb + " back=" + new BigInteger(x.toByteArray())
                    + " d=" + x.doubleValue() + " f=" + x.floatValue() + " sq=" + x.multiply(x) + " not=" + x.not());
        }
        BigInteger huge = BigInteger.TWO.pow(200).add(BigInteger.valueOf(12345));
        System.out.println("huge " + huge.longValue() + " " + huge.intValue() + " " + huge.doubleValue() + " " + huge.negate().longValue());
        t("lve", () -> huge.longValueExact());
        t("ive", () -> BigInteger.TWO.pow(31).intValueExact());
        t("ive-", () -> BigInteger.TWO.pow(31).negate().intValueExact());
        t("lve-", () -> BigInteger.TWO.pow(63).negate().longValueExact());
        t("sve", () -> BigInteger.valueOf(40000).shortValueExact());
        t("bve", () -> BigInteger.valueOf(-128).byteValueExact());
        t("pow-", () -> BigInteger.TEN.pow(-1));
        t("div0", () -> BigInteger.TEN.divide(BigInteger.ZERO));
        t("sqrt-", () -> BigInteger.TEN.negate().sqrt());
        t("2^1024 d", () -> BigInteger.TWO.pow(1024).doubleValue());
        t("2^1024-1 d", () -> BigInteger.TWO.pow(1024).subtract(BigInteger.ONE).doubleValue());
        t("2^1024-2^970 d", () -> BigInteger.TWO.pow(1024).subtract(BigInteger.TWO.pow(970)).doubleValue());
        t("2^1024-2^971 d", () -> BigInteger.TWO.pow(1024).subtract(BigInteger.TWO.pow(971)).doubleValue());
        t("halfway even", () -> BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(27)).doubleValue());
        t("halfway+", () -> BigInteger.TWO.pow(80).add(BigInteger.TWO.pow(27)).add(BigInteger.ONE).doubleValue());
        t("f big", () -> BigInteger.TWO.pow(127).multiply(BigInteger.valueOf(3)).floatValue());
        t("f halfway", () -> BigInteger.TWO.pow(90).add(BigInteger.TWO.pow(66)).add(BigInteger.ONE).floatValue());
        HashMap<BigInteger, Integer> m = new HashMap<>();
        HashSet<BigInteger> hs = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            BigInteger k = BigInteger.valueOf(3).pow(i * 3).subtract(BigInteger.valueOf(i * 1000L));
            m.put(k, i);
            hs.add(k.negate());
        }
        System.out.println(m);
        System.out.println(hs);
        System.out.println("sqrt " + big.sqrt().toString().substring(0, 30) + " " + BigInteger.valueOf(99).sqrt() + " "
                + BigInteger.valueOf(100).sqrt() + " " + BigInteger.ZERO.sqrt());
        BigInteger[] sr = BigInteger.TEN.pow(41).sqrtAndRemainder();
        System.out.println("sqrtrem " + sr[0] + " " + sr[1]);
        System.out.println("min/max " + huge.min(big) + " " + BigInteger.ONE.max(BigInteger.TEN) + " cmp " + huge.compareTo(big) + big.compareTo(huge) + huge.compareTo(huge));
        System.out.println("signum " + huge.signum() + big.negate().signum() + BigInteger.ZERO.signum() + " abs " + huge.negate().abs().equals(huge));
        System.out.println("consts " + BigInteger.ZERO + BigInteger.ONE + BigInteger.TWO + BigInteger.TEN);
    }
}
