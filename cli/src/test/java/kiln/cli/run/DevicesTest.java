package kiln.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicesTest {
    @TempDir
    Path dir;

    @Test
    void devicesOnMicrovm() throws Exception {
        Path disk = Files.write(dir.resolve("d,1.img"), new byte[4096]);
        RunOptions o = RunOptions.parse(List.of("img.elf", "--disk", disk.toString(), "--net=user:hostfwd=tcp:8080-:80",
                "--rng"));
        String all = String.join(" ", QemuCommand.build(Path.of("q"), o, false, Path.of("a"), Path.of("b"), Path.of("c"), "--"));
        assertTrue(all.contains("-drive id=disk0,file=" + dir + "/d,,1.img,format=raw,if=none -device virtio-blk-device,drive=disk0"), all);
        assertTrue(all.contains("-netdev user,hostfwd=tcp::8080-:80,id=net0 -device virtio-net-device,netdev=net0"), all);
        assertTrue(all.contains("-device virtio-rng-device"), all);
        assertTrue(all.indexOf("virtio-rng-device") < all.indexOf(" -kernel "), all);
    }

    @Test
    void devicesOnQ35AreModernPci() throws Exception {
        RunOptions o = RunOptions.parse(List.of("img.elf", "--machine", "q35", "--rng", "--net", "user"));
        String all = String.join(" ", QemuCommand.build(Path.of("q"), o, false, Path.of("a"), Path.of("b"), Path.of("c"), "--"));
        assertTrue(all.startsWith("q -M q35 -fw_cfg name=etc/sercon-port,string=0 -accel tcg"), all);
        assertTrue(all.contains("-device virtio-net-pci,netdev=net0,disable-legacy=on"), all);
        assertTrue(all.contains("-device virtio-rng-pci,disable-legacy=on"), all);
        assertTrue(!all.contains("force-legacy"), all);
    }

    @Test
    void netSpecs() throws Exception {
        assertEquals("user", Devices.parseNet("user"));
        assertEquals("user,hostfwd=tcp::1-:2,hostfwd=udp:127.0.0.1:5353-:53", Devices.parseNet("user:hostfwd=tcp:1-:2,hostfwd=udp:127.0.0.1:5353-:53"));
        assertEquals("tap,ifname=tap0,script=no,downscript=no", Devices.parseNet("tap:tap0"));
        assertEquals("socket,connect=127.0.0.1:4000", Devices.parseNet("socket:127.0.0.1:4000"));
        for (String bad : List.of("bridge", "user:fwd=1", "user:hostfwd=tcp:80", "user:hostfwd=sctp:1-:2", "tap:",
                "tap:a,b", "socket:4000", "socket:h:x")) {
            assertThrows(UsageException.class, () -> Devices.parseNet(bad), bad);
        }
    }

    @Test
    void badDiskAndDuplicateNet() {
        UsageException e = assertThrows(UsageException.class,
                () -> RunOptions.parse(List.of("img.elf", "--disk", dir.resolve("missing.img").toString())));
        assertTrue(e.getMessage().contains("is not a file"), e.getMessage());
        assertThrows(UsageException.class, () -> RunOptions.parse(List.of("img.elf", "--net", "user", "--net", "user")));
        assertThrows(UsageException.class, () -> RunOptions.parse(List.of("img.elf", "--disk")));
    }
}
