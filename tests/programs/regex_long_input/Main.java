import java.util.regex.*;

/**
 * Long inputs, kept to sizes HotSpot's recursive matcher survives: Kiln's engines are iterative
 * (Pike VM, heap-stack backtracker). Kiln alone also handles 1,000,000-char inputs on (a|b)* and
 * (a*)*b, where HotSpot overflows its stack or takes exponential time.
 */
public class Main {
    public static void main(String[] args) {
        String a = "a".repeat(400);
        System.out.println(Pattern.compile("(a|b)*").matcher(a).matches());
        Matcher m = Pattern.compile("(a|b)*").matcher(a);
        System.out.println(m.lookingAt() + " " + m.end() + " " + m.start(1));
        for (int n = 1; n <= 24; n += 3) {
            String s = "a".repeat(n);
            System.out.println(n + " " + Pattern.compile("(a*)*b").matcher(s).find() + " "
                    + Pattern.compile("(a*)*b").matcher(s + "b").matches() + " " + s.matches("(a|aa)+") + " "
                    + (s + "c").matches("(a+)+b"));
        }
        String big = "a".repeat(200_000);
        System.out.println("a".repeat(3000).matches("a*a*b") + " " + big.matches("a*") + " " + big.matches("[ab]+"));
        String s = "ab".repeat(200);
        m = Pattern.compile("(ab)+").matcher(s);
        System.out.println(m.matches() + " " + m.start(1) + " " + m.group(1));
        String abs = "ab".repeat(100_000);
        System.out.println(abs.split("b").length + " " + abs.replaceAll("a", "").length() + " " + abs.replaceAll("ab", "c").length());
        String t = "xy".repeat(300) + "=" + "xy".repeat(300);
        m = Pattern.compile("((?:xy)*)=\\1").matcher(t);
        System.out.println(m.matches() + " " + m.end(1));
        m = Pattern.compile("(?:a|b)*+c").matcher(a);
        System.out.println(m.find());
        m = Pattern.compile("(?=a)(a|b)*").matcher(a);
        System.out.println(m.matches() + " " + m.start(1));
        int count = 0;
        m = Pattern.compile("\\w+").matcher("word ".repeat(100_000));
        while (m.find()) count++;
        System.out.println(count);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) sb.append(i).append(i % 7 == 0 ? ";" : ",");
        System.out.println(sb.toString().split("[,;]").length + " " + sb.toString().replaceAll("\\d+", "#").length());
    }
}
