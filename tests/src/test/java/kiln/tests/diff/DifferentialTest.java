package kiln.tests.diff;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differential test: every program under tests/programs is run on HotSpot and, compiled by Kiln for the
 * {@code linux} target, as a plain Linux executable. Standard output (byte for byte) and the exit status must match.
 *
 * <p>Per program, tests/target/kiln-diff/NAME/ keeps the class files, the executable and both runs' output.
 * Useful properties: {@code -Dkiln.test.programs=NAME,PREFIX*}, {@code -Dkiln.test.jobs=N},
 * {@code -Dkiln.test.timeout=SECONDS} (per run; default 60).
 */
class DifferentialTest {

    record Runs(Outcome hotspot, Outcome build, Outcome kiln, Path dir, String buildCommand) {}

    @TestFactory
    Stream<DynamicTest> linuxTargetMatchesHotSpot() throws Exception {
        List<Path> programs = Programs.all();
        assertFalse(programs.isEmpty(), "no test programs found under " + Programs.programsDir());
        int timeout = Programs.intProperty("kiln.test.timeout", 60);
        return Parallel.tests(programs, program -> run(program, timeout), DifferentialTest::check).stream();
    }

    static Runs run(Path program, int timeout) throws Exception {
        String name = program.getFileName().toString();
        Path dir = Programs.scratch("kiln-diff", name);
        HotSpot.javac(program, dir.resolve("classes"));
        // A program may come with input.txt: both runs read it as standard input.
        Path input = java.nio.file.Files.isRegularFile(program.resolve("input.txt")) ? program.resolve("input.txt") : null;
        Outcome hotspot = HotSpot.run(dir.resolve("classes"), dir, timeout, input);
        Path exe = dir.resolve(name);
        String[] args = {"build", program.toString(), "-o", exe.toString(), "--target", "linux"};
        Outcome build = KilnCli.run(args);
        Outcome kiln = build.exitCode() == 0 ? Exec.run(List.of(exe.toString()), dir, "kiln", timeout, input) : null;
        return new Runs(hotspot, build, kiln, dir, "./kiln " + String.join(" ", args));
    }

    static void check(Path program, Runs r) {
        String name = program.getFileName().toString();
        if (r.hotspot().timedOut()) fail(name + ": the HotSpot reference run timed out; the program is too slow for the suite");
        if (r.build().exitCode() != 0) {
            fail(name + ": kiln build failed (exit " + r.build().exitCode() + ")\n  " + r.buildCommand() + "\n"
                    + Compare.clip(r.build().stderrText()));
        }
        Compare.assertSameBehaviour(name, r.hotspot(), r.kiln(), "linux target", r.dir().toString());
    }
}
