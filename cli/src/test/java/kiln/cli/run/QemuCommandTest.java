package kiln.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuCommandTest {
    @Test
    void commandLine() throws Exception {
        RunOptions o = RunOptions.parse(List.of("img.elf", "--mem", "128M"));
        List<String> c = QemuCommand.build(Path.of("/usr/bin/qemu-system-x86_64"), o, false, Path.of("/t/com1"),
                Path.of("/t/com,2"), Path.of("/t/control"), "-- a");
        assertEquals("/usr/bin/qemu-system-x86_64", c.getFirst());
        String all = String.join(" ", c);
        assertTrue(all.contains("-M microvm,auto-kernel-cmdline=off,rtc=on,pit=on"), all);
        assertTrue(all.contains("-accel tcg -cpu max"), all);
        assertTrue(all.contains("-nodefaults -no-user-config -nographic -no-reboot -m 128M"), all);
        assertTrue(all.contains("socket,id=com1,path=/t/com1"), all);
        assertTrue(all.contains("socket,id=com2,path=/t/com,,2"), all); // commas doubled for QEMU
        assertTrue(all.contains("isa-serial,iobase=0x2f8,irq=3,chardev=com2"), all);
        assertTrue(all.contains("socket,id=com3,path=/t/control"), all);
        assertTrue(all.contains("isa-debug-exit,iobase=0xf4,iosize=4"), all);
        assertEquals(List.of("-kernel", "img.elf", "-append", "-- a"), c.subList(c.size() - 4, c.size()));
        List<String> k = QemuCommand.build(Path.of("q"), o, true, Path.of("a"), Path.of("b"), Path.of("c"), "--");
        assertTrue(String.join(" ", k).contains("-accel kvm -cpu host"));
    }
}
