/** Integer/Long/Double/Float parsing, radixes, and the NumberFormatException messages for bad input. */
public class Main {
    static void tryInt(String s) {
        try {
            System.out.println("parseInt(" + s + ") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + s + ") NFE: " + e.getMessage());
        }
    }

    static void tryLong(String s) {
        try {
            System.out.println("parseLong(" + s + ") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(" + s + ") NFE: " + e.getMessage());
        }
    }

    static void tryDouble(String s) {
        try {
            System.out.println("parseDouble(" + s + ") = " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("parseDouble(" + s + ") NFE: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("parseDouble(" + s + ") NPE");
        }
    }

    public static void main(String[] args) {
        String[] ints = {"0", "-0", "+7", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "", "abc", "12a", " 5", "5 ",
                         "-", "+", "0x10", "007", "99999999999", null};
        for (String s : ints) tryInt(s);
        String[] longs = {"9223372036854775807", "-9223372036854775808", "9223372036854775808", "1L", "-00012"};
        for (String s : longs) tryLong(s);
        System.out.println("radix: " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36)
                + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.valueOf("77", 8));
        try { Integer.parseInt("12", 2); } catch (NumberFormatException e) { System.out.println("radix 2 NFE: " + e.getMessage()); }
        String[] doubles = {"0", "1.5", "-2.25e3", "1e-3", ".5", "5.", "  3.25  ", "NaN", "-Infinity", "+Infinity", "1e400", "1e-400",
                            "0.1", "123456789012345678901234567890", "4.9e-324", "2.2250738585072014E-308", "1d", "2.5f",
                            "abc", "", "1e", "--1", null};
        for (String s : doubles) tryDouble(s);
        System.out.println("parseFloat " + Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1.17549435E-38") + " " + Float.parseFloat("0.1")
                + " " + Float.valueOf("-7.5") + " " + Double.valueOf("2"));
        System.out.println("Boolean.parseBoolean " + Boolean.parseBoolean("True") + " Short " + Short.parseShort("-32768"));
        try { Short.parseShort("32768"); } catch (NumberFormatException e) { System.out.println("Short NFE: " + e.getMessage()); }
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println("Byte NFE: " + e.getMessage()); }
        long sum = 0;
        for (int i = -5000; i < 5000; i += 7) sum += Integer.parseInt(Integer.toString(i * 1013)) + Long.parseLong(Long.toString(i * 1000003L));
        System.out.println("round trip sum " + sum);
        double[] scale = new double[41];      // 1e-20 .. 1e20 built with exact IEEE operations (no libm)
        scale[20] = 1;
        for (int i = 21; i <= 40; i++) scale[i] = scale[i - 1] * 10;
        for (int i = 19; i >= 0; i--) scale[i] = scale[i + 1] / 10;
        double dsum = 0;
        for (int i = 1; i < 2000; i++) {
            double v = i / 7.0 * scale[i % 41];
            double back = Double.parseDouble(Double.toString(v));
            if (back != v) System.out.println("round trip failed for " + v);
            dsum += back;
        }
        System.out.println("double round trip sum " + dsum);
    }
}
