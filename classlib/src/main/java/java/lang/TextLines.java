package java.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The line-oriented String operations (lines, indent, stripIndent, translateEscapes), kept out of
 * String.java. Lines end at "\n", "\r" or "\r\n"; a terminator at the very end does not start
 * another line. Whitespace is Character.isWhitespace, as in strip().
 */
final class TextLines {
    private TextLines() {}

    static List<String> split(String s) {
        List<String> lines = new ArrayList<>();
        int n = s.length(), start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /** Index of the first non-whitespace char, or the length if the line is blank. */
    private static int leading(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End (exclusive) of the last non-whitespace char, or 0. */
    private static int trailingEnd(String line) {
        int e = line.length();
        while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static String indent(String s, int n) {
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : split(s)) {
            if (n > 0) {
                sb.append(" ".repeat(n)).append(line);
            } else if (n < 0) {
                sb.append(line, Math.min(-n, leading(line)), line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Removes the incidental indentation: the smallest indentation of the non-blank lines and of
     * the last line (which, in a text block, is the closing delimiter's line). A string that ends
     * with a line terminator has an empty last line, so nothing is removed; the terminator is kept.
     * Trailing whitespace goes from every line, and blank lines become empty.
     */
    static String stripIndent(String s) {
        if (s.isEmpty()) {
            return "";
        }
        char last = s.charAt(s.length() - 1);
        boolean endsWithTerminator = last == '\n' || last == '\r';
        List<String> lines = split(s);
        int outdent = 0;
        if (!endsWithTerminator) {
            outdent = Integer.MAX_VALUE;
            for (String line : lines) {
                int lead = leading(line);
                if (lead != line.length()) {
                    outdent = Math.min(outdent, lead);
                }
            }
            String lastLine = lines.get(lines.size() - 1);
            if (lastLine.isBlank()) {
                outdent = Math.min(outdent, lastLine.length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int first = leading(line), end = trailingEnd(line);
            if (i > 0) {
                sb.append('\n');
            }
            if (first < end) {
                sb.append(line, Math.min(outdent, first), end);
            }
        }
        if (endsWithTerminator) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The escape sequences of string literals except unicode escapes; a backslash-newline joins lines. */
    static String translateEscapes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            c = i < n ? s.charAt(i++) : '\0';
            switch (c) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 's' -> sb.append(' ');
                case 't' -> sb.append('\t');
                case '\'', '"', '\\' -> sb.append(c);
                case '\n' -> { }
                case '\r' -> {
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c < '0' || c > '7') {
                        throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u"
                                + hex4(c));
                    }
                    // Up to three octal digits, the value at most \377.
                    int code = c - '0';
                    int limit = Math.min(i + (c <= '3' ? 2 : 1), n);
                    while (i < limit && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        code = code * 8 + (s.charAt(i++) - '0');
                    }
                    sb.append((char) code);
                }
            }
        }
        return sb.toString();
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase();
        return "0".repeat(4 - h.length()) + h;
    }
}
