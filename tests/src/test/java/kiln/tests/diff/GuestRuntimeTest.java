package kiln.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of a booted image that has no HotSpot counterpart to compare with: a heap that really
 * fills up under a small --mem, boot properties, exact exit statuses and the boot-time report.
 * Programs live in tests/guest/NAME.
 */
class GuestRuntimeTest {
    @BeforeAll
    static void needQemu() {
        Assumptions.assumeTrue(QemuDifferentialTest.onPath("qemu-system-x86_64"),
                "qemu-system-x86_64 is not installed (apt-get install -y qemu-system-x86)");
    }

    private static Path build(String name) throws Exception {
        Path dir = Programs.scratch("kiln-guest", name);
        Path image = dir.resolve(name + ".elf");
        Path src = Path.of(System.getProperty("kiln.home"), "tests", "guest", name);
        Outcome b = KilnCli.run("build", src.toString(), "-o", image.toString());
        assertEquals(0, b.exitCode(), "build failed:\n" + b.stderrText() + b.stdoutText());
        return image;
    }

    @Test
    void fullHeapGivesOutOfMemoryErrorAndTheProgramRecovers() throws Exception {
        Path image = build("oom");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--mem", "24M", "--timeout", "120");
        assertEquals(0, r.exitCode(), r.stderrText());
        assertEquals("caught java.lang.OutOfMemoryError: Java heap space\nfilled more than 8 MiB: true\n"
                + "after recovery: 1999000\n", r.stdoutText());
    }

    @Test
    void bootPropertiesArgumentsAndExitStatus() throws Exception {
        Path image = build("props");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--timeout", "60",
                "-D", "app.greeting=hello there", "-D", "kiln.boot.report=1", "--", "a b", "c");
        assertEquals(2, r.exitCode(), r.stderrText());
        assertEquals("greeting=hello there\nmissing=default\nargs=a b|c\n", r.stdoutText());
        assertTrue(r.stderrText().matches("(?s).*kiln: boot: first instruction to main in \\d+ us.*"), r.stderrText());
    }

    @Test
    void deadlockedProgramPrintsEveryThreadAndExits() throws Exception {
        Path image = build("deadlock");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--timeout", "60");
        assertEquals(1, r.exitCode(), r.stderrText());
        assertEquals("started\n", r.stdoutText());
        String err = r.stderrText();
        assertTrue(err.contains("kiln: deadlock: every thread is blocked"), err);
        assertTrue(err.matches("(?s).*\"first\" #\\d+: waiting to lock java.lang.Object@\\p{XDigit}+ \\(held by \"second\"\\).*"), err);
        assertTrue(err.matches("(?s).*\"second\" #\\d+: waiting to lock java.lang.Object@\\p{XDigit}+ \\(held by \"first\"\\).*"), err);
        assertTrue(err.contains("\tat Main.lockBoth(Main.java:"), err);
        assertTrue(err.contains("\"main\" #3: waiting for \"first\" to end (Thread.join)"), err);
    }

    @Test
    void sleepsAndTimedWaitsAreOnTime() throws Exception {
        Path image = build("timer");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--timeout", "60");
        assertEquals(0, r.exitCode(), r.stderrText());
        assertEquals("early wake-ups: false\nlate by at most 100 ms: true\n"
                + "wall clock and monotonic clock agree within 50 ms: true\n", r.stdoutText(), r.stderrText());
    }

    @Test
    void standardInputReachesTheGuestWithEveryByteValue() throws Exception {
        Path image = build("stdin");
        // Every byte value, the escape byte 0xFF included, several times over, and text lines.
        java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
        input.writeBytes("hello stdin\nsecond line\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int round = 0; round < 40; round++) {
            for (int b = 0; b < 256; b++) {
                input.write(b);
            }
        }
        byte[] bytes = input.toByteArray();
        long sum = 0;
        int lines = 0;
        for (byte b : bytes) {
            sum = sum * 31 + (b & 0xff);
            lines += b == '\n' ? 1 : 0;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = kiln.cli.Main.run(new String[] {"run", image.toString(), "--accel", "tcg", "--timeout", "60"},
                new java.io.ByteArrayInputStream(bytes), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        assertEquals(0, code, err.toString());
        assertEquals("bytes=" + bytes.length + " lines=" + lines + " hash=" + sum + " first=hello stdin\nread again at end: -1\n",
                out.toString());
    }
}
