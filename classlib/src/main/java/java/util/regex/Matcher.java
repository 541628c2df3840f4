package java.util.regex;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Matches a Pattern against a character sequence (JDK 25 API). Regions use the JDK defaults:
 * opaque and anchoring bounds (useTransparentBounds/useAnchoringBounds, hitEnd and requireEnd are
 * not provided). results() looks for its first match when called and for each later one when the
 * stream asks for it.
 */
public final class Matcher implements MatchResult {
    private Pattern pattern;
    private CharSequence text;
    private int from, to;
    /** Group start/end pairs of the last match (-1 when unset). */
    private int[] groups;
    /** Bounds of the last match; first < 0 when there is none. */
    private int first = -1, last = 0;
    /** End of the previous match for \G (-1 after reset). */
    private int oldLast = -1;
    private int lastAppend = 0;

    Matcher(Pattern pattern, CharSequence text) {
        this.pattern = pattern;
        this.text = text;
        reset();
    }

    public Pattern pattern() {
        return pattern;
    }

    public MatchResult toMatchResult() {
        String s = text.toString();
        return new Result(first >= 0 ? s : null, first >= 0 ? groups.clone() : null, pattern.groupCount, pattern.names);
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) throw new IllegalArgumentException("Pattern cannot be null");
        pattern = newPattern;
        groups = new int[2 * (newPattern.groupCount + 1)];
        java.util.Arrays.fill(groups, -1);
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        lastAppend = 0;
        from = 0;
        to = text.length();
        groups = new int[2 * (pattern.groupCount + 1)];
        java.util.Arrays.fill(groups, -1);
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("start");
        if (end < 0 || end > text.length()) throw new IndexOutOfBoundsException("end");
        if (start > end) throw new IndexOutOfBoundsException("start > end");
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return false;
    }

    public boolean hasAnchoringBounds() {
        return true;
    }

    // ---- matching ----

    public boolean matches() {
        return run(from, true, true);
    }

    public boolean lookingAt() {
        return run(from, true, false);
    }

    public boolean find() {
        int next = last;
        if (next == first) next++;
        if (next < from) next = from;
        if (next > to) {
            java.util.Arrays.fill(groups, -1);
            first = -1;
            return false;
        }
        return run(next, false, false);
    }

    public boolean find(int start) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return run(start, false, false);
    }

    private boolean run(int start, boolean anchored, boolean requireEnd) {
        if (oldLast < 0) oldLast = start;
        Input in = new Input(text, from, to, oldLast);
        Prog prog = pattern.prog;
        int[] r = prog.backtrack ? new Backtracker(prog, in).search(start, anchored, requireEnd)
                : new PikeVM(prog, in).search(start, anchored, requireEnd);
        if (r != null) {
            System.arraycopy(r, 0, groups, 0, groups.length);
            first = r[0];
            last = r[1];
        } else {
            java.util.Arrays.fill(groups, -1);
            first = -1;
        }
        oldLast = last;
        return r != null;
    }

    // ---- results ----

    private void requireMatch() {
        if (first < 0) throw new IllegalStateException("No match found");
    }

    private void checkGroup(int group) {
        if (group < 0 || group > pattern.groupCount) throw new IndexOutOfBoundsException("No group " + group);
    }

    public int start() {
        requireMatch();
        return first;
    }

    public int start(int group) {
        requireMatch();
        checkGroup(group);
        return groups[2 * group];
    }

    public int start(String name) {
        return start(groupIndex(name));
    }

    public int end() {
        requireMatch();
        return last;
    }

    public int end(int group) {
        requireMatch();
        checkGroup(group);
        return groups[2 * group + 1];
    }

    public int end(String name) {
        return end(groupIndex(name));
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) throw new IllegalStateException("No match found");
        checkGroup(group);
        int s = groups[2 * group], e = groups[2 * group + 1];
        if (s < 0 || e < 0) return null;
        return text.subSequence(s, e).toString();
    }

    public String group(String name) {
        return group(groupIndex(name));
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        Integer n = pattern.names.get(name);
        if (n == null) throw new IllegalArgumentException("No group with name <" + name + ">");
        return n;
    }

    public int groupCount() {
        return pattern.groupCount;
    }

    public Map<String, Integer> namedGroups() {
        return pattern.namedGroups();
    }

    public boolean hasMatch() {
        return first >= 0;
    }

    public Stream<MatchResult> results() {
        MatchResult firstResult = find() ? toMatchResult() : null;
        return Stream.iterate(firstResult, Objects::nonNull, r -> find() ? toMatchResult() : null);
    }

    // ---- replacement ----

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        requireMatch();
        String expanded = Replacement.expand(this, replacement);
        sb.append(text, lastAppend, first).append(expanded);
        lastAppend = last;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        requireMatch();
        String expanded = Replacement.expand(this, replacement);
        sb.append(text, lastAppend, first).append(expanded);
        lastAppend = last;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        return sb.append(text, lastAppend, text.length());
    }

    public StringBuffer appendTail(StringBuffer sb) {
        return sb.append(text, lastAppend, text.length());
    }

    public String replaceAll(String replacement) {
        return replaceAll(r -> replacement, true); // a null replacement fails only when there is a match
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        return replaceAll(replacer, false);
    }

    private String replaceAll(Function<MatchResult, String> replacer, boolean constant) {
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacer.apply(this));
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        return replaceFirst(r -> replacement);
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacer.apply(this));
        return appendTail(sb).toString();
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to + " lastmatch="
                + (first >= 0 && group() != null ? group() : "") + "]";
    }

    /** Immutable snapshot returned by toMatchResult (text null when there was no match). */
    private record Result(String text, int[] groups, int groupCount, Map<String, Integer> names) implements MatchResult {
        private void check(int g) {
            if (text == null) throw new IllegalStateException("No match found");
            if (g < 0 || g > groupCount) throw new IndexOutOfBoundsException("No group " + g);
        }

        public int start() { return start(0); }

        public int start(int g) {
            check(g);
            return groups[2 * g];
        }

        public int end() { return end(0); }

        public int end(int g) {
            check(g);
            return groups[2 * g + 1];
        }

        public String group() { return group(0); }

        public String group(int g) {
            check(g);
            return groups[2 * g] < 0 ? null : text.substring(groups[2 * g], groups[2 * g + 1]);
        }

        public Map<String, Integer> namedGroups() {
            return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(names));
        }

        public boolean hasMatch() {
            return text != null;
        }
    }
}
