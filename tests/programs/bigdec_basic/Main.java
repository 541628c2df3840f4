import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal: parsing, the three string forms, scales, rounding modes, exact division errors. */
public class Main {
    interface Op { Object run(); }

    enum Coin { PENNY, NICKEL, DIME }

    static void t(String name, Op op) {
        try {
            System.out.println(name + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(name + " ! " + e);
        }
    }

    static void show(BigDecimal d) {
        System.out.println(d + " | " + d.toPlainString() + " | " + d.toEngineeringString() + " | u=" + d.unscaledValue()
                + " s=" + d.scale() + " p=" + d.precision() + " sig=" + d.signum() + " h=" + d.hashCode()
                + " strip=" + d.stripTrailingZeros() + " d=" + d.doubleValue() + " f=" + d.floatValue() + " l=" + d.longValue()
                + " i=" + d.intValue() + " bi=" + d.toBigInteger() + " ulp=" + d.ulp());
    }

    public static void main(String[] args) {
        String[] in = {"0", "-0", "0.000", "0E+3", "0E-8", "0E-7", "0E+1", "0E+2", "1", "-1.50", "123.4567", "1E+3", "1.50E+3",
                "12E+4", "1.2E-8", "0.000001", "0.0000001", "-0.00000012345", "123456789.123456789", "1e-7", ".5", "5.",
                "-.5e-3", "+1.50E+3", "00012.3400", "9.999999999999999999999e308", "4.9e-325", "3.4028236e38", "-123456789012345678901234567890.0987654321", "1E+1", "1E+2", "10E-2", "١٢.٥"};
        for (String s : in) {
            System.out.print(s + " -> ");
            try { show(new BigDecimal(s)); } catch (RuntimeException e) { System.out.println(e); }
        }
        for (String s : new String[] {"1E+2147483647", "-1.5E-2147483646", "1E+400", "-7E-400"}) {
            BigDecimal d = new BigDecimal(s);
            System.out.println(s + " -> " + d + " " + d.toEngineeringString() + " s=" + d.scale() + " p=" + d.precision() + " d=" + d.doubleValue()
                    + " f=" + d.floatValue() + " l=" + d.longValue() + " strip=" + d.stripTrailingZeros() + " h=" + d.hashCode() + " neg=" + d.negate());
        }
        String[] bad = {"", "-", "e5", "1e", "1e+", "1e+-5", "1E99999999999", "1.5e-2147483647", "1 ", "1,5", "1..2", "x", "1.2x5", "1e5x"};
        for (String s : bad) t("bad '" + s + "'", () -> new BigDecimal(s));
        double[] ds = {0.1, 0.5, 2.0, -0.0, 1e20, 1024.0, 1.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE, -123.456, 1e-5, 100.0};
        for (double d : ds) {
            BigDecimal exact = new BigDecimal(d), vo = BigDecimal.valueOf(d);
            String e = exact.toString();
            System.out.println(d + ": exact " + (e.length() > 80 ? e.substring(0, 80) + "...(" + e.length() + ")" : e)
                    + " scale " + exact.scale() + " valueOf " + vo + " mc " + new BigDecimal(d, MathContext.DECIMAL32));
        }
        t("nan", () -> new BigDecimal(Double.NaN));
        t("inf", () -> BigDecimal.valueOf(Double.NEGATIVE_INFINITY));
        System.out.println(BigDecimal.valueOf(12345, -3) + " " + BigDecimal.valueOf(12345, 7) + " " + BigDecimal.valueOf(0, 5)
                + " " + BigDecimal.valueOf(42) + " " + new BigDecimal(BigInteger.TEN.pow(25), 3) + " " + new BigDecimal(7) + " " + new BigDecimal(-7L)
                + " " + new BigDecimal("123.456", new MathContext(4)) + " " + new BigDecimal(123456789L, new MathContext(3)));
        String[] vals = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.15"};
        for (RoundingMode rm : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(rm + ":");
            for (String v : vals) {
                try { sb.append(' ').append(new BigDecimal(v).setScale(0, rm)); } catch (ArithmeticException e) { sb.append(" !").append(e.getMessage()); }
            }
            System.out.println(sb);
        }
        System.out.println(RoundingMode.valueOf("HALF_EVEN") + " " + RoundingMode.valueOf(4) + " " + RoundingMode.HALF_UP.ordinal() + " " + Coin.valueOf("DIME").ordinal());
        t("rm bad", () -> RoundingMode.valueOf("HALF"));
        t("rm bad int", () -> RoundingMode.valueOf(8));
        t("coin bad", () -> Coin.valueOf("QUARTER"));
        t("coin null", () -> Coin.valueOf(null));
        System.out.println(MathContext.DECIMAL32 + " | " + MathContext.DECIMAL64 + " | " + MathContext.DECIMAL128 + " | " + MathContext.UNLIMITED
                + " | " + new MathContext(5) + " | " + new MathContext("precision=7 roundingMode=DOWN").getRoundingMode()
                + " " + new MathContext(7, RoundingMode.HALF_EVEN).equals(MathContext.DECIMAL32));
        t("mc neg", () -> new MathContext(-1));
        t("mc null", () -> new MathContext(3, null));
        t("mc str", () -> new MathContext("precision=5 roundingMode=UPX"));
        BigDecimal one = BigDecimal.ONE, three = new BigDecimal(3);
        t("1/3", () -> one.divide(three));
        t("1/0", () -> one.divide(BigDecimal.ZERO));
        t("0/0", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO));
        t("1/0 s", () -> one.divide(BigDecimal.ZERO, 2, RoundingMode.UP));
        t("1/0 mc", () -> one.divide(BigDecimal.ZERO, MathContext.DECIMAL32));
        t("rem 0", () -> one.remainder(BigDecimal.ZERO));
        t("setScale", () -> new BigDecimal("1.25").setScale(1));
        t("unnecessary", () -> new BigDecimal("1.25").divide(three, 2, RoundingMode.UNNECESSARY));
        t("pow -1", () -> three.pow(-1));
        t("lve", () -> new BigDecimal("1.5").longValueExact());
        t("lve big", () -> new BigDecimal("1e30").longValueExact());
        t("lve ok", () -> new BigDecimal("1234.000").longValueExact());
        t("ive", () -> new BigDecimal("1e10").intValueExact());
        t("sve", () -> new BigDecimal("40000").shortValueExact());
        t("bve", () -> new BigDecimal("-128.00").byteValueExact());
        t("tbie", () -> new BigDecimal("1.5").toBigIntegerExact());
        t("legacy", () -> one.divide(three, 5, BigDecimal.ROUND_HALF_UP) + " " + one.setScale(2, BigDecimal.ROUND_DOWN));
        t("legacy bad", () -> one.setScale(2, 9));
        t("movePoint", () -> new BigDecimal("123.45").movePointLeft(3) + " " + new BigDecimal("123.45").movePointRight(5) + " "
                + new BigDecimal("123.45").movePointRight(1) + " " + new BigDecimal("1E+5").movePointLeft(2) + " " + new BigDecimal("123.45").scaleByPowerOfTen(5)
                + " " + new BigDecimal("123.45").movePointLeft(-1));
        t("cmp/eq", () -> new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00"))
                + " " + new BigDecimal("-2.5").compareTo(new BigDecimal("1E+1")) + " " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode()
                + " " + new BigDecimal("2.0").max(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").min(new BigDecimal("1.99")));
        t("pow", () -> new BigDecimal("1.5").pow(5) + " " + new BigDecimal("-0.1").pow(7) + " " + BigDecimal.TEN.pow(0) + " " + new BigDecimal("1.05").pow(30));
        t("consts", () -> BigDecimal.ZERO + " " + BigDecimal.ONE + " " + BigDecimal.TWO + " " + BigDecimal.TEN);
    }
}
