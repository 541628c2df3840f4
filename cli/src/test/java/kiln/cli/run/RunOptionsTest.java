package kiln.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
    @Test
    void defaults() throws Exception {
        RunOptions o = RunOptions.parse(List.of("hello.elf"));
        assertEquals(Path.of("hello.elf"), o.image());
        assertEquals(64, o.memMiB());
        assertEquals(RunOptions.Accel.AUTO, o.accel());
        assertEquals(0, o.timeoutSeconds());
        assertEquals("microvm", o.machine());
        assertEquals(List.of(), o.guestArgs());
        assertEquals("64 MiB", o.memText());
    }

    @Test
    void optionsBeforeAndAfterTheImageAndGuestArguments() throws Exception {
        RunOptions o = RunOptions.parse(List.of("--mem", "1G", "a.elf", "--accel=tcg", "--timeout", "5",
                "--machine", "microvm", "--", "x", "--mem", "--"));
        assertEquals(Path.of("a.elf"), o.image());
        assertEquals(1024, o.memMiB());
        assertEquals("1 GiB", o.memText());
        assertEquals(RunOptions.Accel.TCG, o.accel());
        assertEquals(5, o.timeoutSeconds());
        assertEquals(List.of("x", "--mem", "--"), o.guestArgs());
    }

    @Test
    void memorySizes() throws Exception {
        assertEquals(64, RunOptions.parseMem("64M"));
        assertEquals(64, RunOptions.parseMem("64m"));
        assertEquals(64, RunOptions.parseMem("64"));
        assertEquals(64, RunOptions.parseMem("64MiB"));
        assertEquals(2048, RunOptions.parseMem("2G"));
        assertEquals(32, RunOptions.parseMem("32768K"));
        assertThrows(UsageException.class, () -> RunOptions.parseMem("2M"));      // below the floor
        assertEquals(8, RunOptions.parseMem("8M"));
        assertThrows(UsageException.class, () -> RunOptions.parseMem("1000K"));   // not whole MiB
        assertThrows(UsageException.class, () -> RunOptions.parseMem("lots"));
        assertThrows(UsageException.class, () -> RunOptions.parseMem("-64M"));
        assertThrows(UsageException.class, () -> RunOptions.parseMem("99999999999999G"));
    }

    @Test
    void errorsAreClear() {
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of()))
                .getMessage().startsWith("no image given"));
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("a.elf", "--frobnicate")))
                .getMessage().startsWith("unknown option --frobnicate"));
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("a.elf", "b.elf")))
                .getMessage().contains("after --"));
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("a.elf", "--mem")))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("a.elf", "--accel", "xen")))
                .getMessage().contains("auto, kvm or tcg"));
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("a.elf", "--timeout", "0")))
                .getMessage().contains("positive"));
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("a.elf", "--machine", "pc")))
                .getMessage().contains("microvm (virtio-mmio devices) or q35"));
    }
}
