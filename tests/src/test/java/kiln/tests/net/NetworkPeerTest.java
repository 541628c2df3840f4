package kiln.tests.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
 * The unikernel's TCP/IP stack against a real peer, Linux's own stack, under TCG
 * (docs/networking.md): tests/guest/net_echo serves an echo port and a tiny HTTP responder.
 * <ul>
 * <li>QEMU user-mode networking: the guest configures itself by DHCP from QEMU's server; curl and a
 * Java client reach it through host port forwarding; 50 MB go both ways with a checksum.
 * <li>A tap device in a network namespace this test creates (root only): the host's kernel pings the
 * guest, curls it and exchanges 50 MB with it directly, the guest resolves names through a DNS
 * server in the namespace, then again under netem loss and reordering
 * where the kernel has sch_netem.
 * </ul>
 */
class NetworkPeerTest {
    private static final long BULK = 50_000_000L;
    private static Path image;

    @BeforeAll
    static void build() throws Exception {
        Assumptions.assumeTrue(onPath("qemu-system-x86_64"), "qemu-system-x86_64 is not installed (apt-get install -y qemu-system-x86)");
        Path dir = Programs.scratch("kiln-net", "net_echo");
        image = dir.resolve("net_echo.elf");
        Path src = Path.of(System.getProperty("kiln.home"), "tests", "guest", "net_echo");
        Outcome b = KilnCli.run("build", src.toString(), "-o", image.toString());
        assertEquals(0, b.exitCode(), "build failed:\n" + b.stderrText() + b.stdoutText());
    }

    @Test
    void userModeNetworkingDhcpCurlAndBulkEcho() throws Exception {
        int[] ports = freePorts(2);
        int http = ports[0], echo = ports[1];
        CompletableFuture<Outcome> guest = CompletableFuture.supplyAsync(() -> KilnCli.run("run", image.toString(),
                "--accel", "tcg", "--timeout", "300", "-D", "kiln.net.report=1",
                "--net", "user:hostfwd=tcp:127.0.0.1:" + http + "-:8080,hostfwd=tcp:127.0.0.1:" + echo + "-:7"));
        awaitHttp(http, guest);
        if (onPath("curl")) {
            String body = exec(List.of("curl", "-sS", "-m", "20", "http://127.0.0.1:" + http + "/"));
            assertTrue(body.matches("kiln net ok \\d+\n"), body);
        }
        EchoClient.Result r;
        try {
            r = EchoClient.exchange("127.0.0.1", echo, BULK);
        } catch (IOException e) {
            Outcome o = guest.completeOnTimeout(null, 5, TimeUnit.SECONDS).get();
            throw new AssertionError("echo exchange failed: " + e + "\nguest: "
                    + (o == null ? "still running" : o.exitCode() + "\n" + o.stderrText() + o.stdoutText()), e);
        }
        System.out.println("user-mode echo: " + r);
        assertEquals(BULK, r.received(), r.toString());
        assertTrue(r.crcMatch(), r.toString());
        assertTrue(httpGet(http, "/stop").endsWith("stopping\n"));
        Outcome o = guest.get(120, TimeUnit.SECONDS);
        assertEquals(0, o.exitCode(), o.stderrText() + o.stdoutText());
        assertTrue(o.stdoutText().matches("ready\nanswered \\d+ HTTP requests\n"), o.stdoutText());
        assertTrue(o.stderrText().matches("(?s).*kiln: net: virtio-mmio at 0xfeb[0-9a-f]+ \\(slot \\d+\\), 10\\.0\\.2\\.15/24 gw 10\\.0\\.2\\.2 dns 10\\.0\\.2\\.3 \\(DHCP, \\d+ us\\), interrupt-driven\n.*"),
                o.stderrText());
    }

    @Test
    void tapInANetworkNamespace() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && onPath("ip") && onPath("curl"),
                "needs root, iproute2 (a network namespace with a tap device) and curl");
        String ns = "kiln-test-" + ProcessHandle.current().pid();
        Assumptions.assumeTrue(run(List.of("ip", "netns", "add", ns)) == 0, "cannot create a network namespace here");
        Process guest = null;
        Process dns = null;
        Path log = null;
        try {
            assertEquals(0, run(List.of("ip", "netns", "exec", ns, "ip", "tuntap", "add", "dev", "tap0", "mode", "tap")));
            assertEquals(0, run(List.of("ip", "netns", "exec", ns, "ip", "addr", "add", "192.168.77.1/24", "dev", "tap0")));
            assertEquals(0, run(List.of("ip", "netns", "exec", ns, "ip", "link", "set", "tap0", "up")));
            assertEquals(0, run(List.of("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up")));
            Path kiln = Path.of(System.getProperty("kiln.home"), "kiln");
            log = Files.createTempFile("kiln-tap-guest", ".log");
            guest = new ProcessBuilder("ip", "netns", "exec", ns, kiln.toString(), "run", image.toString(), "--accel", "tcg",
                    "--timeout", "300", "--net", "tap:tap0", "-D", "net.ip=192.168.77.2/24", "-D", "net.dns=192.168.77.1")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String in = "ip netns exec " + ns + " ";
            long deadline = System.nanoTime() + 120_000_000_000L;
            String first = null;
            while (first == null && System.nanoTime() < deadline && guest.isAlive()) {
                Thread.sleep(200);
                String got = execAllowFail((in + "curl -sS -m 2 http://192.168.77.2:8080/").split(" "));
                first = got.startsWith("kiln net ok") ? got : null;
            }
            assertTrue(first != null, "guest never answered on the tap:\n" + Files.readString(log));
            // Name lookups through the guest's DNS stub resolver, against a server in the namespace.
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            dns = new ProcessBuilder("ip", "netns", "exec", ns, java, "-cp", System.getProperty("java.class.path"),
                    TinyDnsServer.class.getName(), "192.168.77.1", "peer.kiln.test", "192.168.77.1")
                    .redirectErrorStream(true).start();
            assertEquals("dns ready", new java.io.BufferedReader(new java.io.InputStreamReader(dns.getInputStream())).readLine());
            assertEquals("peer.kiln.test/192.168.77.1\n",
                    exec(List.of((in + "curl -sS -m 20 http://192.168.77.2:8080/resolve/peer.kiln.test").split(" "))));
            String missing = exec(List.of((in + "curl -sS -m 30 http://192.168.77.2:8080/resolve/nowhere.kiln.test").split(" ")));
            assertTrue(missing.startsWith("java.net.UnknownHostException: nowhere.kiln.test"), missing);
            if (onPath("ping")) {
                String ping = exec(List.of("ip", "netns", "exec", ns, "ping", "-c", "3", "-i", "0.2", "-W", "5", "192.168.77.2"));
                assertTrue(ping.contains("3 received"), ping);
            }
            String echo = exec(List.of("ip", "netns", "exec", ns, java, "-cp", System.getProperty("java.class.path"),
                    EchoClient.class.getName(), "192.168.77.2", "7", Long.toString(BULK)));
            System.out.println("tap echo: " + echo);
            assertTrue(echo.startsWith(BULK + " bytes sent, " + BULK + " back, crc match"), echo);
            // Loss, duplication and reordering on the host's side of the link, where netem exists.
            if (run(List.of("ip", "netns", "exec", ns, "tc", "qdisc", "add", "dev", "tap0", "root", "netem",
                    "loss", "2%", "duplicate", "1%", "delay", "2ms", "reorder", "10%", "50%")) == 0) {
                String lossy = exec(List.of("ip", "netns", "exec", ns, java, "-cp", System.getProperty("java.class.path"),
                        EchoClient.class.getName(), "192.168.77.2", "7", "5000000"));
                System.out.println("tap echo under netem: " + lossy);
                assertTrue(lossy.startsWith("5000000 bytes sent, 5000000 back, crc match"), lossy);
            }
            assertEquals("stopping\n", exec(List.of((in + "curl -sS -m 20 http://192.168.77.2:8080/stop").split(" "))));
            assertTrue(guest.waitFor(120, TimeUnit.SECONDS), "guest did not stop");
            assertEquals(0, guest.exitValue(), Files.readString(log));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nguest output:\n" + (log == null ? "" : Files.readString(log)), e);
        } finally {
            if (dns != null) {
                dns.destroyForcibly();
            }
            if (guest != null) {
                guest.destroyForcibly();
                guest.waitFor(10, TimeUnit.SECONDS);
            }
            run(List.of("ip", "netns", "del", ns));
        }
    }

    // ---- helpers ----

    static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Distinct free ports (all held open until every one is chosen). */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] held = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                held[i] = new ServerSocket(0);
                ports[i] = held[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return ports;
    }

    /** Waits until the guest answers an HTTP request (QEMU accepts forwarded connections before the guest listens). */
    private static void awaitHttp(int port, CompletableFuture<Outcome> guest) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (guest.isDone()) {
                Outcome o = guest.get();
                throw new AssertionError("guest ended early: " + o.exitCode() + "\n" + o.stderrText() + o.stdoutText());
            }
            try {
                if (httpGet(port, "/").contains("kiln net ok")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no HTTP answer from the guest within 120 s");
    }

    private static String httpGet(int port, String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!all.startsWith("HTTP/1.1 200")) {
                throw new IOException("no answer yet: '" + all + "'");
            }
            return all;
        }
    }

    private static int run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static String exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), cmd + ":\n" + out);
        return out;
    }

    private static String execAllowFail(String... cmd) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
