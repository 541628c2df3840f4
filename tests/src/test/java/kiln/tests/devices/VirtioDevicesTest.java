package kiln.tests.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kiln.tests.diff.KilnCli;
import kiln.tests.diff.Outcome;
import kiln.tests.diff.Programs;

/**
 * virtio devices on QEMU microvm under TCG (docs/devices.md): the guest programs in
 * tests/guest/virtio_* drive kiln.virtio over kiln.hw, and the test checks what they did from the
 * host side (the disk file's bytes, the frames on the wire).
 */
class VirtioDevicesTest {
    @BeforeAll
    static void needQemu() {
        boolean qemu = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "qemu-system-x86_64")));
        Assumptions.assumeTrue(qemu,
                "qemu-system-x86_64 is not installed (apt-get install -y qemu-system-x86)");
    }

    /** Images built so far in this run: several tests boot the same guest program. */
    private static final java.util.Map<String, Path> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    private static synchronized Path build(String name) throws Exception {
        Path done = BUILT.get(name);
        if (done != null) {
            return done;
        }
        Path dir = Programs.scratch("kiln-devices", name);
        Path image = dir.resolve(name + ".elf");
        Path src = Path.of(System.getProperty("kiln.home"), "tests", "guest", name);
        Outcome b = KilnCli.run("build", src.toString(), "-o", image.toString());
        assertEquals(0, b.exitCode(), "build failed:\n" + b.stderrText() + b.stdoutText());
        BUILT.put(name, image);
        return image;
    }

    @Test
    void rngGivesNonConstantBytes() throws Exception {
        Path image = build("virtio_rng");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--rng", "--timeout", "60");
        assertEquals(0, r.exitCode(), r.stderrText() + r.stdoutText());
        assertTrue(r.stdoutText().matches("found entropy device: virtio-mmio at 0xfeb[0-9a-f]+ \\(slot \\d+\\)\n"
                + "distinct values >= 64: true\ntwo reads differ: true\n"), r.stdoutText());
    }

    @Test
    void rngOnQ35UsesVirtioPci() throws Exception {
        Path image = build("virtio_rng");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--machine", "q35", "--rng", "--timeout", "60");
        assertEquals(0, r.exitCode(), r.stderrText() + r.stdoutText());
        assertTrue(r.stdoutText().matches("found entropy device: virtio-pci at 00:[0-9a-f]{2}\\.\\d\n"
                + "distinct values >= 64: true\ntwo reads differ: true\n"), r.stdoutText());
    }

    @Test
    void blkOnQ35() throws Exception {
        Path image = build("virtio_blk");
        Path disk = Programs.scratch("kiln-devices", "disk-q35").resolve("disk.img");
        Files.write(disk, new byte[1 << 20]);
        for (String mode : new String[] {"write", "read"}) {
            Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--machine", "q35", "--disk", disk.toString(),
                    "--timeout", "60", "--", mode, "5");
            assertEquals(0, r.exitCode(), r.stderrText() + r.stdoutText());
            // q35: the PCI INTx line is not routed (no ACPI tables read), so the driver polls.
            assertTrue(r.stdoutText().startsWith("capacity: 2048 sectors, flush: true, interrupts: false\n"), r.stdoutText());
            assertTrue(r.stdoutText().contains("4 threads: read back what they wrote: true\nsleeps: 0 in "), r.stdoutText());
            assertTrue(r.stdoutText().contains(mode.equals("write") ? "wrote and flushed" : "first 64 KiB match: true\n"
                    + "last sector matches: true"), r.stdoutText());
        }
        assertArrayEquals(pattern(64 * 1024, 5), Arrays.copyOf(Files.readAllBytes(disk), 64 * 1024));
    }

    @Test
    void driverLogicOnTheLinuxTarget() throws Exception {
        Path dir = Programs.scratch("kiln-devices", "virtio_linux");
        Path exe = dir.resolve("virtio_linux");
        Path src = Path.of(System.getProperty("kiln.home"), "tests", "guest", "virtio_linux");
        Outcome b = KilnCli.run("build", src.toString(), "--target", "linux", "-o", exe.toString());
        assertEquals(0, b.exitCode(), "build failed:\n" + b.stderrText() + b.stdoutText());
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("capacity 128, features 0x100000200, status 15\n"
                + "written to the device: true, read back: true\nDMA memory in use: true\n"
                + "simulated virtio-blk queue 0: device error: used entry 3 names descriptor 1, which is not the head of"
                + " a chain in flight; queue disabled\n", out);
    }

    @Test
    void rngAbsentIsReported() throws Exception {
        Path image = build("virtio_rng");
        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--timeout", "60");
        assertEquals(1, r.exitCode(), r.stderrText());
        assertEquals("no virtio-rng device\n", r.stdoutText());
    }

    /**
     * java.security.SecureRandom seeded on kvm (tests/guest/secure_random, docs/devices.md "Entropy"):
     * with virtio-rng, with the CPU's RDRAND only (TCG's "-cpu max" has no RDSEED), and with TSC
     * jitter alone (kiln.entropy.cpu=false, twice). Every boot must give different bytes.
     */
    @Test
    void secureRandomDiffersAcrossBootsWithAndWithoutRng() throws Exception {
        Path image = build("secure_random");
        String[][] boots = {{"--rng"}, {}, {"-D", "kiln.entropy.cpu=false"}, {"-D", "kiln.entropy.cpu=false"}};
        String[] sources = {"virtio-rng, rd(seed|rand), tsc jitter", "rd(seed|rand), tsc jitter", "tsc jitter", "tsc jitter"};
        java.util.Set<String> outputs = new java.util.HashSet<>();
        for (int i = 0; i < boots.length; i++) {
            List<String> cmd = new ArrayList<>(List.of("run", image.toString(), "--accel", "tcg", "--timeout", "60",
                    "-D", "kiln.entropy.report=1"));
            cmd.addAll(List.of(boots[i]));
            Outcome r = KilnCli.run(cmd.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.stderrText() + r.stdoutText());
            String out = r.stdoutText();
            assertTrue(out.matches("bytes [0-9a-f]{64}\nseed [0-9a-f]{32}\n"
                    + "all byte values seen: true, none too often: true\ntwo generators differ: true\n"
                    + "nextInt\\(10\\) in range: true\n"), out);
            // Three seeds per boot (two generators and generateSeed), each from the same sources.
            String from = "kiln: SecureRandom seed from " + sources[i];
            long seeds = r.stderrText().lines().filter(l -> l.matches(from)).count();
            assertEquals(3, seeds, String.join(" ", boots[i]) + ":\n" + r.stderrText());
            String[] lines = out.split("\n");
            assertTrue(outputs.add(lines[0]), "the same bytes twice: " + lines[0]);
            assertTrue(outputs.add(lines[1]), "the same seed twice: " + lines[1]);
        }
    }

    /** The guest's pattern generator (tests/guest/virtio_blk/Main.java), recomputed on the host. */
    static byte[] pattern(int n, int seed) {
        byte[] p = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            p[i] = (byte) (x >>> 16);
        }
        return p;
    }

    /**
     * Drops the guest's last line, "sleeps: N in M ms", after checking it: whether a thread finds its
     * request unfinished depends on the host, but a sleep must end by the interrupt, long before the
     * 10 s timeout that would end it if interrupts were lost.
     */
    static String withoutSleeps(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("sleeps: (\\d+) in (\\d+) ms\n$").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Long.parseLong(m.group(2)) < 5000, "the threads took too long: " + out);
        return out.substring(0, m.start());
    }

    @Test
    void blkWritesSurviveAReboot() throws Exception {
        Path image = build("virtio_blk");
        Path disk = Programs.scratch("kiln-devices", "disk").resolve("disk.img");
        Files.write(disk, new byte[3 << 20]); // 3 MiB = 6144 sectors
        Outcome w = KilnCli.run("run", image.toString(), "--accel", "tcg", "--disk", disk.toString(), "--timeout", "60",
                "--", "write", "41");
        assertEquals(0, w.exitCode(), w.stderrText() + w.stdoutText());
        String threads = "4 threads: read back what they wrote: true\n";
        assertEquals("capacity: 6144 sectors, flush: true, interrupts: true\nwrote and flushed\n" + threads,
                withoutSleeps(w.stdoutText()));
        // The host sees the guest's bytes where the guest put them.
        byte[] file = Files.readAllBytes(disk);
        byte[] want = pattern(64 * 1024, 41);
        assertArrayEquals(want, Arrays.copyOf(file, want.length));
        assertArrayEquals(Arrays.copyOf(want, 512), Arrays.copyOfRange(file, file.length - 512, file.length));
        assertEquals(0, file[want.length + 1000]);
        for (int k = 0; k < 4; k++) { // each thread's 32 KiB at sector 1024 + 64k
            int at = (1024 + 64 * k) * 512;
            assertArrayEquals(pattern(32 * 1024, 410 + k), Arrays.copyOfRange(file, at, at + 32 * 1024), "thread " + k);
        }

        Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--disk", disk.toString(), "--timeout", "60",
                "--", "read", "41");
        assertEquals(0, r.exitCode(), r.stderrText() + r.stdoutText());
        assertEquals("capacity: 6144 sectors, flush: true, interrupts: true\nfirst 64 KiB match: true\n"
                + "last sector matches: true\nrequests completed: 5\n" + threads, withoutSleeps(r.stdoutText()));
        Outcome other = KilnCli.run("run", image.toString(), "--accel", "tcg", "--disk", disk.toString(), "--timeout", "60",
                "--", "read", "42");
        assertTrue(other.stdoutText().contains("first 64 KiB match: false"), "the check can fail: " + other.stdoutText());
    }

    /**
     * The host peer for tests/guest/virtio_net: QEMU's "-netdev socket,connect=" sends each frame
     * with a 4-byte big-endian length; the peer answers every 0x88B5 frame with one to the sender
     * carrying the same sequence number and the text reversed.
     */
    static List<byte[]> peer(ServerSocket server, int frames) throws IOException {
        List<byte[]> seen = new ArrayList<>();
        try (Socket s = server.accept()) {
            s.setSoTimeout(60_000);
            DataInputStream in = new DataInputStream(s.getInputStream());
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            while (seen.size() < frames) {
                int len = in.readInt();
                byte[] f = in.readNBytes(len);
                if (f.length < 16 || (f[12] & 0xff) != 0x88 || (f[13] & 0xff) != 0xb5) {
                    continue; // anything else the guest might send
                }
                seen.add(f);
                int textLen = 0;
                while (16 + textLen < f.length && f[16 + textLen] != 0) {
                    textLen++;
                }
                byte[] reply = new byte[60];
                System.arraycopy(f, 6, reply, 0, 6);                  // to the guest
                System.arraycopy(new byte[] {0x02, 0, 0, 0, 0, 0x77}, 0, reply, 6, 6);
                reply[12] = (byte) 0x88;
                reply[13] = (byte) 0xb5;
                reply[14] = f[14];
                reply[15] = f[15];
                for (int k = 0; k < textLen; k++) {
                    reply[16 + k] = f[16 + textLen - 1 - k];
                }
                out.writeInt(reply.length);
                out.write(reply);
                out.flush();
            }
            // Keep the connection open until the guest is done, so QEMU does not see a closed peer.
            try {
                while (in.read() >= 0) {
                    // drain
                }
            } catch (IOException ignored) {
                // QEMU exited
            }
        }
        return seen;
    }

    @Test
    void netExchangesRawFramesWithAHostPeer() throws Exception {
        netExchange("microvm");
    }

    @Test
    void netOnQ35() throws Exception {
        netExchange("q35");
    }

    private void netExchange(String machine) throws Exception {
        Path image = build("virtio_net");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<byte[]>> seen = CompletableFuture.supplyAsync(() -> {
                try {
                    return peer(server, 20);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            Outcome r = KilnCli.run("run", image.toString(), "--accel", "tcg", "--timeout", "90", "--machine", machine,
                    "--net", "socket:127.0.0.1:" + server.getLocalPort());
            assertEquals(0, r.exitCode(), r.stderrText() + r.stdoutText());
            assertEquals("mac 52:54:00:12:34:56 mtu 1500 link up\nsent 20 frames\n"
                    + "received 20 replies, all correct and in order: true\ndropped 0\n", r.stdoutText());
            List<byte[]> frames = seen.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 20; i++) {
                byte[] f = frames.get(i);
                assertEquals(60, f.length, "padded to the Ethernet minimum, no virtio header on the wire");
                assertArrayEquals(new byte[] {-1, -1, -1, -1, -1, -1}, Arrays.copyOf(f, 6));
                assertArrayEquals(new byte[] {0x52, 0x54, 0, 0x12, 0x34, 0x56}, Arrays.copyOfRange(f, 6, 12));
                assertEquals(i, ((f[14] & 0xff) << 8) | (f[15] & 0xff));
                String text = "hello " + i + " from kiln";
                assertEquals(text, new String(f, 16, text.length(), java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
    }
}
