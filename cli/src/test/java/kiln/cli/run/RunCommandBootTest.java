package kiln.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the kvm platform self-test image (runtime/platform/kvm/selftest) through RunCommand under
 * TCG. Skipped, with the reason, when gcc or QEMU is not installed.
 */
class RunCommandBootTest {
    @TempDir
    static Path dir;
    static Path image;

    record Run(int status, String out, String err) {}

    @BeforeAll
    static void buildImage() throws Exception {
        assumeTrue(onPath("gcc"), "gcc not installed: skipping the QEMU boot tests");
        assumeTrue(onPath("qemu-system-x86_64"),
                "qemu-system-x86_64 not installed (apt-get install -y qemu-system-x86): skipping the QEMU boot tests");
        Path script = repoRoot().resolve("runtime/platform/kvm/selftest/run.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "--build-only").redirectErrorStream(true);
        pb.environment().put("KILN_SELFTEST_OUT", dir.toString());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "self-test image did not build:\n" + log);
        image = dir.resolve("selftest.elf");
    }

    static Run run(String... args) {
        return run(System.getenv(), args);
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = RunCommand.run(List.of(args), java.io.InputStream.nullInputStream(), new PrintStream(out, true), new PrintStream(err, true), env);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statusesRoundTripAndConsolesStaySeparate() {
        for (int s : new int[] {0, 1, 7, 200, 255}) {
            Run r = run(image.toString(), "--accel", "tcg", "--", "exit", Integer.toString(s));
            assertEquals(s, r.status(), r.err());
            assertTrue(r.out().contains("selftest: ok, exit " + s + "\n"), r.out());
            assertTrue(r.err().startsWith("kiln: booting selftest.elf on QEMU microvm (TCG), 64 MiB\n"), r.err());
            assertTrue(r.err().contains("selftest: this line goes to standard error\n"), r.err());
            assertFalse(r.out().contains("standard error"), r.out());
            assertFalse(r.out().contains("\r"), "no CR inserted");
        }
    }

    @Test
    void argumentsSurviveQuoting() {
        Run r = run(image.toString(), "--accel=tcg", "--mem", "32M", "--", "a b", "\"q\"", "back\\slash", "");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("(TCG), 32 MiB"), r.err());
        assertTrue(r.out().contains("argv[1] = [a b]\n"), r.out());
        assertTrue(r.out().contains("argv[2] = [\"q\"]\n"), r.out());
        assertTrue(r.out().contains("argv[3] = [back\\slash]\n"), r.out());
        assertTrue(r.out().contains("argv[4] = []\n"), r.out());
    }

    @Test
    void crashReportAndStatus134() {
        Run r = run(image.toString(), "--accel", "tcg", "--", "fault");
        assertEquals(134, r.status());
        assertTrue(r.err().contains("kiln: crash: CPU exception 14 #PF page fault"), r.err());
        assertTrue(r.err().contains("null pointer dereference"), r.err());
        assertTrue(r.err().contains("in Java: selftest.Main.crash(Main.java:42)"), r.err());
    }

    @Test
    void timeout() {
        Run r = run(image.toString(), "--accel", "tcg", "--timeout", "2", "--", "hang");
        assertEquals(124, r.status());
        assertTrue(r.out().contains("selftest: hello"), "output before the timeout is shown");
        assertTrue(r.err().endsWith("kiln: guest did not finish within 2 s\n"), r.err());
    }

    @Test
    void autoAcceleratorBootsOnce() {
        Run r = run(image.toString(), "--", "exit", "3");
        assertEquals(3, r.status(), r.err());
        assertEquals(1, r.out().split("selftest: hello from kiln_rt_main", -1).length - 1, "output not duplicated");
    }

    @Test
    void badImages() throws IOException {
        Run missing = run(dir.resolve("nope.elf").toString());
        assertEquals(2, missing.status());
        assertEquals("kiln run: image not found: " + dir.resolve("nope.elf") + "\n", missing.err());
        Path text = Files.writeString(dir.resolve("text.elf"), "hello");
        Run notElf = run(text.toString());
        assertEquals(2, notElf.status());
        assertEquals("kiln run: " + text + " is not an ELF file\n", notElf.err());
        Path host = Path.of("/bin/true");
        if (Files.exists(host)) {
            Run linux = run(host.toString());
            assertEquals(2, linux.status());
            assertTrue(linux.err().contains("has no PVH entry note"), linux.err());
        }
    }

    @Test
    void missingQemu() {
        Run r = run(Map.of("PATH", dir.toString()), image.toString());
        assertEquals(125, r.status());
        assertEquals("kiln run: qemu-system-x86_64 not found on PATH; install it with: apt-get install -y qemu-system-x86\n",
                r.err());
    }

    private static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, exe))) return true;
        }
        return false;
    }

    private static Path repoRoot() {
        List<Path> tried = new ArrayList<>();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("runtime/platform/kvm/selftest/run.sh"))) return p;
            tried.add(p);
        }
        throw new IllegalStateException("repository root not found above " + tried.getFirst());
    }
}
