package kiln.tests.diff;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares a Kiln run with the HotSpot reference and explains a difference in a few readable lines. */
public final class Compare {
    private Compare() {}

    private static final int MAX_STDERR = 1500;

    /** Fails unless both runs wrote exactly the same stdout bytes and ended with the same exit status. */
    public static void assertSameBehaviour(String name, Outcome expected, Outcome actual, String how, String where) {
        StringBuilder problems = new StringBuilder();
        if (actual.timedOut()) problems.append("the Kiln run timed out (").append(how).append(")\n");
        if (expected.exitCode() != actual.exitCode() && !actual.timedOut()) {
            problems.append("exit status: HotSpot ").append(expected.exitCode()).append(", Kiln ").append(actual.exitCode()).append('\n');
        }
        if (!Arrays.equals(expected.stdout(), actual.stdout())) problems.append(describeDifference(expected.stdout(), actual.stdout()));
        if (problems.isEmpty()) return;
        fail(name + ": Kiln (" + how + ") differs from HotSpot\n" + problems
                + "--- HotSpot stderr:\n" + clip(expected.stderrText())
                + "--- Kiln stderr:\n" + clip(actual.stderrText())
                + "--- files: " + where);
    }

    /** The first differing line, with its number, shown escaped so invisible differences are visible. */
    static String describeDifference(byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        int n = Math.min(e.length, a.length);
        int line = 0;
        while (line < n && e[line].equals(a[line])) line++;
        StringBuilder sb = new StringBuilder("stdout differs at line ").append(line + 1)
                .append(" (HotSpot wrote ").append(expected.length).append(" bytes in ").append(e.length - 1)
                .append(" lines, Kiln ").append(actual.length).append(" bytes in ").append(a.length - 1).append(" lines)\n");
        if (line > 0) sb.append("  same    : ").append(escape(e[line - 1])).append('\n');
        sb.append("  HotSpot : ").append(line < e.length ? escape(e[line]) : "<end of output>").append('\n');
        sb.append("  Kiln    : ").append(line < a.length ? escape(a[line]) : "<end of output>").append('\n');
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < 400; i++) {
            char c = s.charAt(i);
            if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        if (s.length() > 400) sb.append("...");
        return sb.append('"').toString();
    }

    static String clip(String s) {
        if (s.isEmpty()) return "(empty)\n";
        String t = s.length() > MAX_STDERR ? s.substring(0, MAX_STDERR) + "\n...(" + (s.length() - MAX_STDERR) + " more chars)" : s;
        return t.endsWith("\n") ? t : t + "\n";
    }
}
