package kiln.tests.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external process with a time limit, capturing stdout and stderr into files (no pipe can fill up). */
public final class Exec {
    private Exec() {}

    /**
     * Runs {@code command} in {@code workDir} with standard input empty.
     * The captured streams are kept in {@code workDir} as {@code <label>.stdout} and {@code <label>.stderr},
     * so that a failing test leaves everything needed to look at the difference by hand.
     */
    public static Outcome run(List<String> command, Path workDir, String label, int timeoutSeconds)
            throws IOException, InterruptedException {
        return run(command, workDir, label, timeoutSeconds, null);
    }

    /** As above, with standard input read from {@code input} (a program's optional input.txt), or empty if null. */
    public static Outcome run(List<String> command, Path workDir, String label, int timeoutSeconds, Path input)
            throws IOException, InterruptedException {
        Path out = workDir.resolve(label + ".stdout");
        Path err = workDir.resolve(label + ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(input != null ? input.toFile() : new java.io.File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        int code = finished ? p.exitValue() : -1;
        return new Outcome(code, Files.readAllBytes(out), Files.readAllBytes(err), !finished);
    }
}
