import java.math.BigInteger;
import java.util.Random;

/** BigInteger: seeded random operands of many sizes through every arithmetic and bit operation. */
public class Main {
    static Random rnd = new Random(20261128);

    static BigInteger rand() {
        int bits = rnd.nextInt(4) == 0 ? rnd.nextInt(3000) : rnd.nextInt(200);
        BigInteger x = new BigInteger(bits, rnd);
        if (rnd.nextInt(5) == 0) x = x.shiftLeft(rnd.nextInt(70)); // trailing zero words
        if (rnd.nextInt(6) == 0) x = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE); // all ones
        return rnd.nextBoolean() ? x.negate() : x;
    }

    static long h = 17;

    static void out(String label, Object v) {
        String s = String.valueOf(v);
        h = h * 31 + s.hashCode();
        if (s.length() > 120) s = s.substring(0, 60) + "..." + s.substring(s.length() - 50) + " (" + s.length() + ")";
        System.out.println(label + " " + s);
    }

    public static void main(String[] args) {
        for (int i = 0; i < 160; i++) {
            BigInteger a = rand(), b = rand();
            out(i + " a", a);
            out(i + " b", b);
            out("  add", a.add(b));
            out("  sub", a.subtract(b));
            BigInteger p = a.multiply(b);
            out("  mul", p);
            if (b.signum() != 0) {
                BigInteger[] qr = a.divideAndRemainder(b);
                out("  div", qr[0]);
                out("  rem", qr[1]);
                boolean ok = qr[0].multiply(b).add(qr[1]).equals(a) && p.divide(b).equals(a);
                out("  check", ok);
                out("  mod", a.mod(b.abs()));
            }
            out("  gcd", a.gcd(b));
            out("  and", a.and(b));
            out("  or", a.or(b));
            out("  xor", a.xor(b));
            out("  andNot", a.andNot(b));
            int sh = rnd.nextInt(300) - 100;
            out("  shl " + sh, a.shiftLeft(sh));
            out("  shr " + sh, a.shiftRight(sh));
            int bit = rnd.nextInt(400);
            out("  bits " + bit, a.testBit(bit) + " " + a.setBit(bit).hashCode() + " " + a.clearBit(bit).hashCode() + " " + a.flipBit(bit).hashCode());
            out("  info", a.bitLength() + " " + a.bitCount() + " " + a.getLowestSetBit() + " " + a.hashCode() + " " + a.signum());
            out("  conv", a.intValue() + " " + a.longValue() + " " + a.doubleValue() + " " + a.floatValue());
            out("  r16", a.toString(16));
            out("  r36", a.toString(36));
            out("  r3", a.toString(3));
            byte[] by = a.toByteArray();
            out("  bytes", by.length + " " + by[0] + " " + new BigInteger(by).equals(a));
            out("  cmp", a.compareTo(b) + " " + a.equals(b) + " " + a.equals(new BigInteger(a.toString())));
            if (a.signum() >= 0) out("  sqrt", a.sqrt());
            out("  pow", a.abs().bitLength() < 300 ? a.pow(rnd.nextInt(9)) : a.pow(2));
        }
        // Karatsuba sized operands: check (x+y)^2 = x^2 + 2xy + y^2 and against a schoolbook-sized split.
        for (int i = 0; i < 6; i++) {
            BigInteger x = new BigInteger(4000 + rnd.nextInt(20000), rnd), y = new BigInteger(3000 + rnd.nextInt(20000), rnd);
            BigInteger s = x.add(y);
            boolean ok = s.multiply(s).equals(x.multiply(x).add(x.multiply(y).shiftLeft(1)).add(y.multiply(y)));
            BigInteger q = x.multiply(y).divide(y);
            out("big " + i, ok + " " + q.equals(x) + " " + x.multiply(y).hashCode() + " " + x.multiply(y).bitCount());
        }
        System.out.println("digest " + h);
    }
}
