import java.math.*;
import java.util.*;

/** BigDecimal: a rounding-mode table, scales and precision, stripTrailingZeros, compareTo vs equals, division. */
public class Main {
    public static void main(String[] args) {
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.125", "-0.135"};
        System.out.printf("%-7s", "value");
        for (RoundingMode m : RoundingMode.values()) if (m != RoundingMode.UNNECESSARY) System.out.printf("%10s", m.name().replace("HALF_", "H_"));
        System.out.println();
        for (String v : values) {
            BigDecimal d = new BigDecimal(v);
            int scale = d.scale() > 1 ? 2 : 0;
            System.out.printf("%-7s", v);
            for (RoundingMode m : RoundingMode.values()) {
                if (m != RoundingMode.UNNECESSARY) System.out.printf("%10s", d.setScale(scale, m));
            }
            System.out.println();
        }
        try {
            new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        BigDecimal a = new BigDecimal("2.50"), b = new BigDecimal("2.5");
        System.out.println(a.equals(b) + " " + (a.compareTo(b) == 0) + " " + a.hashCode() + " " + b.hashCode() + " " + a.stripTrailingZeros()
                + " " + new BigDecimal("1200").stripTrailingZeros() + " " + new BigDecimal("1200").stripTrailingZeros().toPlainString()
                + " " + new HashSet<>(List.of(a, b)).size() + " " + new TreeSet<>(List.of(a, b)).size());
        System.out.println(a.precision() + " " + a.scale() + " " + a.unscaledValue() + " " + new BigDecimal("-0.000123").precision() + " "
                + BigDecimal.valueOf(123, -2) + " " + BigDecimal.valueOf(1.1) + " " + new BigDecimal(1.1).toString().length());
        BigDecimal one = BigDecimal.ONE, three = new BigDecimal(3);
        try {
            one.divide(three);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        System.out.println(one.divide(three, 10, RoundingMode.HALF_UP) + " " + one.divide(three, MathContext.DECIMAL32) + " "
                + one.divide(new BigDecimal("8")) + " " + new BigDecimal("10").divide(new BigDecimal("4")) + " "
                + new BigDecimal("7").divideToIntegralValue(new BigDecimal("2")) + " " + new BigDecimal("7.5").remainder(new BigDecimal("2")));
        BigDecimal[] qr = new BigDecimal("-17.3").divideAndRemainder(new BigDecimal("4"));
        System.out.println(qr[0] + " " + qr[1] + " " + new BigDecimal("123.456").round(new MathContext(4, RoundingMode.DOWN)) + " "
                + new BigDecimal("9.9999").round(new MathContext(3)) + " " + new BigDecimal("0.5").pow(10) + " "
                + new BigDecimal("1E+3").add(new BigDecimal("1E-3")) + " " + new BigDecimal("12.345").movePointLeft(4) + " "
                + new BigDecimal("12.345").scaleByPowerOfTen(3) + " " + new BigDecimal("-3.7").abs().negate().plus() + " " + new BigDecimal("5").max(new BigDecimal("5.0")));
        BigDecimal sum = BigDecimal.ZERO;
        double dsum = 0;
        for (int i = 0; i < 10; i++) {
            sum = sum.add(new BigDecimal("0.1"));
            dsum += 0.1;
        }
        System.out.println(sum + " vs " + dsum + " " + sum.doubleValue() + " " + sum.intValueExact() + " " + new BigDecimal("1e2").longValue());
        try {
            new BigDecimal("1.5").intValueExact();
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        for (String bad : new String[] {"", "1..2", "abc", "1e", "--1", "1e99999999999"}) {
            try {
                System.out.println(new BigDecimal(bad));
            } catch (NumberFormatException e) {
                System.out.println("NFE for '" + bad + "'");
            }
        }
    }
}
