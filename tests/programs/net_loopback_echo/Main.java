import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;

/** A line-echo server and client over 127.0.0.1 in one program, plus the usual socket errors. */
public class Main {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0);
        int port = server.getLocalPort();
        System.out.println("bound: " + server.isBound() + ", port in range: " + (port > 0 && port < 65536));
        Thread echo = new Thread(() -> {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true);
                // Told to the client, which prints it: output order must not depend on thread timing.
                out.println("server: accepted from " + s.getInetAddress());
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line.toUpperCase() + " (" + line.length() + ")");
                }
                System.out.println("server: client closed its side");
            } catch (IOException e) {
                System.out.println("server failed: " + e);
            }
        }, "echo");
        echo.start();

        try (Socket c = new Socket("localhost", port)) {
            System.out.println("client: connected=" + c.isConnected() + " to " + c.getInetAddress() + " remote port ok=" + (c.getPort() == port));
            c.setTcpNoDelay(true);
            System.out.println("client: nodelay=" + c.getTcpNoDelay() + " timeout=" + c.getSoTimeout());
            PrintWriter out = new PrintWriter(new OutputStreamWriter(c.getOutputStream(), StandardCharsets.UTF_8), true);
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
            System.out.println(in.readLine());
            String[] words = {"hello", "unikernel", "grüße", "", "a much longer line ".repeat(400)};
            for (String w : words) {
                out.println(w);
                String reply = in.readLine();
                System.out.println("client: " + (reply.length() > 60 ? reply.substring(0, 30) + "..." + reply.substring(reply.length() - 10) : reply));
            }
            c.shutdownOutput();
            System.out.println("client: after shutdownOutput read " + in.readLine());
        }
        echo.join();

        // A large transfer one way, checked by a sum.
        Thread sink = new Thread(() -> {
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                long sum = 0, n = 0;
                byte[] buf = new byte[4096];
                for (int r; (r = in.read(buf)) > 0; ) {
                    for (int i = 0; i < r; i++) {
                        sum = sum * 31 + buf[i];
                    }
                    n += r;
                }
                System.out.println("sink: " + n + " bytes, sum " + sum);
            } catch (IOException e) {
                System.out.println("sink failed: " + e);
            }
        });
        sink.start();
        try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = c.getOutputStream()) {
            byte[] block = new byte[10_000];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (i * 7);
            }
            for (int i = 0; i < 300; i++) {
                out.write(block, 0, block.length - i);
            }
        }
        sink.join();

        // Errors.
        server.setSoTimeout(50);
        try {
            server.accept();
        } catch (SocketTimeoutException e) {
            System.out.println("accept: " + e);
        }
        server.close();
        System.out.println("closed: " + server.isClosed());
        try {
            new Socket("127.0.0.1", port);
        } catch (ConnectException e) {
            System.out.println("connect: " + e);
        }
        try {
            server.accept();
        } catch (SocketException e) {
            System.out.println("accept after close: " + e);
        }
        try (ServerSocket s2 = new ServerSocket(0)) {
            try {
                new ServerSocket(s2.getLocalPort());
            } catch (BindException e) {
                System.out.println("bind: " + e.getClass().getName());
            }
            Thread t = new Thread(() -> {
                try (Socket s = s2.accept()) {
                    Thread.sleep(300);
                } catch (Exception e) {
                    System.out.println("acceptor failed: " + e);
                }
            });
            t.start();
            try (Socket c = new Socket("127.0.0.1", s2.getLocalPort())) {
                c.setSoTimeout(100);
                c.getInputStream().read();
            } catch (SocketTimeoutException e) {
                System.out.println("read: " + e);
            }
            t.join();
        }
        InetSocketAddress a = new InetSocketAddress("127.0.0.1", 8080);
        System.out.println(a + " " + a.getHostString() + " " + a.isUnresolved());
        System.out.println(InetSocketAddress.createUnresolved("example.invalid", 80));
        System.out.println(new InetSocketAddress(9000) + " " + InetAddress.getByName("10.0.2.15") + " " + InetAddress.getByName("localhost"));
        System.out.println(InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 1, 2}).isSiteLocalAddress());
    }
}
