package kiln.httptest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Handlers used both against Kiln's server and, in a separate JVM without the module patch, against
 * the JDK's own server (see {@link #main}), so their wire behaviour can be compared.
 */
public final class TestHandlers {
    private TestHandlers() {
    }

    /** Echoes method, path, query and the request body; length mode from the "mode" query. */
    public static final HttpHandler ECHO = ex -> {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        String q = ex.getRequestURI().getRawQuery();
        String text = ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                + ex.getHttpContext().getPath() + " body=" + new String(body, StandardCharsets.ISO_8859_1);
        byte[] out = text.getBytes(StandardCharsets.ISO_8859_1);
        ex.getResponseHeaders().add("Content-Type", "text/plain");
        ex.getResponseHeaders().add("x-custom-HEADER", "v1");
        ex.getResponseHeaders().add("X-Custom-Header", "v2");
        if (q != null && q.contains("mode=chunked")) {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out, 0, 3);
                os.flush();
                os.write(out, 3, out.length - 3);
            }
        } else if (q != null && q.contains("mode=empty")) {
            ex.sendResponseHeaders(204, -1);
        } else if (q != null && q.contains("mode=nobody")) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        } else if (q != null && q.contains("mode=close")) {
            ex.getResponseHeaders().set("Connection", "close");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        } else {
            ex.sendResponseHeaders(201, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    };

    public static final HttpHandler HELLO = ex -> {
        byte[] out = "hello".getBytes(StandardCharsets.US_ASCII);
        ex.sendResponseHeaders(200, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    };

    /** Creates the server used for comparisons: /echo and / (hello) on an ephemeral loopback port. */
    public static HttpServer compareServer() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/echo", ECHO);
        s.createContext("/", HELLO);
        return s;
    }

    /** Run in a child JVM (no module patch = the JDK's server); prints the port, stops on stdin EOF. */
    public static void main(String[] args) throws Exception {
        HttpServer s = compareServer();
        s.start();
        System.out.println("PORT " + s.getAddress().getPort() + " " + s.getClass().getName());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our stdin
        }
        s.stop(0);
    }
}
