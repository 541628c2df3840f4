package kiln.tests.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: {@code ./kiln demo} builds examples/hello-http, boots it, prints the
 * URL; curl gets the page from the unikernel; Ctrl-C (SIGINT) stops kiln and its QEMU.
 */
class DemoTest {
    @Test
    void demoServesTheExampleAndStopsOnCtrlC() throws Exception {
        Assumptions.assumeTrue(NetworkPeerTest.onPath("qemu-system-x86_64"), "qemu-system-x86_64 is not installed");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path kiln = Path.of(System.getProperty("kiln.home"), "kiln");
        Process demo = new ProcessBuilder(kiln.toString(), "demo", "--port", Integer.toString(port), "--accel", "tcg")
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        CompletableFuture<String> serving = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.startsWith("kiln: demo: serving ")) {
                        serving.complete(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
            serving.complete(null);
        });
        try {
            String line = serving.get(300, TimeUnit.SECONDS);
            assertTrue(line != null, "kiln demo never said it was serving:\n" + log);
            String url = "http://localhost:" + port + "/";
            assertTrue(line.contains(url) && line.matches(".*first response \\d+ ms after launch.*"), line);
            String body;
            if (NetworkPeerTest.onPath("curl")) {
                Process curl = new ProcessBuilder("curl", "-sS", "-m", "20", url).redirectErrorStream(true).start();
                body = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, curl.waitFor(), body);
            } else {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                body = r.body();
            }
            assertEquals("Hello from Kiln!\n", body);
            List<ProcessHandle> children = demo.descendants().toList();
            assertTrue(children.stream().anyMatch(p -> p.info().command().orElse("").contains("qemu-system")),
                    "no QEMU under kiln demo: " + children);
            // Ctrl-C: SIGINT to kiln; QEMU must go with it.
            new ProcessBuilder("kill", "-INT", Long.toString(demo.pid())).start().waitFor();
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "kiln demo did not stop on SIGINT:\n" + log);
            for (ProcessHandle p : children) {
                p.onExit().get(10, TimeUnit.SECONDS);
            }
        } finally {
            demo.descendants().forEach(ProcessHandle::destroyForcibly);
            demo.destroyForcibly();
            reader.join(5000);
        }
    }
}
