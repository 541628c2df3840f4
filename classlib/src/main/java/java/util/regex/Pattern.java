package java.util.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A compiled regular expression, written for Kiln from the JDK 25 javadoc.
 *
 * Engines: a pattern without back references, look-around, atomic groups or possessive
 * quantifiers runs on the PikeVM (linear in the input); the others on the Backtracker, which keeps
 * its backtrack stack on the heap. Both report the JDK's leftmost, priority-ordered match and
 * captures. Flags UNIX_LINES, CASE_INSENSITIVE, COMMENTS, MULTILINE, LITERAL, DOTALL and
 * UNICODE_CASE are supported; CANON_EQ and UNICODE_CHARACTER_CLASS (and \X, \N{..}, \b{g},
 * Unicode scripts/blocks) raise UnsupportedOperationException.
 */
public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = 0x1ff;

    private final String pattern;
    private final int flags;
    final Prog prog;
    final int groupCount;
    final Map<String, Integer> names;

    private Pattern(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        if ((flags & (CANON_EQ | UNICODE_CHARACTER_CLASS)) != 0 && (flags & LITERAL) == 0) {
            throw new UnsupportedOperationException("Pattern flags CANON_EQ and UNICODE_CHARACTER_CLASS are not supported by Kiln's java.util.regex");
        }
        this.pattern = regex;
        this.flags = flags;
        Parser p = new Parser(regex, flags);
        Node root = p.parse();
        this.groupCount = p.groupCount;
        this.names = p.names;
        this.prog = Prog.compile(root, groupCount);
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Map<String, Integer> namedGroups() {
        return Collections.unmodifiableMap(new HashMap<>(names));
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * The JDK's split: a zero-width match at the start never yields a leading empty string; limit
     * > 0 caps the array length (the last element holds the rest), limit == 0 drops trailing
     * empty strings, limit < 0 keeps them.
     */
    public String[] split(CharSequence input, int limit) {
        List<String> parts = new ArrayList<>();
        Matcher m = matcher(input);
        int index = 0;
        boolean matched = false;
        while (m.find()) {
            if (limit > 0 && parts.size() == limit - 1) break;
            if (m.end() == 0) continue; // zero-width match at the beginning
            parts.add(input.subSequence(index, m.start()).toString());
            index = m.end();
            matched = true;
        }
        if (!matched) return new String[] {input.toString()};
        parts.add(input.subSequence(index, input.length()).toString());
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) n--;
        }
        return parts.subList(0, n).toArray(new String[0]);
    }

    /** As split(input) except that an empty input gives one empty string, as in the JDK. */
    public Stream<String> splitAsStream(CharSequence input) {
        if (input.length() == 0) return Stream.of("");
        return java.util.Arrays.stream(split(input, 0));
    }

    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e < 0) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int cur = 0;
        while ((e = s.indexOf("\\E", cur)) >= 0) {
            sb.append(s, cur, e).append("\\E\\\\E\\Q");
            cur = e + 2;
        }
        return sb.append(s, cur, s.length()).append("\\E").toString();
    }
}
