import java.util.*;
import java.util.regex.*;
import java.util.stream.Collectors;

/** Matcher API: find loops with start/end, find(int), regions, lookingAt, \G, usePattern, results, toMatchResult. */
public class Main {
    public static void main(String[] args) {
        String text = "The year 1984 and 2001, then 2024; not 123 or 12345.";
        Matcher m = Pattern.compile("\\b\\d{4}\\b").matcher(text);
        while (m.find()) System.out.println("found " + m.group() + " [" + m.start() + "," + m.end() + ")");
        System.out.println("after loop hasMatch=" + m.hasMatch() + " " + m);
        System.out.println("find(20) " + m.find(20) + " " + m.group() + " " + m.start());
        boolean again = m.find();
        System.out.println("find() " + again + " " + (again ? m.group() : "-"));
        m.region(0, 15);
        boolean rf = m.find();
        System.out.println("region " + m.regionStart() + "-" + m.regionEnd() + " find=" + rf + " " + m.group() + " next=" + m.find());
        m.region(10, 13);
        rf = m.find();
        System.out.println("region find " + rf + " " + (rf ? m.group() : "-"));
        m.region(8, 14);
        rf = m.find();
        System.out.println("region find " + rf + " " + (rf ? m.group() : "-"));
        m.region(9, 13);
        System.out.println("region matches " + Pattern.compile("\\d+").matcher(text).region(9, 13).matches()
                + " lookingAt " + Pattern.compile("\\d").matcher(text).region(9, 13).lookingAt()
                + " anchored ^ " + Pattern.compile("^\\d+$").matcher(text).region(9, 13).find());
        Matcher la = Pattern.compile("ab").matcher("abab x");
        System.out.println("lookingAt " + la.lookingAt() + " " + la.start() + " " + la.end() + " matches " + la.matches());
        Matcher g = Pattern.compile("\\Ga").matcher("aaba");
        StringBuilder sb = new StringBuilder();
        while (g.find()) sb.append(g.start()).append(' ');
        System.out.println("\\G: " + sb);
        Matcher g2 = Pattern.compile("\\G(\\w+),?").matcher("one,two,three four");
        while (g2.find()) System.out.println("csv-ish " + g2.group(1) + " end=" + g2.end());
        // usePattern keeps the position
        Matcher u = Pattern.compile("\\d+").matcher("abc123def456");
        u.find();
        System.out.println("u " + u.group() + " " + u.end());
        u.usePattern(Pattern.compile("[a-z]+"));
        System.out.println("u after usePattern " + u.find() + " " + u.group() + " " + u.pattern());
        // results and toMatchResult
        Matcher r = Pattern.compile("(\\w)(\\d)").matcher("a1 b2 c3 dd e5");
        List<MatchResult> res = r.results().collect(Collectors.toList());
        for (MatchResult mr : res) System.out.println("result " + mr.group() + " " + mr.group(1) + " " + mr.start(2) + " " + mr.end() + " " + mr.groupCount());
        Matcher t = Pattern.compile("(?<k>\\w+):(?<v>\\d+)").matcher("a:1 b:2");
        t.find();
        MatchResult snap = t.toMatchResult();
        t.find();
        System.out.println("snapshot " + snap.group() + " " + snap.group("k") + " " + snap.start("v") + " now " + t.group() + " " + snap.hasMatch());
        System.out.println(Pattern.compile("o").matcher("foo boo").results().count());
        // empty matches advance by one
        Matcher e = Pattern.compile("x*").matcher("axxb");
        while (e.find()) System.out.print("[" + e.start() + "," + e.end() + ")");
        System.out.println();
        // reset with new input, replace after partial iteration
        Matcher rs = Pattern.compile("[aeiou]").matcher("education");
        rs.find();
        rs.find();
        System.out.println(rs.group() + " " + rs.replaceAll("*") + " " + rs.reset("queue").replaceFirst("#"));
        StringBuilder out = new StringBuilder();
        Matcher ap = Pattern.compile("(\\d+)").matcher("a1b22c333d");
        while (ap.find()) {
            ap.appendReplacement(out, "<$1:" + ap.group().length() + ">");
        }
        ap.appendTail(out);
        System.out.println(out);
        StringBuffer sbuf = new StringBuffer();
        Matcher ap2 = Pattern.compile("cat").matcher("one cat two cats");
        while (ap2.find()) ap2.appendReplacement(sbuf, "dog");
        System.out.println(ap2.appendTail(sbuf));
        System.out.println(Pattern.compile("a").matcher("b").toString());
        Matcher sur = Pattern.compile("\\p{So}|.").matcher("a\u2603\uD83D\uDE00b");
        while (sur.find()) System.out.print(sur.start() + "-" + sur.end() + " ");
        System.out.println();
    }
}
