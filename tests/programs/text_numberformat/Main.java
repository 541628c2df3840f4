import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/** NumberFormat factories for the root locale and English, their settings, and parsing. */
public class Main {
    static void parse(NumberFormat f, String s) {
        ParsePosition pp = new ParsePosition(0);
        Number n = f.parse(s, pp);
        String type = n == null ? "null" : n.getClass().getSimpleName();
        System.out.println("parse [" + s + "] -> " + n + " " + type + " " + pp);
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Locale.getDefault() + " " + Locale.US + " [" + Locale.ROOT + "] " + Locale.ENGLISH + " "
                + Locale.US.toLanguageTag() + " " + Locale.ROOT.toLanguageTag() + " " + Locale.of("EN", "us")
                + " " + Locale.of("en", "US").equals(Locale.US) + " " + Locale.forLanguageTag("en-US").getCountry());
        double[] values = {-1234567.891234, 0, -0.0, 0.5, 1.5, 2.5, 1e10, 0.0001234, 12.3456789, Double.NaN,
                Double.NEGATIVE_INFINITY};
        for (Locale l : new Locale[] {Locale.US, Locale.ROOT, Locale.ENGLISH}) {
            NumberFormat[] fs = {NumberFormat.getInstance(l), NumberFormat.getNumberInstance(l), NumberFormat.getIntegerInstance(l),
                    NumberFormat.getPercentInstance(l), NumberFormat.getCurrencyInstance(l)};
            for (NumberFormat f : fs) {
                StringBuilder sb = new StringBuilder(l + " " + ((DecimalFormat) f).toPattern() + ":");
                for (double v : values) {
                    sb.append(" [").append(f.format(v)).append(']');
                }
                sb.append(" [").append(f.format(Long.MIN_VALUE)).append("] [").append(f.format(42L)).append(']');
                sb.append(' ').append(f.getRoundingMode()).append(' ').append(f.isParseIntegerOnly()).append(' ')
                        .append(f.getMinimumFractionDigits()).append(' ').append(f.getMaximumFractionDigits());
                System.out.println(sb);
            }
        }
        NumberFormat d = NumberFormat.getInstance();
        System.out.println(d.format(1234.5678) + " " + NumberFormat.getNumberInstance().format(-0.0005) + " "
                + NumberFormat.getIntegerInstance().format(3.5) + " " + NumberFormat.getPercentInstance().format(0.125)
                + " " + NumberFormat.getCurrencyInstance().format(9.999));

        NumberFormat nf = NumberFormat.getInstance(Locale.US);
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(2);
        System.out.println(nf.format(3.14159) + " " + nf.format(2) + " " + nf.format(0.005) + " " + nf.format(0.015));
        nf.setGroupingUsed(false);
        nf.setRoundingMode(RoundingMode.DOWN);
        System.out.println(nf.format(1234567.899) + " " + nf.format(-1.999) + " " + nf.isGroupingUsed());
        nf.setMinimumIntegerDigits(4);
        nf.setMaximumFractionDigits(0);
        System.out.println(nf.format(12.9) + " " + nf.getMinimumFractionDigits() + " " + nf.getMaximumIntegerDigits());
        nf.setMaximumIntegerDigits(3);
        System.out.println(nf.format(12345.6) + " " + nf.getMinimumIntegerDigits());
        nf.setMaximumFractionDigits(400);
        nf.setMinimumIntegerDigits(1);
        nf.setMaximumIntegerDigits(1000);
        System.out.println(nf.getMaximumFractionDigits() + " " + nf.format(0.1) + " " + nf.format(1.0 / 3));
        NumberFormat copy = (NumberFormat) nf.clone();
        System.out.println(copy.equals(nf) + " " + copy.format(2.5) + " " + nf.equals(NumberFormat.getInstance()));
        System.out.println(nf.format(new BigDecimal("0.1000000000000000000001")) + " " + nf.format(Integer.valueOf(7)));

        // Parsing.
        NumberFormat p = NumberFormat.getInstance(Locale.US);
        String[] inputs = {"1,234.5", "-1,234", "12abc", "-0", "1E3", "1.5E-3", "2E", "99999999999999999999", "1,2,3,4",
                "-9223372036854775808", "9223372036854775807", "9223372036854775808", "0.0", "", "abc", "-", "12,",
                "12,.5", "1.2.3", "\u221e", "-\u221e", "NaN", "  5", "007", "0.000123", "-.5", ".", "1E400", "1E-400",
                "5%", "1,234,567.125e2", "12E+3"};
        for (String s : inputs) {
            parse(p, s);
        }
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.US);
        for (String s : new String[] {"12.5%", "50%", "100%", "-0%", "12", "1,000%", "-3%"}) {
            parse(pct, s);
        }
        NumberFormat cur = NumberFormat.getCurrencyInstance(Locale.US);
        for (String s : new String[] {"$1,234.50", "-$1,234.50", "1,234.50", "$-5", "$0.1"}) {
            parse(cur, s);
        }
        NumberFormat integer = NumberFormat.getIntegerInstance(Locale.US);
        for (String s : new String[] {"12.7", "-12.7", ".5", "1,000.9", "-0"}) {
            parse(integer, s);
        }
        DecimalFormat paren = new DecimalFormat("#,##0.00;(#,##0.00)");
        for (String s : new String[] {"(1,234.50)", "1,234.50", "(5", "(5)x"}) {
            parse(paren, s);
        }
        DecimalFormat bd = new DecimalFormat("#,##0.###");
        bd.setParseBigDecimal(true);
        for (String s : new String[] {"1,234.5678", "-0.001", "12E3", "0"}) {
            parse(bd, s);
        }
        DecimalFormat pm = new DecimalFormat("#\u2030");
        pm.setParseBigDecimal(true);
        parse(pm, "1\u2030");
        parse(new DecimalFormat("0.###E0"), "1.5E-7");
        ParsePosition mid = new ParsePosition(4);
        System.out.println(p.parse("abc 42 def", mid) + " " + mid.getIndex());
        System.out.println(p.parseObject("17") + " " + p.parse("3.25").doubleValue());
        for (String s : new String[] {"abc", "", "-"}) {
            try {
                p.parse(s);
            } catch (ParseException e) {
                System.out.println(e.getMessage() + " " + e.getErrorOffset());
            }
        }
        try {
            pct.parse("12");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " " + e.getErrorOffset());
        }

        // Round trip of many values.
        NumberFormat rt = NumberFormat.getInstance(Locale.US);
        rt.setMaximumFractionDigits(20);
        int mismatches = 0;
        long seed = 7;
        for (int i = 0; i < 5000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double v = Double.longBitsToDouble((seed >>> 2) & 0x7fefffffffffffffL) % 1e12;
            Number back = rt.parse(rt.format(v));
            if (back.doubleValue() != v) {
                mismatches++;
            }
        }
        System.out.println("round-trip mismatches " + mismatches);

        // Locale forms of String.
        System.out.println(String.format(Locale.ROOT, "%,d %.3f %s", 1234567, Math.PI, "x") + " "
                + String.format(Locale.US, "%,.2f", -9876.545) + " " + String.format((Locale) null, "%e", 12345.678) + " "
                + "Title ß ǅ".toUpperCase(Locale.ROOT) + " " + "ÀÉÎ İ".toLowerCase(Locale.ENGLISH) + " "
                + "mixed".toUpperCase(Locale.US));
    }
}
