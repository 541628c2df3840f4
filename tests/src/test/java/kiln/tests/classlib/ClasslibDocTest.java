package kiln.tests.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * docs/classlib.md's generated coverage tables match what classlib/tools/GenClasslibDoc.java produces
 * from the built class library; the failure message gives the command that regenerates them.
 */
class ClasslibDocTest {
    @Test
    void coverageTablesAreUpToDate() throws Exception {
        Path home = Path.of(System.getProperty("kiln.home")).toAbsolutePath().normalize();
        Path http = home.resolve("libos/http/target/classes");
        assertTrue(Files.isDirectory(http.resolve("com/sun/net/httpserver")), "libos/http is not built: " + http);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "classlib/tools/GenClasslibDoc.java", "--check", "docs/classlib.md",
                "classlib/target/classes", "libos/http/target/classes").directory(home.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "GenClasslibDoc did not finish");
        assertEquals(0, p.exitValue(), out);
    }
}
