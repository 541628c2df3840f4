import java.text.DecimalFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Random patterns and inputs: results and exception messages must match the JDK's, and nothing may crash. */
public class Main {
    static long seed = 42;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    static String random(String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int n = next(maxLength + 1);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(next(alphabet.length())));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        double[] values = {0, -0.0, 1, -1, 0.5, 1234.5678, -98765.4321, 1e-7, 3e15, 0.125, Double.NaN};
        int ok = 0;
        for (int i = 0; i < 1500; i++) {
            String pattern = random("#0,.E%;-'x ", 9);
            StringBuilder sb = new StringBuilder("[" + pattern + "] ");
            try {
                DecimalFormat f = new DecimalFormat(pattern);
                ok++;
                sb.append(f.toPattern()).append(" =>");
                for (double v : values) {
                    sb.append(' ').append(f.format(v));
                }
                sb.append(' ').append(f.format(Long.MIN_VALUE));
            } catch (IllegalArgumentException e) {
                sb.append(e.getMessage());
            }
            System.out.println(sb);
        }
        DecimalFormat p = new DecimalFormat("#,##0.###;(#)");
        DecimalFormat q = new DecimalFormat("0.#E0%");
        for (int i = 0; i < 1500; i++) {
            String s = random("0123456789,.-E()%+ ", 12);
            ParsePosition pp = new ParsePosition(0);
            ParsePosition pq = new ParsePosition(0);
            Number a = p.parse(s, pp);
            Number b = q.parse(s, pq);
            System.out.println("[" + s + "] " + a + " " + pp.getIndex() + "/" + pp.getErrorIndex() + " " + b + " "
                    + pq.getIndex() + "/" + pq.getErrorIndex());
        }
        SimpleDateFormat d = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.US);
        d.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (int i = 0; i < 1500; i++) {
            String s = random("0123456789-: ", 20);
            ParsePosition pp = new ParsePosition(0);
            Date r = d.parse(s, pp);
            System.out.println("[" + s + "] " + (r == null ? "null" : r.getTime()) + " " + pp.getIndex() + "/" + pp.getErrorIndex());
        }
        for (int i = 0; i < 500; i++) {
            String pattern = random("yMdHhmsSEazZXGk' -:", 8);
            try {
                SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.US);
                f.setTimeZone(TimeZone.getTimeZone("GMT+01:30"));
                System.out.println("[" + pattern + "] " + f.format(new Date(1700000000123L + i * 7777777777L)));
            } catch (IllegalArgumentException e) {
                System.out.println("[" + pattern + "] " + e.getMessage());
            }
        }
        System.out.println("valid patterns " + ok);
    }
}
