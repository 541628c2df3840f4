import java.util.Arrays;
import java.util.regex.*;

/** split (limits, leading/trailing empties, zero-width), replaceAll/replaceFirst with groups and functions. */
public class Main {
    static void sp(String s, String re, int limit) {
        System.out.println("split(" + s + " | " + re + " | " + limit + ") = " + Arrays.toString(s.split(re, limit))
                + " " + s.split(re, limit).length);
    }

    public static void main(String[] args) {
        String[] inputs = {"", ",", ",,", "a", "a,b", ",a,b", "a,b,", "a,,b,,", ",,a,,b,,", "boo:and:foo", "a1b22c333d", "  lead and trail  "};
        String[] regexes = {",", ",+", "o", ":", "\\d", "\\d+", "\\s+", "", "(?=b)", "\\b", "x*", "[,:]", "\\|", "\\."};
        int[] limits = {0, -1, 1, 2, 3, 5};
        for (String s : inputs) for (String re : regexes) for (int l : limits) sp(s, re, l);
        System.out.println(Arrays.toString("a|b|c".split("|")));
        System.out.println(Arrays.toString("a.b.c".split(".")));
        System.out.println(Arrays.toString("a.b.c".split("\\.")));
        System.out.println(Arrays.toString("a$b$c".split("\\$")));
        System.out.println(Arrays.toString(Pattern.compile("\\s*,\\s*").split("x , y,z ,  w")));
        System.out.println(Pattern.compile(",").splitAsStream("p,q,,r,,").toList());
        System.out.println(Pattern.compile(",").splitAsStream("").toList());
        // replace
        System.out.println("hello world".replaceAll("o", "0"));
        System.out.println("hello world".replaceFirst("o", "0"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        System.out.println("2024-05-17".replaceAll("(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)", "${d}/${m}/${y}"));
        System.out.println("a.b.c".replaceAll("\\.", "\\\\"));
        System.out.println("cost: 5".replaceAll("\\d", "\\$$0"));
        System.out.println("abc".replaceAll("", "-"));
        System.out.println("abc".replaceAll("x*", "-"));
        System.out.println("aaa".replaceAll("a*", "X"));
        System.out.println("aaa".replaceAll("a*?", "X"));
        System.out.println("aaa".replaceAll("^", ">"));
        System.out.println("l1\nl2\nl3".replaceAll("(?m)^", "> "));
        System.out.println("l1\nl2\n".replaceAll("(?m)$", ";"));
        System.out.println("tabs\tand  spaces".replaceAll("\\s+", " "));
        System.out.println("  trim me  ".replaceAll("^\\s+|\\s+$", ""));
        System.out.println("CamelCaseString".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println("snake_case_here".replaceAll("_([a-z])", "-$1"));
        System.out.println("x".replaceAll("x", Matcher.quoteReplacement("$1\\n")));
        Pattern p = Pattern.compile("\\d+");
        System.out.println(p.matcher("a1b22c333").replaceAll(r -> "<" + (Integer.parseInt(r.group()) * 2) + ">"));
        System.out.println(p.matcher("a1b22c333").replaceFirst(r -> "[" + r.group().length() + "]"));
        System.out.println(Pattern.compile("(\\w)(\\w*)").matcher("make title case").replaceAll(r -> r.group(1).toUpperCase() + r.group(2)));
        try {
            System.out.println(Pattern.compile("o").matcher("foo").replaceAll(r -> "$"));
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println("AbcABC".replaceAll("(?i)b", "_"));
        System.out.println("line1\r\nline2\rline3\nline4".replaceAll("\\R", "|"));
        System.out.println("a-b_c d".replaceAll("[^a-z]", ""));
        System.out.println("\uD83D\uDE00x\uD83D\uDE00".replaceAll(".", "[$0]"));
        System.out.println("\uD83D\uDE00x".split("").length);
        System.out.println("Mississippi".replaceAll("(ss)+", "SS").replaceAll("(?<=i)p", "P"));
        System.out.println("aaa bbb".replaceAll("(\\w)\\1+", "$1"));
        System.out.println("x".matches("x|y") + " " + "xy".matches("x") + " " + "".matches("a*") + " " + "abc".matches("a.c"));
    }
}
