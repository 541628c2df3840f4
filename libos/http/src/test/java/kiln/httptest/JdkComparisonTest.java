package kiln.httptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The same handlers on Kiln's server (this JVM, patched module) and on the JDK's own server (a child
 * JVM without the patch): the responses must agree in status line, header names (in the JDK's
 * spelling, e.g. "Content-length") and values except Date, and body.
 */
class JdkComparisonTest {
    private static final String[] REQUESTS = {
            "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /echo/a?mode=fixed HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST /echo?mode=chunked HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd",
            "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nxyz\r\n0\r\n\r\n",
            "GET /echo?mode=empty HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /echo?mode=nobody HTTP/1.1\r\nHost: x\r\n\r\n",
            "HEAD /echo HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /echo?mode=close HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /echo?mode=chunked HTTP/1.0\r\n\r\n",
            "GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    };

    @Test
    void kilnAnswersLikeTheJdk() throws Exception {
        HttpServer kiln = TestHandlers.compareServer();
        assertEquals("kiln.http.KilnHttpServer", kiln.getClass().getName());
        kiln.start();
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process jdk = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TestHandlers.class.getName()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(jdk.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            assertTrue(line != null && line.startsWith("PORT "), String.valueOf(line));
            String[] parts = line.split(" ");
            assertTrue(parts[2].startsWith("sun.net.httpserver."), "child must run the JDK's server: " + line);
            InetSocketAddress jdkAddr = new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[1]));
            for (String req : REQUESTS) {
                boolean head = req.startsWith("HEAD");
                assertEquals(exchange(jdkAddr, req, head), exchange(kiln.getAddress(), req, head), req);
            }
        } finally {
            jdk.getOutputStream().close();
            jdk.waitFor();
            kiln.stop(0);
        }
    }

    /** Status line, headers (without Date, as a sorted map of name -> values) and body, as one string. */
    private static String exchange(InetSocketAddress addr, String request, boolean head) throws Exception {
        try (RawClient c = new RawClient(addr)) {
            c.send(request);
            String status = c.readLine();
            Map<String, List<String>> headers = new TreeMap<>();
            String l;
            while (!(l = c.readLine()).isEmpty()) {
                int colon = l.indexOf(':');
                headers.computeIfAbsent(l.substring(0, colon), k -> new ArrayList<>()).add(l.substring(colon + 1).trim());
            }
            assertTrue(headers.containsKey("Date"), request);
            headers.remove("Date");
            String body = "";
            if (!head && !status.contains(" 204 ")) {
                if (headers.containsKey("Transfer-encoding")) {
                    StringBuilder sb = new StringBuilder();
                    int n;
                    while ((n = Integer.parseInt(c.readLine(), 16)) > 0) {
                        sb.append(new String(c.in.readNBytes(n), StandardCharsets.ISO_8859_1));
                        c.readLine();
                    }
                    c.readLine();
                    body = sb.toString();
                } else if (headers.containsKey("Content-length")) {
                    body = new String(c.in.readNBytes(Integer.parseInt(headers.get("Content-length").get(0))),
                            StandardCharsets.ISO_8859_1);
                } else {
                    body = new String(c.in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
            return status + "\n" + headers + "\n" + body;
        }
    }
}
