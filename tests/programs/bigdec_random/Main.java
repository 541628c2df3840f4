import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

/** BigDecimal arithmetic on seeded random operands: every operation, rounding mode and MathContext. */
public class Main {
    static Random rnd = new Random(777);

    static BigDecimal rand() {
        BigInteger u = new BigInteger(1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 200 : 40), rnd);
        if (rnd.nextInt(8) == 0) u = u.multiply(BigInteger.TEN.pow(rnd.nextInt(6)));
        if (rnd.nextInt(10) == 0) u = BigInteger.ZERO;
        if (rnd.nextBoolean()) u = u.negate();
        return new BigDecimal(u, rnd.nextInt(30) - 8);
    }

    static void out(String label, Object v) { System.out.println(label + " " + v); }

    static void tryOut(String label, java.util.function.Supplier<Object> op) {
        try { out(label, op.get()); } catch (ArithmeticException e) { out(label, "! " + e.getMessage()); }
    }

    public static void main(String[] args) {
        RoundingMode[] modes = RoundingMode.values();
        for (int i = 0; i < 300; i++) {
            BigDecimal a = rand(), b = rand();
            out(i + " a", a);
            out(i + " b", b);
            out("  add", a.add(b));
            out("  sub", a.subtract(b));
            out("  mul", a.multiply(b));
            out("  cmp", a.compareTo(b) + " " + a.equals(b) + " " + a.max(b) + " " + a.min(b));
            MathContext mc = new MathContext(1 + rnd.nextInt(25), modes[rnd.nextInt(7)]);
            out("  mc", mc);
            out("  addmc", a.add(b, mc));
            out("  submc", a.subtract(b, mc));
            out("  mulmc", a.multiply(b, mc));
            out("  round", a.round(mc) + " " + a.plus(mc) + " " + a.negate(mc) + " " + a.abs(mc));
            tryOut("  divmc", () -> a.divide(b, mc));
            tryOut("  div", () -> a.divide(b));
            int sc = rnd.nextInt(20) - 5;
            RoundingMode rm = modes[rnd.nextInt(7)];
            tryOut("  div " + sc + " " + rm, () -> a.divide(b, sc, rm));
            tryOut("  div " + rm, () -> a.divide(b, rm));
            tryOut("  dti", () -> a.divideToIntegralValue(b));
            tryOut("  rem", () -> a.remainder(b));
            tryOut("  setScale " + sc + " " + rm, () -> a.setScale(sc, rm));
            tryOut("  setScale " + sc, () -> a.setScale(sc));
            out("  conv", a.doubleValue() + " " + a.floatValue() + " " + a.longValue() + " " + a.intValue() + " " + a.precision() + " " + a.stripTrailingZeros());
            out("  str", a.toPlainString() + " " + a.toEngineeringString() + " " + a.hashCode());
        }
        // exact divisions that terminate
        int[] dens = {1, 2, 4, 5, 8, 16, 20, 25, 40, 64, 125, 128, 250, 1024, 3125, 6400};
        for (int d : dens) {
            System.out.println("1/" + d + " = " + BigDecimal.ONE.divide(BigDecimal.valueOf(d)) + "   7.00/" + d + " = "
                    + new BigDecimal("7.00").divide(BigDecimal.valueOf(d)) + "   6E+3/" + d + " = " + new BigDecimal("6E+3").divide(BigDecimal.valueOf(d))
                    + "   ~" + new BigDecimal("22").divide(BigDecimal.valueOf(d * 7L), MathContext.DECIMAL64));
        }
        // compound interest ledger
        BigDecimal balance = new BigDecimal("1000.00"), rate = new BigDecimal("0.0425");
        for (int year = 1; year <= 30; year++) {
            BigDecimal interest = balance.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
            balance = balance.add(interest).subtract(new BigDecimal("12.34"));
            System.out.println("year " + year + " interest " + interest + " balance " + balance);
        }
        BigDecimal pi = BigDecimal.ZERO;
        MathContext mc50 = new MathContext(50);
        for (int k = 0; k < 40; k++) { // Leibniz-free: Machin-like sum 16*atan(1/5) - 4*atan(1/239)
            BigDecimal t5 = BigDecimal.ONE.divide(BigDecimal.valueOf(5).pow(2 * k + 1).multiply(BigDecimal.valueOf(2 * k + 1)), mc50);
            BigDecimal t239 = BigDecimal.ONE.divide(BigDecimal.valueOf(239).pow(2 * k + 1).multiply(BigDecimal.valueOf(2 * k + 1)), mc50);
            BigDecimal term = t5.multiply(BigDecimal.valueOf(16)).subtract(t239.multiply(BigDecimal.valueOf(4)), mc50);
            pi = k % 2 == 0 ? pi.add(term, mc50) : pi.subtract(term, mc50);
        }
        System.out.println("pi ~ " + pi);
    }
}
