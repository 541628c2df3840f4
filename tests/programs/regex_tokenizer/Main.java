import java.util.*;
import java.util.regex.*;

/** A tokenizer with named groups and \G, and a small expression evaluator built on it. */
public class Main {
    static final Pattern TOKEN = Pattern.compile(
            "\\G\\s*(?:(?<num>\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)|(?<id>[A-Za-z_]\\w*)|(?<str>\"(?:[^\"\\\\]|\\\\.)*\")|(?<op>==|!=|<=|>=|&&|\\|\\||[-+*/%()<>=!;,{}])|(?<bad>\\S))");

    static List<String> lex(String src) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(src);
        while (m.find()) {
            for (String g : new String[] {"num", "id", "str", "op", "bad"}) {
                if (m.group(g) != null) {
                    out.add(g + ":" + m.group(g));
                    break;
                }
            }
        }
        return out;
    }

    static List<String> toks;
    static int p;

    static double expr() {
        double v = term();
        while (p < toks.size() && (toks.get(p).equals("op:+") || toks.get(p).equals("op:-"))) {
            boolean plus = toks.get(p++).equals("op:+");
            double r = term();
            v = plus ? v + r : v - r;
        }
        return v;
    }

    static double term() {
        double v = factor();
        while (p < toks.size() && (toks.get(p).equals("op:*") || toks.get(p).equals("op:/"))) {
            boolean mul = toks.get(p++).equals("op:*");
            double r = factor();
            v = mul ? v * r : v / r;
        }
        return v;
    }

    static double factor() {
        String t = toks.get(p++);
        if (t.equals("op:(")) {
            double v = expr();
            p++;
            return v;
        }
        if (t.equals("op:-")) return -factor();
        return Double.parseDouble(t.substring(4));
    }

    public static void main(String[] args) {
        String[] srcs = {
            "x = 3.5e2 + foo_bar * (y - 42);",
            "if (a <= b && c != \"he said \\\"hi\\\"\") { print(a, b); }",
            "weird # token @ here",
            "   ",
            "1+2*3-4/2",
            "(1 + 2) * (3 + 4) - -5",
            "2 * (3.25 + 0.75) / 4",
        };
        for (String s : srcs) {
            List<String> t = lex(s);
            System.out.println(t.size() + " " + t);
        }
        for (String s : new String[] {"1+2*3-4/2", "(1 + 2) * (3 + 4) - -5", "2 * (3.25 + 0.75) / 4", "10/4"}) {
            toks = lex(s);
            p = 0;
            System.out.println(s + " = " + expr());
        }
        // identifiers and keywords by word boundary
        Matcher kw = Pattern.compile("\\b(?:if|else|while|return)\\b").matcher("if x then else_ while(ret) return elsewhere else");
        StringBuilder sb = new StringBuilder();
        while (kw.find()) sb.append(kw.group()).append('@').append(kw.start()).append(' ');
        System.out.println(sb);
        // appendReplacement-based template expansion
        Map<String, String> vars = Map.of("name", "Kiln", "ver", "0.2", "dollar", "$5");
        Matcher tm = Pattern.compile("\\$\\{(\\w+)\\}").matcher("Hello ${name} v${ver}! Price ${dollar}, missing ${nope}.");
        StringBuilder out = new StringBuilder();
        while (tm.find()) tm.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(tm.group(1), "?")));
        tm.appendTail(out);
        System.out.println(out);
    }
}
