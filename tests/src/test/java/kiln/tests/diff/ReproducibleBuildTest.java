package kiln.tests.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The same inputs give a byte-identical image (and debug file), whatever the build's temp dirs. */
class ReproducibleBuildTest {
    @Test
    void twoBuildsOfTheSameProgramAreByteIdentical() throws Exception {
        Path src = Path.of(System.getProperty("kiln.home"), "examples", "hello");
        Path a = Programs.scratch("kiln-repro", "a").resolve("hello.elf");
        Path b = Programs.scratch("kiln-repro", "b").resolve("hello.elf");
        Outcome first = KilnCli.run("build", src.toString(), "-o", a.toString());
        assertEquals(0, first.exitCode(), first.stderrText());
        Outcome second = KilnCli.run("build", src.toString(), "-o", b.toString());
        assertEquals(0, second.exitCode(), second.stderrText());
        assertArrayEquals(Files.readAllBytes(a.resolveSibling("hello.elf.debug")),
                Files.readAllBytes(b.resolveSibling("hello.elf.debug")), "debug files differ");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "images differ");
    }
}
