package kiln.httptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.Request;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers, Request.with and the Filter factories of Kiln's com.sun.net.httpserver. */
class ApiTest {
    @Test
    void headersNormaliseKeysAsTheJdk() {
        Headers h = new Headers();
        h.add("content-TYPE", "a");
        h.add("Content-Type", "b");
        assertEquals(List.of("a", "b"), h.get("CONTENT-type"));
        assertEquals("a", h.getFirst("content-type"));
        assertTrue(h.containsKey("Content-type"));
        assertEquals("[Content-type]", h.keySet().toString());
        h.set("content-type", "c");
        assertEquals(List.of("c"), h.get("Content-Type"));
        assertNull(h.getFirst("x"));
        assertEquals(List.of("c"), h.remove("CONTENT-TYPE"));
        assertTrue(h.isEmpty());
        h.put("x", new ArrayList<>(List.of("folded\r\n value")));
        assertThrows(IllegalArgumentException.class, () -> h.add("x", "bad\r\nInjected: 1"));
        assertThrows(IllegalArgumentException.class, () -> h.add("x", "bad\n"));
        assertThrows(IllegalArgumentException.class, () -> h.add("bad\r\nname", "v"));
        assertThrows(NullPointerException.class, () -> h.add(null, "v"));
        assertEquals(new Headers(Map.of("X", List.of("folded\r\n value"))), h);
    }

    @Test
    void unmodifiableHeaders() {
        Headers h = Headers.of("a", "1", "A", "2", "b", "3");
        assertEquals(List.of("1", "2"), h.get("a"));
        assertThrows(UnsupportedOperationException.class, () -> h.add("c", "4"));
        assertThrows(UnsupportedOperationException.class, () -> h.get("a").add("x"));
        assertThrows(IllegalArgumentException.class, () -> Headers.of("odd"));
    }

    @Test
    void requestWithKeepsExistingHeaders() {
        Headers base = new Headers();
        base.add("Host", "h");
        Request r = new Request() {
            public URI getRequestURI() {
                return URI.create("/p");
            }

            public String getRequestMethod() {
                return "GET";
            }

            public Headers getRequestHeaders() {
                return base;
            }
        };
        Request r2 = r.with("host", List.of("other")).with("X-Added", List.of("1"));
        assertEquals("h", r2.getRequestHeaders().getFirst("Host"));
        assertEquals("1", r2.getRequestHeaders().getFirst("x-added"));
        assertFalse(base.containsKey("X-Added"));
    }

    @Test
    void filtersRunInOrderAndAdaptTheRequest() throws Exception {
        List<String> log = new ArrayList<>();
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0, "/",
                ex -> {
                    log.add("handler " + ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Adapted"));
                    ex.sendResponseHeaders(200, 2);
                    try (OutputStream os = ex.getResponseBody()) {
                        os.write("ok".getBytes());
                    }
                },
                Filter.beforeHandler("before", ex -> log.add("before")),
                Filter.adaptRequest("adapt", rq -> rq.with("X-Adapted", List.of("yes"))),
                Filter.afterHandler("after", ex -> log.add("after " + ex.getResponseCode())));
        s.start();
        try (RawClient c = new RawClient(s.getAddress())) {
            c.send("GET / HTTP/1.1\r\n\r\n");
            assertEquals("ok", c.read().body());
        } finally {
            s.stop(0);
        }
        assertEquals(List.of("before", "handler GET yes", "after 200"), log);
        assertEquals("before", Filter.beforeHandler("before", ex -> { }).description());
    }
}
