package kiln.tests.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * classlib/tools/CheckClasslib.java over the built class library: every member the library uses
 * exists in the library, public signatures and constants match JDK 25, natives are only the agreed
 * ones, and invokedynamic uses only bootstraps the compiler lowers.
 */
class ClasslibConsistencyTest {
    @Test
    void classLibraryIsSelfContainedAndMatchesTheJdk() throws Exception {
        Path home = Path.of(System.getProperty("kiln.home")).toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), home.resolve("classlib/tools/CheckClasslib.java").toString(),
                home.resolve("classlib/target/classes").toString(),
                home.resolve("libos/hw/target/classes").toString(), home.resolve("libos/net/target/classes").toString(),
                home.resolve("libos/virtio/target/classes").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "CheckClasslib did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.strip().endsWith(", 0 problems"), out);
    }
}
