import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A plain com.sun.net.httpserver application: the same source runs on HotSpot (java Main.java) and,
 * built by Kiln, as a unikernel. GET / answers "Hello from Kiln!"; GET /count counts requests.
 */
public class Main {
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        int[] requests = {0};
        server.createContext("/", exchange -> {
            byte[] body = "Hello from Kiln!\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/count", exchange -> {
            int n;
            synchronized (requests) {
                n = ++requests[0];
            }
            byte[] body = (n + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("listening on port " + port);
    }
}
