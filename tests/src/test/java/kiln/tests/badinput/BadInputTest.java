package kiln.tests.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kiln.tests.diff.KilnCli;
import kiln.tests.diff.Outcome;
import kiln.tests.diff.Programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kiln build} on broken inputs (fixtures in tests/badinput/) must fail like a compiler, not like a crashed
 * program: exit status 2, a first line starting with "kiln: error:" that names the offending file, a short message,
 * no Java stack trace, and no output file left behind.
 */
class BadInputTest {

    @TempDir
    Path out;

    static Path fixture(String name) {
        return Programs.home().resolve("tests/badinput").resolve(name);
    }

    /** Runs the build and checks everything every bad input must satisfy; returns the output for specific checks. */
    Outcome buildFails(Path input, String... firstLineMentionsOneOf) {
        return buildFails(input, List.of(), firstLineMentionsOneOf);
    }

    Outcome buildFails(Path input, List<String> extraArgs, String... firstLineMentionsOneOf) {
        Path image = out.resolve("image.elf");
        String[] args = new String[4 + extraArgs.size()];
        args[0] = "build";
        args[1] = input.toString();
        args[2] = "-o";
        args[3] = image.toString();
        for (int i = 0; i < extraArgs.size(); i++) args[4 + i] = extraArgs.get(i);
        Outcome r = KilnCli.run(args);
        String err = r.stderrText();
        String all = r.stdoutText() + err;
        String shown = "\n--- stdout:\n" + r.stdoutText() + "--- stderr:\n" + err;

        assertEquals(2, r.exitCode(), "exit status for a bad input must be 2" + shown);
        assertFalse(all.contains("Exception in thread") || all.contains("\tat ") || all.contains("Caused by:"),
                "the output must not contain a Java stack trace" + shown);
        assertFalse(err.isBlank(), "the error must be reported on stderr" + shown);
        String first = err.lines().findFirst().orElse("");
        assertTrue(first.startsWith("kiln: error:"), "the first stderr line must start with 'kiln: error:'" + shown);
        assertTrue(Arrays.stream(firstLineMentionsOneOf).anyMatch(first::contains),
                "the first line must name the file (one of " + Arrays.toString(firstLineMentionsOneOf) + ")" + shown);
        long lines = err.lines().count();
        assertTrue(lines <= 15 && err.length() <= 3000, "the message must be short (" + lines + " lines)" + shown);
        assertFalse(Files.exists(image), "a failed build must not leave an output file behind" + shown);
        return r;
    }

    @Test
    void classFileOfRandomBytes() {
        buildFails(fixture("random_bytes"), "Main.class");
    }

    @Test
    void truncatedClassFile() {
        buildFails(fixture("truncated_class"), "Main.class");
    }

    @Test
    void noMainMethod() {
        buildFails(fixture("no_main"), "no_main", "Util");
    }

    @Test
    void mainClassNamedOnTheCommandLineDoesNotExist() {
        Outcome r = buildFails(fixture("no_main"), List.of("--main", "NoSuchClass"), "NoSuchClass");
        assertTrue(r.stderrText().contains("NoSuchClass"), r.stderrText());
    }

    @Test
    void javaCompileErrorShowsJavacMessage() {
        Outcome r = buildFails(fixture("compile_error"), "Main.java", "compile_error");
        String err = r.stderrText();
        assertTrue(err.contains("Main.java:5"), "javac's error must be shown with file and line:\n" + err);
        assertTrue(err.contains("undefinedVariable"), "javac's error must name the unknown symbol:\n" + err);
    }

    @Test
    void nonexistentInput() {
        buildFails(fixture("does-not-exist"), "does-not-exist");
    }

    @Test
    void jarThatIsNotAZip() {
        buildFails(fixture("not_a_zip.jar"), "not_a_zip.jar");
    }

    @Test
    void apiMissingFromTheClassLibraryIsNamedWithItsUseSite() {
        Outcome r = buildFails(fixture("missing_api"), "Main.java");
        String err = r.stderrText();
        // "uses java.util.zip.CRC32" and "uses java.util.zip.CRC32.<init>()" both name the API.
        assertTrue(err.contains("java.util.zip.CRC32"), "the message must name the missing API:\n" + err);
        assertTrue(err.contains("Main.java:7"), "the message must name the use site Main.java:7:\n" + err);
    }
}
