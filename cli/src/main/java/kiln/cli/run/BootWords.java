package kiln.cli.run;

import java.util.List;

/**
 * Builds the kernel command line (QEMU -append) from boot words, quoted for the splitter of the
 * kvm platform (runtime/platform/kvm/cmdline.c): unquoted blanks separate words, double quotes
 * group, a backslash makes the next character ordinary. Program arguments follow a {@code --} word
 * (kiln.rt.BootArgs turns words before it into system properties).
 */
final class BootWords {
    private BootWords() {}

    /** The command line for these properties (key=value words) and program arguments. */
    static String cmdline(List<String> properties, List<String> programArgs) {
        StringBuilder sb = new StringBuilder();
        for (String p : properties) {
            sb.append(quote(p)).append(' ');
        }
        sb.append("--");
        for (String a : programArgs) {
            sb.append(' ').append(quote(a));
        }
        return sb.toString();
    }

    /** One word, quoted only when it must be: empty, or containing blanks, quotes or backslashes. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(BootWords::special)) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length() + 2).append('"');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static boolean special(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\\';
    }

    /**
     * The inverse, exactly as cmdline.c splits (kept here so tests can check that quoting round
     * trips; the guest does not use this code).
     */
    static List<String> split(String line) {
        List<String> words = new java.util.ArrayList<>();
        int i = 0, n = line.length();
        while (true) {
            while (i < n && blank(line.charAt(i))) i++;
            if (i >= n) return words;
            StringBuilder w = new StringBuilder();
            boolean quoted = false;
            for (; i < n && (quoted || !blank(line.charAt(i))); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\\' && i + 1 < n) {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            }
            words.add(w.toString());
        }
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
