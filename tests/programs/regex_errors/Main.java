import java.util.regex.*;

/** PatternSyntaxException messages (description, index, pattern, caret line) and API exceptions. */
public class Main {
    static void bad(String regex) {
        bad(regex, 0);
    }

    static void bad(String regex, int flags) {
        try {
            Pattern p = Pattern.compile(regex, flags);
            System.out.println("OK " + p + " groups=" + p.matcher("").groupCount());
        } catch (PatternSyntaxException e) {
            System.out.println("PSE desc=[" + e.getDescription() + "] index=" + e.getIndex() + " pattern=[" + e.getPattern() + "]");
            System.out.println(e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
    }

    static void rep(String regex, String input, String replacement) {
        try {
            System.out.println("rep " + input.replaceAll(regex, replacement));
        } catch (RuntimeException e) {
            System.out.println("rep " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    interface Op {
        Object run();
    }

    static void call(String label, Op op) {
        try {
            System.out.println(label + " -> " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        bad("*a");
        bad("a**");
        bad("+");
        bad("?x");
        bad("(ab");
        bad("((a)");
        bad("ab)");
        bad("a)b(");
        bad("[abc");
        bad("[a-");
        bad("[z-a]");
        bad("a{");
        bad("a{2");
        bad("a{x}");
        bad("a{3,2}");
        bad("{2}");
        bad("a{2}{3}");
        bad("x\\");
        bad("\\y");
        bad("\\xZZ");
        bad("\\x{110000}");
        bad("\\x{12");
        bad("\\u12");
        bad("\\0");
        bad("\\09");
        bad("\\p{Foo}");
        bad("\\p{Alpha");
        bad("(?<1a>x)");
        bad("(?<a>x)(?<a>y)");
        bad("(?<ab");
        bad("\\k<nope>");
        bad("\\kx");
        bad("(?z)");
        bad("(?<=a+)b");
        bad("(?<=a*)b");
        bad("(?<=a{1,3})b");
        bad("[]");
        bad("[^]");
        bad("(?i");
        bad("\\Qabc");
        bad("\\E");
        bad("a|*");
        bad("(*)");
        bad("[a&&]");
        bad("x", 0x10000);
        bad("abc", Pattern.COMMENTS);
        bad("(a)(b)\\3");
        // replacement errors and quoting
        rep("(a)", "xax", "[$1]");
        rep("(a)", "xax", "[$2]");
        rep("(a)", "xax", "[$]");
        rep("(a)", "xax", "[\\");
        rep("(a)", "xax", "[$x]");
        rep("(?<n>a)", "xax", "[${n}]");
        rep("(?<n>a)", "xax", "[${m}]");
        rep("(?<n>a)", "xax", "[${n]");
        rep("(?<n>a)", "xax", "[${}]");
        rep("(a)", "xax", "[\\$1]");
        rep("(a)", "xax", Matcher.quoteReplacement("$1\\"));
        rep("(a)(b)?", "xax", "[$2]");
        rep("(a)", "xax", "$11");
        rep("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "abcdefghijk", "$11-$10-$1");
        System.out.println(Pattern.quote("a.b"));
        System.out.println(Pattern.quote("a\\Eb"));
        System.out.println(Pattern.quote("\\E"));
        System.out.println("a\\Eb.c".matches(Pattern.quote("a\\Eb.c")));
        // Matcher state exceptions
        Matcher m = Pattern.compile("(a)(?<x>b)?").matcher("a ab");
        call("group before match", () -> m.group());
        call("start before match", () -> m.start());
        call("end before match", () -> m.end(1));
        call("find", () -> m.find());
        call("group(3)", () -> m.group(3));
        call("group(-1)", () -> m.group(-1));
        call("group(x)", () -> m.group("x"));
        call("group(y)", () -> m.group("y"));
        call("start(x)", () -> m.start("x"));
        call("toString", () -> m.toString());
        call("find", () -> m.find());
        call("group(x)", () -> m.group("x"));
        call("find", () -> m.find());
        call("group", () -> m.group());
        call("toString", () -> m.toString());
        call("find(9)", () -> m.find(9));
        call("find(-1)", () -> m.find(-1));
        call("region(3,1)", () -> m.region(3, 1));
        call("region(-1,1)", () -> m.region(-1, 1));
        call("region(0,9)", () -> m.region(0, 9));
        call("appendReplacement", () -> m.reset().appendReplacement(new StringBuilder(), "x"));
        call("usePattern(null)", () -> m.usePattern(null));
        call("toMatchResult", () -> m.reset().toMatchResult().group());
        call("hasMatch", () -> m.reset().hasMatch());
        call("namedGroups", () -> m.namedGroups());
        call("replaceAll null", () -> m.replaceAll((String) null));
    }
}
