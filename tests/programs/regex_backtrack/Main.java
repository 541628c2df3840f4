import java.util.regex.*;

/** The regex_syntax patterns forced onto the backtracking engine by a leading empty look-ahead: every find() with groups, plus matches/lookingAt, for many patterns. */
public class Main {
    static String show(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    static void t(String regex, String input) {
        t(regex, 0, input);
    }

    static void t(String regex, int flags, String input) {
        StringBuilder sb = new StringBuilder();
        sb.append(show(regex)).append(" f=").append(flags).append(" on ").append(show(input)).append(":");
        try {
            Pattern p = Pattern.compile("(?=)(?:" + regex + ")", flags & ~Pattern.LITERAL);
            Matcher m = p.matcher(input);
            sb.append(" matches=").append(m.matches());
            sb.append(" lookingAt=").append(m.lookingAt());
            m.reset();
            int n = 0;
            while (m.find() && n++ < 20) {
                sb.append(" [").append(m.start()).append(',').append(m.end());
                for (int g = 1; g <= m.groupCount(); g++) {
                    sb.append(' ').append(g).append('=').append(show(m.group(g)))
                      .append('@').append(m.start(g)).append('-').append(m.end(g));
                }
                sb.append(']');
            }
        } catch (PatternSyntaxException e) {
            sb.append(" PSE ").append(e.getDescription()).append(" @").append(e.getIndex());
        } catch (RuntimeException e) {
            sb.append(" EX ").append(e.getClass().getName()).append(": ").append(e.getMessage());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        // literals and escapes
        t("abc", "xxabcabcx");
        t("a\\tb\\nc", "a\tb\nc");
        t("\\x41\\x{42}\\u0043", "zABCz");
        t("\\0101\\011\\0377", "A\t\u00ff");
        t("\\Qa.b*c\\E+", "a.b*cc a.b*c");
        t("\\Q(x)", "(x)");
        t("a\\.b", "a.b axb");
        t("\\cA\\e\\a\\f", "\u0001\u001b\u0007\f");
        t("\\x{1F600}", "a\uD83D\uDE00b");
        t(".", "\uD83D\uDE00");
        // classes
        t("[abc]+", "xxbcaxa");
        t("[^abc]+", "abxyzc");
        t("[a-cx-z]+", "abcdxyz");
        t("[a-z&&[^aeiou]]+", "hello world");
        t("[a-z&&def]+", "abcdefg");
        t("[abc[xyz]]+", "axbycz-");
        t("[^a[b]]", "abc");
        t("[]a]+", "]a]b");
        t("[-a]+", "-a-b");
        t("[a-]+", "-a-b");
        t("[\\d\\s]+", "1 2\t3x");
        t("[\\w&&[^\\d]]+", "ab12cd_3");
        t("[.*+]+", "a.*+b");
        t("[\\[\\]]+", "[]x");
        t("[^\\n]+", "ab\ncd");
        // predefined
        t("\\d+", "ab123cd45");
        t("\\D+", "ab123cd45");
        t("\\s+", "a \t\n\u000bb\u00a0c");
        t("\\S+", "a b  cd");
        t("\\w+", "hello_world 123 é");
        t("\\W+", "a, b; c!");
        t("\\h+", "a \t\u00a0\u2003b\nc");
        t("\\v+", "a\n\r\u000b\u0085b");
        t("\\R", "a\r\nb\nc\rd");
        t("\\R\\n", "\r\n");
        t("\\p{Alpha}+", "abc123DEF");
        t("\\p{Digit}+\\p{Upper}\\p{Lower}", "12Ab");
        t("\\p{Punct}+", "a!@#b.,c");
        t("\\p{Alnum}+", "a1!b2");
        t("\\p{Space}+", "a \tb");
        t("\\p{XDigit}+", "0x1fAg");
        t("\\p{Cntrl}", "a\u0001b");
        t("\\p{L}+", "héllo wörld 123");
        t("\\p{Lu}+", "ABCdefÉ");
        t("\\p{Ll}+", "ABCdefé");
        t("\\p{IsAlphabetic}+", "ab1ç");
        t("\\p{IsLetter}+", "ab1ç");
        t("\\p{IsDigit}+", "12٣");
        t("\\p{N}+", "12½");
        t("\\P{L}+", "ab12!cd");
        t("\\pL+", "ab12");
        t("\\p{javaLowerCase}+", "abCD");
        t("\\p{IsWhite_Space}+", "a \u2028b");
        t("\\p{IsPunctuation}+", "a!?b");
        t("\\p{gc=Nd}+", "a12b");
        t("\\p{Sc}", "$ € x");
        t("\\p{Nope}", "x");
        // dot and anchors
        t("a.c", "abc a\nc");
        t("a.c", Pattern.DOTALL, "abc a\nc");
        t("^abc$", "abc");
        t("^\\w+$", "one\ntwo\n");
        t("^\\w+$", Pattern.MULTILINE, "one\ntwo\r\nthree");
        t("$", "ab\n");
        t("$", "ab\r\n");
        t("$", Pattern.MULTILINE, "a\r\nb\n");
        t("^", Pattern.MULTILINE, "a\r\nb\n");
        t("^", Pattern.MULTILINE, "");
        t("\\Aab", "abab");
        t("ab\\z", "abab\n");
        t("ab\\Z", "abab\n");
        t("\\bfoo\\b", "foo foobar barfoo foo.");
        t("\\Bo\\B", "foo boot");
        t("\\b", "é a");
        t("\\Ga", "aaba");
        t("x*", "axxb");
        // quantifiers
        t("a*", "baaa");
        t("a+?", "aaa");
        t("a*?b", "aaab");
        t("a{2}", "aaaaa");
        t("a{2,}", "aaaaa b aa a");
        t("a{1,3}", "aaaaa");
        t("a{1,3}?", "aaaaa");
        t("a{0}b", "ab");
        t("a*+a", "aaaa");
        t("a++b", "aaab");
        t("a?+a", "a");
        t("(ab)*", "ababab");
        t("(a|ab)*c", "abac");
        t("(a*)*", "aab");
        t("(a*)+", "b");
        t("(a?)*?b", "aab");
        t("(a|b)*?c", "abbc");
        t("x{2,3}?y", "xxxy");
        // groups
        t("(\\d+)-(\\d+)", "10-20 3-4");
        t("(?<year>\\d{4})-(?<mon>\\d\\d)", "on 2024-05 and 1999-12");
        t("(?:ab)+(c)", "ababc");
        t("(a)|(b)", "ab");
        t("((a)|b)+", "ab");
        t("(a(b(c)))", "abc");
        t("(?>a+)b", "aaab");
        t("(?>a|ab)c", "abc");
        t("a(?=b)", "ab ac");
        t("a(?!b)", "ab ac");
        t("(?<=a)b", "ab cb");
        t("(?<!a)b", "ab cb");
        t("(?<=ab|c)d", "abd cd xd");
        t("(?=(\\w+))", "ab");
        t("(\\w)\\1", "hello aabb");
        t("(?<c>.)\\k<c>", "xyzzy");
        t("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "abcdefghijj");
        t("(a)\\2", "aa");
        t("(?i)hello", "HeLLo hello");
        t("(?i:a)b", "Ab AB");
        t("a(?i)b(?-i)c", "aBc aBC");
        t("((?i)a)b", "Ab AB");
        t("(?s).+", "a\nb");
        t("(?m)^b", "a\nb");
        t("(?x) a b  # comment\n c", "abc");
        t("(?x)[a b]+", "a b");
        t("(?i)[a-c]+", "ABCabcD");
        t("(?i)(\\w)\\1", "aA bb");
        t("hello", Pattern.CASE_INSENSITIVE, "HELLO");
        t("é", Pattern.CASE_INSENSITIVE, "É");
        t("é", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "É");
        t("\\p{Lower}+", Pattern.CASE_INSENSITIVE, "abAB");
        t("\\p{Lu}+", Pattern.CASE_INSENSITIVE, "abAB");
        t("a.b", Pattern.LITERAL, "a.b axb");
        t("a|b|", "abc");
        t("", "abc");
        t("|a", "a");
        t("(|a)+", "aa");
        t("(a|)+b", "aab");
    }
}
