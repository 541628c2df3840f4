package kiln.tests.diff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Calls the kiln command in-process through {@code kiln.cli.Main.run(args, out, err)}, capturing what it prints.
 * The build tests call this from two threads at once, so {@code Main.run} must not keep per-run state in statics.
 */
public final class KilnCli {
    private KilnCli() {}

    public static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = kiln.cli.Main.run(args, o, e);
        }
        return new Outcome(code, out.toByteArray(), err.toByteArray(), false);
    }
}
