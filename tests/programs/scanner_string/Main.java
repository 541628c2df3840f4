import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

/** Scanner over Strings: number syntax (grouping, signs, Unicode digits), lines, errors, close. */
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
        for (String s : new String[] {"1,234", "+5", "-0", "\u0661\u0662", "99999999999", "1,23", "12,345,678", "0x10", "-", "1.5",
                "007", "+-3", "\u0663,\u0664\u0665\u0666", "2147483647", "-2147483648", "2147483648", "1,2345", ",123"}) {
            t("int " + s, () -> { Scanner sc = new Scanner(s); return sc.hasNextInt() + " " + sc.hasNextLong() + " " + sc.nextInt(); });
        }
        for (String s : new String[] {"1,234.5", "1e5", "1E-5", ".5", "5.", "NaN", "-Infinity", "Infinity", "+1.5", "0x1p3", "1.5f",
                "1.5d", "-.5e+3", "1,2.5", "\u0661.\u0665", "1e", "e5", "-NaN", "1,234,567.890", "12345678901234567890123", "1e400",
                "4.9e-324", "0.1", "-0", "3.14159265358979323846", "1.", "."}) {
            t("dbl " + s, () -> { Scanner sc = new Scanner(s); return sc.hasNextDouble() + " " + sc.nextDouble(); });
        }
        t("next empty", () -> new Scanner("  ").next());
        t("nextLine empty", () -> new Scanner("").nextLine());
        t("nextInt empty", () -> new Scanner(" ").nextInt());
        t("bool", () -> { Scanner sc = new Scanner("TRUE false yes"); return sc.nextBoolean() + " " + sc.nextBoolean() + " " + sc.hasNextBoolean() + " " + sc.nextBoolean(); });
        t("closed", () -> { Scanner sc = new Scanner("x"); sc.close(); return sc.next(); });
        t("closed has", () -> { Scanner sc = new Scanner("x"); sc.close(); sc.close(); return sc.hasNext(); });
        t("lines", () -> { Scanner sc = new Scanner("a b\r\nc\rd\n\ne"); StringBuilder sb = new StringBuilder(); sb.append(sc.next()); while (sc.hasNextLine()) sb.append("[" + sc.nextLine() + "]"); return sb; });
        t("lines2", () -> { Scanner sc = new Scanner("12\nhello world\n"); int x = sc.nextInt(); return x + "[" + sc.nextLine() + "][" + sc.nextLine() + "]" + sc.hasNextLine(); });
        t("ws", () -> { Scanner sc = new Scanner("a\u2028b\u0085c\u00a0d\u2003e\tf\u000bg\u001ch"); StringBuilder sb = new StringBuilder(); while (sc.hasNext()) sb.append("<" + sc.next() + ">"); return sb.toString().replace('\u0085', '~').replace('\u00a0', '_'); });
        t("ws lines", () -> { Scanner sc = new Scanner("a\u2028b\u0085c\u00a0d\u2029e"); StringBuilder sb = new StringBuilder(); while (sc.hasNextLine()) sb.append("<" + sc.nextLine() + ">"); return sb.toString().replace('\u00a0', '_'); });
        t("mismatch then", () -> { Scanner sc = new Scanner("abc 5"); String r = sc.hasNextInt() + ""; try { sc.nextInt(); } catch (InputMismatchException e) { r += e; } return r + " " + sc.next() + sc.nextInt(); });
        t("long", () -> new Scanner("-9223372036854775808 9223372036854775808").nextLong());
        t("long2", () -> { Scanner sc = new Scanner("9223372036854775808"); return sc.hasNextLong() + " " + sc.hasNextBigInteger() + " " + sc.nextBigInteger() + " " + sc.hasNext(); });
        t("short/byte", () -> { Scanner sc = new Scanner("300 -5 127"); return sc.hasNextByte() + " " + sc.nextShort() + " " + sc.nextByte() + " " + sc.nextByte(); });
        t("byte overflow", () -> new Scanner("300").nextByte());
        t("bigdec", () -> { Scanner sc = new Scanner("1,234.500 NaN -7e-3"); return sc.nextBigDecimal() + " " + sc.hasNextBigDecimal() + " " + sc.hasNextDouble() + " " + sc.nextDouble() + " " + sc.nextBigDecimal(); });
        t("float", () -> { Scanner sc = new Scanner("0.1 3.4028236e38 -Infinity"); return sc.nextFloat() + " " + sc.nextFloat() + " " + sc.hasNextFloat() + " " + sc.nextFloat(); });
        t("iterator", () -> { Scanner sc = new Scanner(" the quick  brown\n\nfox "); StringBuilder sb = new StringBuilder(); sc.forEachRemaining(w -> sb.append(w.toUpperCase()).append('|')); return sb; });
        t("remove", () -> { new Scanner("a").remove(); return "?"; });
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 30000; i++) big.append(i * 7919 % 100003).append(i % 10 == 9 ? '\n' : ' ');
        Scanner sc = new Scanner(big.toString());
        long sum = 0, n = 0;
        while (sc.hasNextInt()) { sum += sc.nextInt(); n++; }
        System.out.println("big n=" + n + " sum=" + sum + " more=" + sc.hasNext());
        try { sc.next(); } catch (NoSuchElementException e) { System.out.println("end " + e); }
    }
}
