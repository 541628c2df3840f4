import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Guest side of the network tests: an echo server on port 7 (every byte a client sends comes back;
 * a thread per connection) and a tiny HTTP responder on port 8080 answering every request with
 * "kiln net ok <n>" and closing; GET /resolve/NAME answers what InetAddress.getByName(NAME) gives
 * (through the stack's DNS resolver); a request for /stop is answered "stopping" and ends the program
 * (status 0), so a test can stop it cleanly. Prints "ready" on stdout once both ports listen.
 */
public class Main {
    public static void main(String[] args) throws IOException {
        ServerSocket echo = new ServerSocket(7);
        ServerSocket http = new ServerSocket(8080);
        Thread.ofPlatform().name("echo-acceptor").start(() -> acceptLoop(echo));
        System.out.println("ready");
        int n = 0;
        boolean stop = false;
        while (!stop) {
            try (Socket s = http.accept()) {
                InputStream in = s.getInputStream();
                // Read the request head (up to the blank line).
                StringBuilder head = new StringBuilder();
                int state = 0;
                while (state < 4) {
                    int c = in.read();
                    if (c < 0) {
                        break;
                    }
                    head.append((char) c);
                    state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
                }
                if (state < 4) {
                    continue; // the client closed without a complete request
                }
                String request = head.toString();
                stop = request.startsWith("GET /stop ");
                String text = stop ? "stopping\n" : "kiln net ok " + (++n) + "\n";
                if (request.startsWith("GET /resolve/")) {
                    String name = request.substring(13, request.indexOf(' ', 13));
                    try {
                        text = java.net.InetAddress.getByName(name) + "\n";
                    } catch (java.net.UnknownHostException e) {
                        text = e + "\n";
                    }
                }
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(body);
            }
        }
        System.out.println("answered " + n + " HTTP requests");
        System.exit(0);
    }

    private static void acceptLoop(ServerSocket server) {
        for (;;) {
            try {
                Socket s = server.accept();
                Thread.ofPlatform().name("echo").start(() -> echo(s));
            } catch (IOException e) {
                System.out.println("accept failed: " + e);
                return;
            }
        }
    }

    private static void echo(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            byte[] buf = new byte[16384];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            System.out.println("echo failed: " + e);
        }
    }
}
