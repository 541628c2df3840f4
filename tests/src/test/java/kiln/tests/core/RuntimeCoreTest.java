package kiln.tests.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds the C tests of the runtime core (runtime/test/*.c) with gcc against runtime/core and the
 * linux platform, runs them, and checks their verdict. Each C test prints "ok NAME" per case and
 * "PASS" at the end, and exits non-zero with "FAIL file:line: condition" when a check fails.
 * The same tests run from the shell with runtime/test/run-tests.sh.
 */
class RuntimeCoreTest {
    private static final Path ROOT = Path.of(System.getProperty("kiln.home", "..")).toAbsolutePath().normalize();
    private static final Path OUT = ROOT.resolve("tests/target/runtime-tests");

    /** The common C flags of notes/common.md for the linux target, plus warnings as errors. */
    private static final List<String> CFLAGS = List.of("-std=gnu11", "-O2", "-g", "-fwrapv", "-fno-strict-aliasing",
            "-ffp-contract=off", "-fno-delete-null-pointer-checks", "-fno-omit-frame-pointer",
            "-fno-asynchronous-unwind-tables", "-fno-pie", "-Wall", "-Wextra", "-Werror");

    record Result(int exit, String stdout, String stderr) {}

    private static Path build(String test, String exeName, String... extraFlags) throws Exception {
        Files.createDirectories(OUT);
        Path exe = OUT.resolve(exeName);
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        cmd.addAll(CFLAGS);
        cmd.add("-I" + ROOT.resolve("runtime/include"));
        cmd.add("-I" + ROOT.resolve("runtime/core"));
        cmd.addAll(List.of(extraFlags));
        cmd.addAll(List.of("-no-pie", "-o", exe.toString()));
        try (Stream<Path> core = Files.list(ROOT.resolve("runtime/core"))) {
            core.filter(p -> p.toString().endsWith(".c")).sorted().forEach(p -> cmd.add(p.toString()));
        }
        cmd.add(ROOT.resolve("runtime/platform/linux/linux.c").toString());
        cmd.add(ROOT.resolve("runtime/platform/linux/timer.c").toString());
        cmd.add(ROOT.resolve("runtime/test/" + test + ".c").toString());
        cmd.add("-lm");
        Result r = run(cmd, Map.of());
        assertEquals(0, r.exit(), "gcc failed for " + test + ":\n" + r.stderr());
        return exe;
    }

    private static Result run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile());
        pb.environment().putAll(env);
        Path stdout = Files.createTempFile("kiln-rt", ".out"), stderr = Files.createTempFile("kiln-rt", ".err");
        try {
            Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static Result runTest(Path exe, int heapMb, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of("KILN_HEAP_MB", Integer.toString(heapMb)));
    }

    private static void assertPasses(Result r) {
        String all = r.stdout() + r.stderr();
        assertEquals(0, r.exit(), all);
        assertTrue(r.stdout().endsWith("PASS\n"), all);
    }

    @Test
    void collector() throws Exception {
        assertPasses(runTest(build("test_gc", "test_gc"), 128));
    }

    @Test
    void collectorWithTinyMarkStack() throws Exception {
        assertPasses(runTest(build("test_gc", "test_gc_tiny", "-DKILN_GC_MARK_STACK_SIZE=4"), 128));
    }

    @Test
    void allocatesTwentyTimesTheHeap() throws Exception {
        assertPasses(runTest(build("test_gc_stress", "test_gc_stress"), 32));
    }

    @Test
    void outOfMemory() throws Exception {
        Path exe = build("test_gc_oom", "test_gc_oom");
        assertPasses(runTest(exe, 16));
        Result panic = runTest(exe, 16, "panic");
        assertEquals(134, panic.exit(), panic.stderr());
        assertTrue(panic.stderr().contains("kiln: fatal error: out of memory"), panic.stderr());
    }

    @Test
    void typesNativesAndFmod() throws Exception {
        assertPasses(runTest(build("test_types", "test_types"), 16));
    }

    @Test
    void crashReports() throws Exception {
        Path exe = build("test_crash", "test_crash");
        String frames = "\tat demo.Main$Inner.crash(Unknown Source)\n\tat demo.Main.main(Main.java:12)\n";

        Result segv = runTest(exe, 16, "segv");
        assertEquals(134, segv.exit(), segv.stderr());
        assertTrue(segv.stderr().startsWith("kiln: crash: SIGSEGV at address 0x0000000000000010, pc 0x"), segv.stderr());
        assertTrue(segv.stderr().endsWith("Java stack:\n" + frames), segv.stderr());

        Result overflow = runTest(exe, 16, "overflow");
        assertEquals(134, overflow.exit(), overflow.stderr());
        assertTrue(overflow.stderr().contains("(stack overflow in C code: hit the guard below the Java stack)"),
                overflow.stderr());
        assertTrue(overflow.stderr().endsWith(frames), overflow.stderr());

        Result panic = runTest(exe, 16, "panic");
        assertEquals(134, panic.exit(), panic.stderr());
        assertEquals("kiln: fatal error: test panic\nJava stack:\n" + frames, panic.stderr());
    }
}
