package kiln.tests.diff;

import java.nio.charset.StandardCharsets;

/**
 * What one run of a program produced: its exit status and the exact bytes it wrote.
 *
 * @param exitCode the process exit status (or the value kiln.cli.Main.run returned)
 * @param stdout   every byte written to standard output
 * @param stderr   every byte written to standard error (shown in failure messages, never compared)
 * @param timedOut true when the run was killed because it exceeded its time limit
 */
public record Outcome(int exitCode, byte[] stdout, byte[] stderr, boolean timedOut) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
