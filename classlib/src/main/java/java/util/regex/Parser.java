package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Recursive-descent parser from the pattern syntax of the JDK 25 Pattern javadoc to a Node tree.
 * Recursion depth follows the nesting of the pattern (groups, classes), never the input text.
 * Inline flags inside a group last until that group closes, as in the JDK.
 */
final class Parser {
    private static final int EOF = -1;

    private final String pat;
    private int pos;
    private int flags;
    int groupCount;
    /** Set when the last atom was a \Q...\E sequence. */
    private boolean quoted;
    final Map<String, Integer> names = new HashMap<>();

    Parser(String pattern, int flags) {
        this.pat = pattern;
        this.flags = flags;
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pat, index);
    }

    Node parse() {
        if (has(Pattern.LITERAL)) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < pat.length(); ) {
                int c = pat.codePointAt(i);
                items.add(literal(c));
                i += Character.charCount(c);
            }
            return new N.Concat(items);
        }
        Node n = expr();
        if (pos < pat.length()) {
            throw error("Unmatched closing ')'", pos - 1);
        }
        return n;
    }

    // ---- low-level reading ----

    private int rawPeek() {
        return pos < pat.length() ? pat.charAt(pos) : EOF;
    }

    /** Next significant char; in COMMENTS mode whitespace and #-comments are skipped first. */
    private int peek() {
        if (has(Pattern.COMMENTS)) skipComments();
        return rawPeek();
    }

    private void skipComments() {
        while (pos < pat.length()) {
            char c = pat.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < pat.length() && !CharPreds.isLineTerminator(pat.charAt(pos))) pos++;
            } else {
                break;
            }
        }
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private int nextCodePoint() {
        int c = pat.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    // ---- structure ----

    private Node expr() {
        List<Node> alts = new ArrayList<>();
        alts.add(seq());
        while (peek() == '|') {
            pos++;
            alts.add(seq());
        }
        return alts.size() == 1 ? alts.get(0) : new N.Alt(alts);
    }

    private Node seq() {
        List<Node> items = new ArrayList<>();
        while (true) {
            int c = peek();
            if (c == EOF || c == '|' || c == ')') break;
            quoted = false;
            Node a = atom();
            if (a == null) continue;
            if (quoted && a instanceof N.Concat q && !q.items().isEmpty()) {
                // a quantifier after \Q...\E applies to its last character only
                List<Node> qs = q.items();
                items.addAll(qs.subList(0, qs.size() - 1));
                a = qs.get(qs.size() - 1);
            }
            items.add(closure(a));
        }
        return items.size() == 1 ? items.get(0) : new N.Concat(items);
    }

    private Node atom() {
        int c = peek();
        switch (c) {
            case '(':
                return group();
            case '[': {
                pos++;
                IntPredicate p = charClass();
                return new N.CharSet(p, -1);
            }
            case '\\':
                return escape();
            case '^':
                pos++;
                return new N.Assert(has(Pattern.MULTILINE) ? (has(Pattern.UNIX_LINES) ? Prog.A_BOL_UNIX : Prog.A_BOL) : Prog.A_BEGIN);
            case '$':
                pos++;
                if (has(Pattern.MULTILINE)) return new N.Assert(has(Pattern.UNIX_LINES) ? Prog.A_EOL_UNIX : Prog.A_EOL);
                return new N.Assert(has(Pattern.UNIX_LINES) ? Prog.A_DOLLAR_UNIX : Prog.A_DOLLAR);
            case '.':
                pos++;
                if (has(Pattern.DOTALL)) return new N.CharSet(x -> true, -1);
                if (has(Pattern.UNIX_LINES)) return new N.CharSet(x -> x != '\n', -1);
                return new N.CharSet(x -> !CharPreds.isLineTerminator(x), -1);
            case '*':
            case '+':
            case '?':
                throw error("Dangling meta character '" + (char) c + "'", pos);
            case '{':
                return Node.empty(); // the JDK lets a counted quantifier apply to nothing here
            default:
                return literal(nextCodePoint());
        }
    }

    private Node closure(Node a) {
        int c = peek();
        int min, max;
        int start = pos;
        switch (c) {
            case '?' -> { pos++; min = 0; max = 1; }
            case '*' -> { pos++; min = 0; max = Node.INF; }
            case '+' -> { pos++; min = 1; max = Node.INF; }
            case '{' -> {
                pos++;
                if (!isDigitAt(pos)) throw error("Illegal repetition", pos);
                min = number(start);
                max = min;
                if (rawPeek() == ',') {
                    pos++;
                    max = isDigitAt(pos) ? number(start) : Node.INF;
                }
                if (rawPeek() != '}') throw error("Unclosed counted closure", pos);
                pos++;
                if (max < min) throw error("Illegal repetition range", pos - 1);
            }
            default -> { return a; }
        }
        int mode = 0;
        if (rawPeek() == '?') { pos++; mode = 1; }
        else if (rawPeek() == '+') { pos++; mode = 2; }
        return new N.Repeat(a, min, max, mode);
    }

    private boolean isDigitAt(int i) {
        return i < pat.length() && CharPreds.isDigit(pat.charAt(i));
    }

    private int number(int start) {
        long v = 0;
        while (isDigitAt(pos)) {
            v = v * 10 + (pat.charAt(pos++) - '0');
            if (v > Integer.MAX_VALUE) throw error("Illegal repetition range", start);
        }
        return (int) v;
    }

    private Node group() {
        int open = pos;
        pos++;
        int saved = flags;
        Node result;
        if (rawPeek() == '?') {
            pos++;
            int c = rawPeek();
            pos++;
            switch (c) {
                case ':' -> result = expr();
                case '=', '!' -> result = new N.Look(expr(), false, c == '!');
                case '>' -> result = new N.Atomic(expr());
                case '<' -> {
                    int d = rawPeek();
                    if (d == '=' || d == '!') {
                        pos++;
                        Node body = expr();
                        if (Node.maxLen(body) == Node.INF && !simpleUnbounded(body)) {
                            throw error("Look-behind group does not have an obvious maximum length", pos - 1);
                        }
                        result = new N.Look(body, true, d == '!');
                    } else {
                        String name = groupName();
                        if (names.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                        }
                        int index = ++groupCount;
                        names.put(name, index);
                        result = new N.Group(index, expr());
                    }
                }
                default -> {
                    pos--;
                    boolean scoped = inlineFlags();
                    if (!scoped) {
                        return null; // (?flags) changes the flags of the enclosing group
                    }
                    result = expr();
                }
            }
        } else {
            int index = ++groupCount;
            result = new N.Group(index, expr());
        }
        if (peek() != ')') throw error("Unclosed group", Math.max(pos, pat.length()));
        pos++;
        flags = saved;
        return result;
    }

    /**
     * The JDK accepts an unbounded look-behind when the unbounded parts are greedy repetitions of
     * a single character class (it rejects e.g. (a|bc)+); other forms it accepts give results
     * Kiln does not reproduce, so they are refused here rather than matched differently.
     */
    private boolean simpleUnbounded(Node n) {
        return switch (n) {
            case N.Repeat r -> r.body() instanceof N.CharSet && (r.max() != Node.INF || r.mode() == 0)
                    || r.max() != Node.INF && simpleUnbounded(r.body()) && Node.maxLen(r.body()) != Node.INF;
            case N.Concat c -> c.items().stream().allMatch(this::simpleUnbounded);
            case N.Group g -> simpleUnbounded(g.body());
            case N.Alt a -> a.alts().stream().allMatch(x -> Node.maxLen(x) != Node.INF);
            default -> Node.maxLen(n) != Node.INF;
        };
    }

    /** Reads "imsx-imsx" up to ')' (returns false) or ':' (returns true). */
    private boolean inlineFlags() {
        boolean on = true;
        while (true) {
            int c = rawPeek();
            int f = switch (c) {
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'd' -> Pattern.UNIX_LINES;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'u' -> Pattern.UNICODE_CASE;
                case 'x' -> Pattern.COMMENTS;
                case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
                case 'c' -> Pattern.CANON_EQ;
                default -> 0;
            };
            if (f != 0) {
                if (f == Pattern.UNICODE_CHARACTER_CLASS || f == Pattern.CANON_EQ) {
                    throw new UnsupportedOperationException("inline flag (?" + (char) c + ") is not supported by Kiln's java.util.regex");
                }
                flags = on ? flags | f : flags & ~f;
                pos++;
            } else if (c == '-' && on) {
                on = false;
                pos++;
            } else if (c == ')') {
                pos++;
                return false;
            } else if (c == ':') {
                pos++;
                return true;
            } else {
                throw error("Unknown inline modifier", pos);
            }
        }
    }

    private String groupName() {
        int start = pos;
        if (!isLatinLetter(rawPeek())) {
            throw error("capturing group name does not start with a Latin letter", pos);
        }
        while (isLatinLetter(rawPeek()) || CharPreds.isDigit(rawPeek())) pos++;
        if (rawPeek() != '>') throw error("named capturing group is missing trailing '>'", pos);
        String name = pat.substring(start, pos);
        pos++;
        return name;
    }

    private static boolean isLatinLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---- literals and escapes ----

    private Node literal(int c) {
        return new N.CharSet(litPred(c), c);
    }

    /** The predicate for a literal under the current case flags. */
    private IntPredicate litPred(int c) {
        if (has(Pattern.CASE_INSENSITIVE)) {
            if (has(Pattern.UNICODE_CASE)) {
                int folded = Character.toLowerCase(Character.toUpperCase(c));
                return x -> x == c || Character.toLowerCase(Character.toUpperCase(x)) == folded;
            }
            if (c < 128 && isLatinLetter(c)) {
                int lo = c | 0x20, up = c & ~0x20;
                return x -> x == lo || x == up;
            }
        }
        return x -> x == c;
    }

    private Node escape() {
        int start = pos;
        pos++;
        if (pos >= pat.length()) throw error("Unescaped trailing backslash", pos);
        int c = pat.charAt(pos);
        switch (c) {
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                pos++;
                int ref = c - '0';
                while (isDigitAt(pos)) {
                    int next = ref * 10 + (pat.charAt(pos) - '0');
                    if (next > groupCount) break;
                    ref = next;
                    pos++;
                }
                return new N.BackRef(ref, has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
            }
            case 'b' -> {
                pos++;
                if (rawPeek() == '{') throw new UnsupportedOperationException("\\b{g} is not supported by Kiln's java.util.regex");
                return new N.Assert(Prog.A_WORDB);
            }
            case 'B' -> { pos++; return new N.Assert(Prog.A_NWORDB); }
            case 'A' -> { pos++; return new N.Assert(Prog.A_BEGIN); }
            case 'G' -> { pos++; return new N.Assert(Prog.A_LASTMATCH); }
            case 'z' -> { pos++; return new N.Assert(Prog.A_END); }
            case 'Z' -> { pos++; return new N.Assert(has(Pattern.UNIX_LINES) ? Prog.A_DOLLAR_UNIX : Prog.A_DOLLAR); }
            case 'R' -> {
                pos++;
                Node crlf = new N.Concat(List.of(new N.CharSet(x -> x == '\r', '\r'), new N.CharSet(x -> x == '\n', '\n')));
                return new N.Alt(List.of(crlf, new N.CharSet(CharPreds::isVSpace, -1)));
            }
            case 'X', 'N' -> throw new UnsupportedOperationException("\\" + (char) c + " is not supported by Kiln's java.util.regex");
            case 'Q' -> {
                pos++;
                int end = pat.indexOf("\\E", pos);
                boolean closed = end >= 0;
                if (!closed) end = pat.length();
                List<Node> items = new ArrayList<>();
                while (pos < end) items.add(literal(nextCodePoint()));
                pos = closed ? end + 2 : pat.length() + 1; // the JDK's cursor passes the end here
                quoted = true;
                return new N.Concat(items);
            }
            case 'k' -> {
                pos++;
                if (rawPeek() != '<') throw error("\\k is not followed by '<' for named capturing group", pos);
                pos++;
                String name = groupName();
                Integer g = names.get(name);
                if (g == null) throw error("named capturing group <" + name + "> does not exist", pos - 1);
                return new N.BackRef(g, has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
            }
            default -> {
                pos = start;
                Object o = classEscape(false);
                if (o instanceof IntPredicate p) return new N.CharSet(p, -1);
                return literal((Integer) o);
            }
        }
    }

    /**
     * An escape usable inside and outside classes, pos at the backslash. Returns an Integer code
     * point or an IntPredicate.
     */
    private Object classEscape(boolean inClass) {
        pos++;
        if (pos >= pat.length()) throw error("Unescaped trailing backslash", pos);
        int c = pat.codePointAt(pos);
        pos += Character.charCount(c);
        switch (c) {
            case '0': return octal();
            case 'a': return 7;
            case 'e': return 0x1b;
            case 'f': return 0x0c;
            case 'n': return (int) '\n';
            case 'r': return (int) '\r';
            case 't': return (int) '\t';
            case 'c': {
                if (pos >= pat.length()) throw error("Illegal control escape sequence", pos);
                return pat.charAt(pos++) ^ 64;
            }
            case 'x': return hex();
            case 'u': return unicode();
            case 'd': return uniCheck((IntPredicate) CharPreds::isDigit);
            case 'D': return uniCheck(((IntPredicate) CharPreds::isDigit).negate());
            case 's': return uniCheck((IntPredicate) CharPreds::isSpace);
            case 'S': return uniCheck(((IntPredicate) CharPreds::isSpace).negate());
            case 'w': return uniCheck((IntPredicate) CharPreds::isWord);
            case 'W': return uniCheck(((IntPredicate) CharPreds::isWord).negate());
            case 'h': return (IntPredicate) CharPreds::isHSpace;
            case 'H': return ((IntPredicate) CharPreds::isHSpace).negate();
            case 'v': return (IntPredicate) CharPreds::isVSpace;
            case 'V': return ((IntPredicate) CharPreds::isVSpace).negate();
            case 'p':
            case 'P': {
                IntPredicate p = property();
                return c == 'P' ? p.negate() : p;
            }
            default:
                if (isLatinLetter(c) || CharPreds.isDigit(c)) {
                    throw error("Illegal/unsupported escape sequence", pos - 1);
                }
                return c;
        }
    }

    private IntPredicate uniCheck(IntPredicate p) {
        if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
            throw new UnsupportedOperationException("UNICODE_CHARACTER_CLASS is not supported by Kiln's java.util.regex");
        }
        return p;
    }

    private IntPredicate property() {
        String name;
        if (rawPeek() == '{') {
            int close = pat.indexOf('}', pos);
            if (close < 0) throw error("Unclosed character family", pat.length());
            name = pat.substring(pos + 1, close);
            pos = close + 1;
        } else {
            if (pos >= pat.length()) throw error("Illegal character family", pos);
            name = String.valueOf(pat.charAt(pos++));
        }
        if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
            throw new UnsupportedOperationException("UNICODE_CHARACTER_CLASS is not supported by Kiln's java.util.regex");
        }
        IntPredicate p = CharPreds.property(name, has(Pattern.CASE_INSENSITIVE));
        if (p == null) throw error("Unknown character property name {" + name + "}", pos - 1);
        return p;
    }

    private int octal() {
        int d1 = octDigit(pos);
        if (d1 < 0) throw error("Illegal octal escape sequence", pos);
        pos++;
        int d2 = octDigit(pos);
        if (d2 < 0) return d1;
        pos++;
        int d3 = octDigit(pos);
        if (d3 < 0 || d1 > 3) return d1 * 8 + d2;
        pos++;
        return d1 * 64 + d2 * 8 + d3;
    }

    private int octDigit(int i) {
        if (i >= pat.length()) return -1;
        char c = pat.charAt(i);
        return c >= '0' && c <= '7' ? c - '0' : -1;
    }

    private int hexDigit(int i) {
        return i < pat.length() ? Character.digit(pat.charAt(i), 16) : -1;
    }

    private int hex() {
        int h1 = hexDigit(pos);
        if (h1 >= 0) {
            int h2 = hexDigit(pos + 1);
            if (h2 >= 0) {
                pos += 2;
                return h1 * 16 + h2;
            }
        } else if (rawPeek() == '{') {
            pos++;
            long v = 0;
            int n = 0;
            while (hexDigit(pos) >= 0) {
                v = v * 16 + hexDigit(pos++);
                n++;
                if (v > Character.MAX_CODE_POINT) throw error("Hexadecimal codepoint is too big", pos - 1);
            }
            if (n == 0 || rawPeek() != '}') throw error("Unclosed hexadecimal escape sequence", pos);
            pos++;
            return (int) v;
        }
        throw error("Illegal hexadecimal escape sequence", pos);
    }

    private int unicode4() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int h = hexDigit(pos);
            if (h < 0) throw error("Illegal Unicode escape sequence", pos);
            v = v * 16 + h;
            pos++;
        }
        return v;
    }

    private int unicode() {
        int v = unicode4();
        if (Character.isHighSurrogate((char) v) && pos + 1 < pat.length() && pat.charAt(pos) == '\\' && pat.charAt(pos + 1) == 'u') {
            int save = pos;
            pos += 2;
            int lo = unicode4();
            if (Character.isLowSurrogate((char) lo)) return Character.toCodePoint((char) v, (char) lo);
            pos = save;
        }
        return v;
    }

    // ---- character classes ----

    /** Parses a class body, pos just after '['; returns its predicate. */
    private IntPredicate charClass() {
        int open = pos - 1;
        boolean negate = false;
        if (rawPeek() == '^') {
            pos++;
            negate = true;
        }
        IntPredicate acc = null;
        IntPredicate inter = null;
        boolean seenAnd = false;
        while (true) {
            int c = peek();
            if (c == EOF) throw error("Unclosed character class", pat.length() - 1);
            if (c == ']') {
                if (acc != null || seenAnd) {
                    pos++;
                    break;
                }
                // a ']' first in the class is a literal, as in the JDK
            }
            if (c == '[') {
                pos++;
                acc = or(acc, charClass());
                continue;
            }
            if (c == '&' && pos + 1 < pat.length() && pat.charAt(pos + 1) == '&') {
                pos += 2;
                if (acc != null) inter = inter == null ? acc : inter.and(acc);
                acc = null;
                seenAnd = true;
                continue;
            }
            acc = or(acc, rangeOrSingle());
        }
        IntPredicate result;
        if (inter == null) result = acc == null ? (x -> false) : acc;
        else result = acc == null ? inter : inter.and(acc);
        return negate ? result.negate() : result;
    }

    private static IntPredicate or(IntPredicate a, IntPredicate b) {
        return a == null ? b : a.or(b);
    }

    private IntPredicate rangeOrSingle() {
        int lo;
        if (rawPeek() == '\\') {
            int at = pos;
            if (at + 1 < pat.length() && pat.charAt(at + 1) == 'Q') {
                pos += 2;
                int end = pat.indexOf("\\E", pos);
                if (end < 0) end = pat.length();
                IntPredicate p = null;
                while (pos < end) p = or(p, litPred(nextCodePoint()));
                pos = Math.min(end + 2, pat.length());
                return p == null ? (x -> false) : p;
            }
            Object o = classEscape(true);
            if (o instanceof IntPredicate p) return p;
            lo = (Integer) o;
        } else {
            lo = nextCodePoint();
        }
        if (rawPeek() == '-' && (pos + 1 >= pat.length() || (pat.charAt(pos + 1) != ']' && pat.charAt(pos + 1) != '['))) {
            pos++;
            if (pos >= pat.length()) throw error("Illegal character range", pos);
            int hi;
            if (rawPeek() == '\\') {
                Object o = classEscape(true);
                if (o instanceof IntPredicate) throw error("Illegal character range", pos - 1);
                hi = (Integer) o;
            } else {
                hi = nextCodePoint();
            }
            if (hi < lo) throw error("Illegal character range", pos - 1);
            return rangePred(lo, hi);
        }
        return litPred(lo);
    }

    private IntPredicate rangePred(int lo, int hi) {
        if (has(Pattern.CASE_INSENSITIVE)) {
            if (has(Pattern.UNICODE_CASE)) {
                return x -> (x >= lo && x <= hi) || in(Character.toUpperCase(x), lo, hi) || in(Character.toLowerCase(x), lo, hi);
            }
            return x -> (x >= lo && x <= hi) || (x < 128 && (in(asciiUpper(x), lo, hi) || in(asciiLower(x), lo, hi)));
        }
        return x -> x >= lo && x <= hi;
    }

    private static boolean in(int x, int lo, int hi) {
        return x >= lo && x <= hi;
    }

    private static int asciiUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
