package java.util.regex;

/**
 * Expands a replacement string for Matcher.appendReplacement: "\x" is a literal x, "$n" a group
 * number (the first digit always, further digits while the number stays a valid group), "${name}"
 * a named group. Errors are the JDK's exceptions and messages.
 */
final class Replacement {
    private Replacement() {}

    static String expand(Matcher m, String rep) {
        if (rep == null) {
            // HotSpot's helpful message for the JDK's own dereference of the argument
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"replacement\" is null");
        }
        StringBuilder out = new StringBuilder();
        int i = 0, n = rep.length();
        while (i < n) {
            char c = rep.charAt(i);
            if (c == '\\') {
                i++;
                if (i == n) throw new IllegalArgumentException("character to be escaped is missing");
                out.append(rep.charAt(i++));
            } else if (c == '$') {
                i++;
                if (i == n) throw new IllegalArgumentException("Illegal group reference: group index is missing");
                char d = rep.charAt(i);
                int ref;
                if (d == '{') {
                    i++;
                    int start = i;
                    while (i < n && isAsciiLetterOrDigit(rep.charAt(i))) i++;
                    if (i == start) throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (i == n || rep.charAt(i) != '}') throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    String name = rep.substring(start, i);
                    i++;
                    Integer g = m.pattern().names.get(name);
                    if (g == null) throw new IllegalArgumentException("No group with name {" + name + "}");
                    ref = g;
                } else {
                    ref = d - '0';
                    if (ref < 0 || ref > 9) throw new IllegalArgumentException("Illegal group reference");
                    i++;
                    while (i < n) {
                        int dig = rep.charAt(i) - '0';
                        if (dig < 0 || dig > 9) break;
                        int next = ref * 10 + dig;
                        if (next > m.groupCount()) break;
                        ref = next;
                        i++;
                    }
                    if (ref > m.groupCount()) throw new IndexOutOfBoundsException("No group " + ref);
                }
                String g = m.group(ref);
                if (g != null) out.append(g);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
