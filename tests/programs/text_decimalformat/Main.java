import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

/** DecimalFormat patterns: digits, grouping, affixes, quotes, negative subpatterns, exponents, rounding. */
public class Main {
    static void show(String pattern, double... values) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        StringBuilder sb = new StringBuilder(pattern).append(" ->");
        for (double v : values) {
            sb.append(" [").append(f.format(v)).append(']');
        }
        sb.append(" minI=").append(f.getMinimumIntegerDigits()).append(" maxI=").append(f.getMaximumIntegerDigits())
                .append(" minF=").append(f.getMinimumFractionDigits()).append(" maxF=").append(f.getMaximumFractionDigits())
                .append(" g=").append(f.getGroupingSize()).append(' ').append(f.isGroupingUsed())
                .append(" mult=").append(f.getMultiplier()).append(" pat=").append(f.toPattern())
                .append(" pp=").append(f.getPositivePrefix()).append(" np=").append(f.getNegativePrefix())
                .append(" ps=").append(f.getPositiveSuffix()).append(" ns=").append(f.getNegativeSuffix());
        System.out.println(sb);
    }

    static void longs(String pattern, long... values) {
        DecimalFormat f = new DecimalFormat(pattern);
        StringBuilder sb = new StringBuilder(pattern).append(" ->");
        for (long v : values) {
            sb.append(" [").append(f.format(v)).append(']');
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show("#.##", 0.5, 0, 12.345, -0.0, 1e20, 123456.789);
        show("#", 0, 0.4, 0.5, 0.6, 1.5, 2.5, 12);
        show(".##", 0.5, 12.3, 0, 1.0 / 3);
        show("#,##0.00;(#)", -1234.567, 1234.5, 0, -0.001);
        show("#,###,##0", 123456789, 1234, 12);
        show("#,##,###", 123456789, 0);
        show("#,##0.###", 1e15, 123456789.123456789, Double.MAX_VALUE, Double.MIN_VALUE, 1e-10, -987654.3215);
        show("0.###E0", 12345, 0.00012345, 0, -1.5, 1e300, Double.MIN_VALUE, 1);
        show("00.###E0", 12345, 0.00012345, 0, 1);
        show("##0.#####E0", 12345, 0.00012345, 123456789, 1, 0.1, 1e-7, 0);
        show("##0.##E0", 12345, 0.00012345, 123456789, 1);
        show("#E0", 12345, 0.1, 0);
        show("0E00", 12345, 0.1, 1e-100);
        show("0.000E0", 1, 12.5, 999999, 9.9995);
        show("#,##0.0#E0", 1234.5);
        show("'#'#''", 5);
        show("'a''b'0 o''clock", 5, -5);
        show("#%", 0.256, -0.5, 1.005);
        show("#\u2030", 0.256);
        show("\u00a4#,##0.00", 3.5, -3.5);
        show("\u00a4\u00a4 #,##0.00", 3.5);
        show("0.00", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.001, 0.005, 0.015, 0.025,
                1.005, 2.675, 0.125, 0.135, 0.145, 1.115, 0.0049999, 99.995, 999.999);
        show("000", 5, -5, 1234.5);
        show("0.0", 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, -0.05, 0.95, 9.95, 0.0001);
        show("x#y;m#n", 3, -3);
        show("-#", 3, -3);
        show("#;", 3, -3);
        show("E0", 3);
        show("# 'items'", 7);
        show("#,##0.00 \u00a4;-#,##0.00 \u00a4", -7.5, 7.5);
        show("#.", 3, 3.7);
        show("0.0###", 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100);
        show("#,##0.############", 0.1 + 0.2, 1e-12, 123.456);
        show("", 1234.5678, 0.1, -5);
        show("#x#", 12);

        String[] bad = {"0.0.0", "#0#", "0E", "0.0E+0", "0#", "'abc", ";", "0,", "0.#0", "%%", "%\u2030",
                "0E0E0", "#,", "0;x;y", ".", ",", "'"};
        for (String b : bad) {
            try {
                DecimalFormat f = new DecimalFormat(b);
                System.out.println(b + " ok " + f.toPattern() + " [" + f.format(-1234.5) + "]");
            } catch (IllegalArgumentException e) {
                System.out.println(b + " " + e);
            }
        }

        // Rounding modes, from the exact binary value.
        double[] samples = {0.125, 0.135, -0.125, 2.5, -2.5, 0.0049, 1.0005, 1e-5, 5.5, -5.5, 0.3};
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) {
                continue;
            }
            DecimalFormat f = new DecimalFormat("0.00");
            f.setRoundingMode(mode);
            StringBuilder sb = new StringBuilder(mode.toString());
            for (double v : samples) {
                sb.append(' ').append(f.format(v));
            }
            DecimalFormat g = new DecimalFormat("0.##E0");
            g.setRoundingMode(mode);
            sb.append(" | ").append(g.format(12345)).append(' ').append(g.format(-12355L)).append(' ').append(g.format(0.00012345));
            System.out.println(sb);
        }
        DecimalFormat un = new DecimalFormat("0.00");
        un.setRoundingMode(RoundingMode.UNNECESSARY);
        System.out.println(un.format(1.5) + " " + un.format(3L) + " " + un.format(0.25));
        try {
            un.format(1.005);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            un.format(new BigDecimal("1.234"));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }

        // Many doubles: the shortest digits, rounded at various positions.
        DecimalFormat[] fs = {new DecimalFormat("0.00"), new DecimalFormat("#,##0.####"), new DecimalFormat("0.0000000000"),
                new DecimalFormat("0.###E0"), new DecimalFormat("##0.####E0")};
        long seed = 12345;
        int hash = 0;
        for (int i = 0; i < 20000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double v = (seed >>> 11) * 0x1.0p-53 * Math.pow(10, (int) ((seed >>> 3) % 12) - 6);
            if (i % 3 == 0) {
                v = Math.round(v * 1000) / 1000.0 + 0.0005; // near ties
            }
            for (DecimalFormat f : fs) {
                String s = f.format(v);
                hash = hash * 31 + s.hashCode();
                if (i < 6) {
                    System.out.print(s + " ");
                }
            }
            if (i < 6) {
                System.out.println();
            }
        }
        System.out.println("hash " + hash);

        // Longs, BigInteger, BigDecimal.
        longs("#,##0", Long.MIN_VALUE, Long.MAX_VALUE, 0, -1);
        longs("#,##0%", Long.MIN_VALUE, Long.MAX_VALUE, 12);
        longs("0.##E0", 12345, 12355, -99999, 1, 0, Long.MAX_VALUE);
        longs("00000", 42, -42);
        longs("0.00", 7, -7);
        DecimalFormat big = new DecimalFormat("#,##0.00");
        System.out.println(big.format(new BigDecimal("1234567890123456789.125")) + " " + big.format(new BigDecimal("-0.005"))
                + " " + big.format(new BigDecimal("0.015")) + " " + big.format(new BigInteger("123456789012345678901234567890"))
                + " " + big.format(BigInteger.TEN) + " " + big.format(12) + " " + big.format(1.5f) + " " + big.format((short) 3)
                + " " + big.format(new BigDecimal("1E+5")));
        try {
            big.format("12");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        // Setters.
        DecimalFormat s = new DecimalFormat("0.00");
        s.setMaximumFractionDigits(1);
        System.out.println(s.getMinimumFractionDigits() + " " + s.toPattern() + " " + s.format(3.14159));
        s.setMinimumIntegerDigits(5);
        System.out.println(s.toPattern() + " " + s.format(3.14159));
        s.setMaximumIntegerDigits(2);
        System.out.println(s.toPattern() + " " + s.format(12345.67) + " " + s.getMinimumIntegerDigits());
        s.setGroupingUsed(true);
        s.setGroupingSize(1);
        s.setMaximumIntegerDigits(10);
        System.out.println(s.toPattern() + " " + s.format(12345.67));
        s.setDecimalSeparatorAlwaysShown(true);
        s.setMaximumFractionDigits(0);
        System.out.println(s.toPattern() + " " + s.format(12345.67));
        s.applyPattern("0.0%");
        s.setMultiplier(1000);
        s.setPositivePrefix("+");
        s.setNegativeSuffix(" neg");
        System.out.println(s.format(0.5) + " " + s.format(-0.5) + " " + s.toPattern());
        try {
            s.setGroupingSize(200);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.US);
        sym.setDecimalSeparator(',');
        sym.setGroupingSeparator('.');
        sym.setMinusSign('~');
        sym.setExponentSeparator("x10^");
        DecimalFormat eu = new DecimalFormat("#,##0.00", sym);
        System.out.println(eu.format(-1234567.891) + " " + new DecimalFormat("0.0E0", sym).format(-0.000123));
        System.out.println(sym.getZeroDigit() + " " + sym.getPercent() + " " + sym.getPerMill() + " " + sym.getInfinity() + " "
                + sym.getNaN() + " " + sym.getCurrencySymbol() + " " + sym.getInternationalCurrencySymbol() + " "
                + sym.getDigit() + " " + sym.getPatternSeparator());

        // Field positions.
        for (int field : new int[] {NumberFormat.INTEGER_FIELD, NumberFormat.FRACTION_FIELD}) {
            FieldPosition fp = new FieldPosition(field);
            StringBuffer sb = new StringBuffer("ab");
            new DecimalFormat("#,##0.00").format(-1234.5, sb, fp);
            FieldPosition fp2 = new FieldPosition(field);
            StringBuffer sb2 = new StringBuffer();
            new DecimalFormat("0.0##E0").format(1234.5, sb2, fp2);
            System.out.println(sb + " " + fp.getBeginIndex() + " " + fp.getEndIndex() + " " + sb2 + " " + fp2);
        }
    }
}
