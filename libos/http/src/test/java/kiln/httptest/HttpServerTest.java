package kiln.httptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kiln.http.HttpLimits;
import kiln.http.KilnHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kiln's server over real loopback sockets, with java.net.http.HttpClient and raw sockets. */
class HttpServerTest {
    private HttpServer server;
    private InetSocketAddress addr;
    private ExecutorService pool;

    @BeforeEach
    void start() throws IOException {
        server = TestHandlers.compareServer();
        server.createContext("/boom", ex -> {
            throw new IllegalStateException("handler failure");
        });
        addr = server.getAddress();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + addr.getPort() + path;
    }

    @Test
    void theImplementationUnderTestIsKilns() {
        assertEquals("kiln.http.KilnHttpServer", server.getClass().getName());
        assertEquals("jdk.httpserver", HttpServer.class.getModule().getName());
        // The patched module holds our engine: the JDK's own jdk.httpserver has no package kiln.http.
        assertTrue(HttpServer.class.getModule().getPackages().contains("kiln.http"));
        assertEquals(HttpServer.class.getModule(), KilnHttpServer.class.getModule());
    }

    @Test
    void getAndPostWithHttpClient() throws Exception {
        server.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("hello", r.body());
        assertTrue(r.headers().firstValue("date").orElseThrow().endsWith(" GMT"));

        HttpResponse<String> p = client.send(HttpRequest.newBuilder(URI.create(url("/echo/x?mode=chunked")))
                .POST(HttpRequest.BodyPublishers.ofString("payload")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, p.statusCode());
        assertEquals("POST /echo/x /echo body=payload", p.body());
        assertEquals("chunked", p.headers().firstValue("transfer-encoding").orElseThrow());
        assertEquals(List.of("v1", "v2"), p.headers().allValues("x-custom-header"));

        // A body of unknown length: HttpClient sends it chunked.
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        HttpResponse<String> c = client.send(HttpRequest.newBuilder(URI.create(url("/echo")))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, c.statusCode());
        assertEquals("POST /echo /echo body=" + new String(big, StandardCharsets.ISO_8859_1), c.body());
    }

    @Test
    void keepAliveAndPipelining() throws Exception {
        server.start();
        try (RawClient c = new RawClient(addr)) {
            for (int i = 0; i < 5; i++) {
                c.send("GET /echo?n=" + i + " HTTP/1.1\r\nHost: x\r\n\r\n");
                RawClient.Response r = c.read();
                assertEquals(201, r.status());
                assertEquals("GET /echo /echo body=", r.body());
            }
            // Three requests in one write, the second with a chunked body and a trailer.
            c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                    + "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "2;ext=1\r\nde\r\n1\r\nf\r\n0\r\nTrailer-A: 1\r\n\r\n"
                    + "GET /echo?mode=empty HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals("POST /echo /echo body=abc", c.read().body());
            assertEquals("POST /echo /echo body=def", c.read().body());
            RawClient.Response r = c.read();
            assertEquals(204, r.status());
            assertNull(r.header("content-length"));
            c.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals("hello", c.read().body());
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void http10() throws Exception {
        server.start();
        try (RawClient c = new RawClient(addr)) {
            c.send("GET /echo?mode=chunked HTTP/1.0\r\n\r\n");
            RawClient.Response r = c.read();
            assertEquals("HTTP/1.1 200 OK", r.statusLine());
            assertEquals("close", r.header("connection"));
            assertNull(r.header("transfer-encoding")); // no chunked coding for an HTTP/1.0 client
            assertEquals("GET /echo /echo body=", r.body());
        }
        try (RawClient c = new RawClient(addr)) {
            c.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            RawClient.Response r = c.read();
            assertEquals("keep-alive", r.header("connection"));
            c.send("GET / HTTP/1.0\r\n\r\n");
            assertEquals("hello", c.read().body());
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void expectContinue() throws Exception {
        server.start();
        try (RawClient c = new RawClient(addr)) {
            c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
            assertEquals("HTTP/1.1 100 Continue", c.readLine());
            assertEquals("", c.readLine());
            c.send("hi");
            assertEquals("POST /echo /echo body=hi", c.read().body());
        }
    }

    @Test
    void malformedRequestsGetErrorsAndTheServerKeepsServing() throws Exception {
        server.start();
        String[][] cases = {
                {"GET / HTTP/1.1\r\nHost x\r\n\r\n", "400"},
                {"GET  / HTTP/1.1\r\n\r\n", "400"},
                {"GET / HTTP/1.1\r\nA: b\r\n  folded\r\n\r\n", "400"},
                {"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", "400"},
                {"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", "400"},
                {"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", "400"},
                {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", "501"},
                {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", "400"},
                {"GET / HTTP/2.0\r\n\r\n", "505"},
                {"GET / HTTP/1.1\r\nBad\u0001: x\r\n\r\n", "400"},
                {"GET /\u007f HTTP/1.1\r\n\r\n", "400"},
                {"GET / HTTP/1.1\r\nX: " + "a".repeat(70_000) + "\r\n\r\n", "431"},
                {"GET /" + "a".repeat(9000) + " HTTP/1.1\r\n\r\n", "414"},
        };
        for (String[] k : cases) {
            try (RawClient c = new RawClient(addr)) {
                c.send(k[0]);
                RawClient.Response r = c.read();
                assertEquals(Integer.parseInt(k[1]), r.status(), k[0]);
                assertEquals("close", r.header("connection"));
                assertTrue(c.closedByServer());
            }
        }
        // A malformed chunked body read by the handler: 400, connection closed.
        try (RawClient c = new RawClient(addr)) {
            c.send("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            assertEquals(400, c.read().status());
            assertTrue(c.closedByServer());
        }
        try (RawClient c = new RawClient(addr)) {
            c.send("GET / HTTP/1.1\r\n\r\n");
            assertEquals("hello", c.read().body());
        }
        assertTrue(((KilnHttpServer) server).malformedRequests() >= 13);
    }

    @Test
    void headerCountLimit() throws Exception {
        ((KilnHttpServer) server).setLimits(HttpLimits.DEFAULT.withMaxHeaderCount(3));
        server.start();
        try (RawClient c = new RawClient(addr)) {
            c.send("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n");
            assertEquals(431, c.read().status());
        }
        try (RawClient c = new RawClient(addr)) {
            c.send("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n");
            assertEquals(200, c.read().status());
        }
    }

    @Test
    void stalledClientsAreDroppedAfterTheReadTimeout() throws Exception {
        ((KilnHttpServer) server).setLimits(HttpLimits.DEFAULT.withReadTimeoutMillis(300));
        server.start();
        try (RawClient slow = new RawClient(addr)) {
            slow.send("GET / HTTP/1.1\r\nHost: x\r\n"); // never finishes its head
            long t0 = System.nanoTime();
            assertTrue(slow.closedByServer());
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        }
        try (RawClient c = new RawClient(addr)) {
            c.send("GET / HTTP/1.1\r\n\r\n");
            assertEquals(200, c.read().status());
        }
    }

    @Test
    void handlerExceptionGives500AndClosesTheConnection() throws Exception {
        server.start();
        try (RawClient c = new RawClient(addr)) {
            c.send("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n");
            RawClient.Response r = c.read();
            assertEquals(500, r.status());
            assertTrue(c.closedByServer());
        }
        try (RawClient c = new RawClient(addr)) {
            c.send("GET / HTTP/1.1\r\n\r\n");
            assertEquals(200, c.read().status());
        }
    }

    @Test
    void fixedLengthIsEnforced() throws Exception {
        List<String> seen = new ArrayList<>();
        server.createContext("/short", ex -> {
            ex.sendResponseHeaders(200, 5);
            OutputStream os = ex.getResponseBody();
            try {
                os.write(new byte[6]);
            } catch (IOException e) {
                seen.add(e.getMessage());
            }
            os.write(new byte[2]);
            try {
                os.close();
            } catch (IOException e) {
                seen.add(e.getMessage());
            }
        });
        server.start();
        try (RawClient c = new RawClient(addr)) {
            c.send("GET /short HTTP/1.1\r\n\r\n");
            // The declared 5 bytes never all arrive: the server closes the connection after 2.
            String all = new String(c.in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(all.startsWith("HTTP/1.1 200 OK\r\n"), all);
            assertTrue(all.contains("Content-length: 5\r\n"), all);
            assertTrue(all.endsWith("\r\n\r\n\0\0"), all);
        }
        assertEquals(List.of("too many bytes to write to stream", "insufficient bytes written to stream"), seen);
    }

    @Test
    void executorWithConcurrentClientsAndFilters() throws Exception {
        pool = Executors.newFixedThreadPool(8);
        server.setExecutor(pool);
        assertEquals(pool, server.getExecutor());
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch together = new CountDownLatch(4);
        var ctx = server.createContext("/slow", ex -> {
            threads.add(Thread.currentThread().getName());
            together.countDown();
            try {
                // Only completes if 4 handlers run at the same time: proves the executor is used.
                assertTrue(together.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            byte[] b = ((String) ex.getAttribute("tag")).getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        ctx.getFilters().add(Filter.beforeHandler("tag", ex -> ex.setAttribute("tag", "tagged")));
        server.start();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fs.add(clients.submit(() -> client.send(HttpRequest.newBuilder(URI.create(url("/slow"))).build(),
                        HttpResponse.BodyHandlers.ofString()).body()));
            }
            for (Future<String> f : fs) {
                assertEquals("tagged", f.get(20, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(4, threads.size());
        assertThrows(IllegalStateException.class, () -> server.setExecutor(null));
    }

    @Test
    void defaultExecutorRunsHandlersOnTheDispatcherThreadWhileAccepting() throws Exception {
        List<String> names = new ArrayList<>();
        server.createContext("/who", ex -> {
            names.add(Thread.currentThread().getName());
            ex.sendResponseHeaders(200, -1);
        });
        server.start();
        // An idle keep-alive connection must not stop other connections from being served.
        try (RawClient idle = new RawClient(addr); RawClient c = new RawClient(addr)) {
            idle.send("GET / HTTP/1.1\r\n\r\n");
            assertEquals(200, idle.read().status());
            c.send("GET /who HTTP/1.1\r\n\r\n");
            assertEquals(200, c.read().status());
        }
        assertEquals(List.of("HTTP-Dispatcher"), names);
    }

    @Test
    void stopEndsServingAndRejectsBadArguments() throws Exception {
        server.start();
        assertThrows(IllegalStateException.class, server::start);
        assertThrows(IllegalArgumentException.class, () -> server.stop(-1));
        server.stop(1);
        assertThrows(IOException.class, () -> {
            try (RawClient c = new RawClient(addr)) {
                c.send("GET / HTTP/1.1\r\n\r\n");
                if (c.read() == null) {
                    throw new IOException("closed");
                }
            }
        });
    }

    @Test
    void contextsMatchByLongestPlainPrefix() throws Exception {
        server.createContext("/echo/deeper", TestHandlers.HELLO);
        assertThrows(IllegalArgumentException.class, () -> server.createContext("/echo", TestHandlers.HELLO));
        assertThrows(IllegalArgumentException.class, () -> server.createContext("noslash"));
        server.start();
        try (RawClient c = new RawClient(addr)) {
            c.send("GET /echoing HTTP/1.1\r\n\r\n"); // plain string prefix, as the JDK
            assertEquals("GET /echoing /echo body=", c.read().body());
            c.send("GET /echo/deeper/x HTTP/1.1\r\n\r\n");
            assertEquals("hello", c.read().body());
        }
        server.removeContext("/echo/deeper");
        assertThrows(IllegalArgumentException.class, () -> server.removeContext("/echo/deeper"));
    }
}
