import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Host-side client of bench/net/run.sh (runs on HotSpot, compiled once per run):
 * <ul>
 * <li>{@code first TIMEOUT_S LOG CMD...}: starts CMD (every argument "{PORT}" replaced by a port that
 * is free now), polls GET / on 127.0.0.1:PORT with real HTTP requests until one is answered 200,
 * prints the nanoseconds from launch to that answer, then stops CMD and its descendants by PID.
 * QEMU's user-mode network accepts a forwarded connection before the guest listens (and then closes
 * it), so only a complete 200 answer counts, never a successful connect.
 * <li>{@code load HOST PORT REQUESTS CONNECTIONS}: sends REQUESTS keep-alive GET / requests over
 * CONNECTIONS connections and prints "ok=N bad=N errors=N seconds=S" (bad: a status other than 2xx;
 * errors: a connection that failed, after which the client reconnects; it gives up after 50 errors
 * or 10 minutes, so ok &lt; REQUESTS then).
 * <li>{@code freeport}: prints a TCP port that is free on 127.0.0.1 now.
 * </ul>
 */
public class NetBench {
    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "first" -> first(Long.parseLong(args[1]), new File(args[2]), List.of(args).subList(3, args.length));
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "freeport" -> System.out.println(freePort());
            default -> {
                System.err.println("usage: NetBench first TIMEOUT_S LOG CMD... | load HOST PORT REQUESTS CONNECTIONS | freeport");
                System.exit(2);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    // ---- first response ----

    /** A new attempt starts this often while none has been answered. */
    private static final long ATTEMPT_EVERY_NANOS = 2_000_000L;
    private static final int MAX_IN_FLIGHT = 200;

    private static void first(long timeoutSeconds, File log, List<String> template) throws Exception {
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        for (String a : template) {
            cmd.add(a.replace("{PORT}", Integer.toString(port)));
        }
        AtomicLong answered = new AtomicLong(-1);
        AtomicInteger inFlight = new AtomicInteger();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            // Attempts overlap: under user-mode networking QEMU accepts the host connection at once
            // and sends its own SYN to the guest; a SYN sent before the guest's device is up is only
            // retransmitted seconds later (slirp's backoff), so one attempt at a time would measure
            // that backoff. A fresh attempt every 2 ms reaches the guest as soon as it listens.
            long deadline = t0 + timeoutSeconds * 1_000_000_000L;
            while (answered.get() < 0 && p.isAlive() && System.nanoTime() < deadline) {
                if (inFlight.get() < MAX_IN_FLIGHT) {
                    inFlight.incrementAndGet();
                    Thread.ofVirtual().start(() -> {
                        if (answers200(port)) {
                            answered.compareAndSet(-1, System.nanoTime());
                        }
                        inFlight.decrementAndGet();
                    });
                }
                Thread.sleep(ATTEMPT_EVERY_NANOS / 1_000_000);
            }
        } finally {
            stop(p);
        }
        if (answered.get() < 0) {
            System.err.println("NetBench: no HTTP 200 from 127.0.0.1:" + port + " within " + timeoutSeconds
                    + " s (process " + (p.isAlive() ? "still running" : "ended with " + p.exitValue()) + "); log: " + log);
            System.exit(1);
        }
        System.out.println(answered.get() - t0);
    }

    /** One GET / with Connection: close; true only for a complete "HTTP/1.x 200" response head. */
    private static boolean answers200(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            s.setSoTimeout(30_000); // the first request under TCG translates the whole HTTP path
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String head = readHead(s.getInputStream());
            return head != null && head.matches("(?s)HTTP/1\\.[01] 200 .*");
        } catch (IOException notYet) {
            return false; // refused, or accepted by QEMU and closed because nothing listens in the guest yet
        }
    }

    /** Stops a process: its descendants first (kiln run's QEMU), then itself, each by PID. */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> kids = p.descendants().toList();
        p.destroy();
        for (ProcessHandle k : kids) {
            k.destroy();
        }
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
        for (ProcessHandle k : kids) {
            if (k.isAlive()) {
                k.destroyForcibly();
            }
        }
    }

    // ---- load ----

    /** A server that fails this often, or takes this long, is not going to serve the rest. */
    private static final int MAX_ERRORS = 50;
    private static final long MAX_LOAD_NANOS = 600_000_000_000L;

    private static void load(String host, int port, int requests, int connections) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger(), bad = new AtomicInteger(), errors = new AtomicInteger();
        String[] firstError = new String[1];
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                Socket s = null;
                InputStream in = null;
                while (next.getAndIncrement() < requests && errors.get() < MAX_ERRORS
                        && System.nanoTime() - t0 < MAX_LOAD_NANOS) {
                    try {
                        if (s == null) {
                            s = new Socket();
                            s.connect(new InetSocketAddress(host, port), 5000);
                            s.setSoTimeout(10_000);
                            in = new BufferedInputStream(s.getInputStream());
                        }
                        int status = keepAliveGet(s, in, host, port);
                        (Math.abs(status) / 100 == 2 ? ok : bad).incrementAndGet();
                        if (status < 0) { // the server closes this connection: open another, as a browser would
                            close(s);
                            s = null;
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.toString();
                            }
                        }
                        close(s);
                        s = null;
                    }
                }
                close(s);
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("ok=%d bad=%d errors=%d seconds=%.2f%s%n", ok.get(), bad.get(), errors.get(),
                (System.nanoTime() - t0) / 1e9, firstError[0] == null ? "" : " first-error=" + firstError[0].replace(' ', '_'));
    }

    /**
     * One keep-alive GET /; returns the status after reading the whole body (Content-Length),
     * negated when the response says "Connection: close".
     */
    private static int keepAliveGet(Socket s, InputStream in, String host, int port) throws IOException {
        OutputStream o = s.getOutputStream();
        o.write(("GET / HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = readHead(in);
        if (head == null) {
            throw new IOException("connection closed before a response");
        }
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + lines[0]);
        }
        long length = -1;
        boolean closes = false;
        for (String l : lines) {
            int colon = l.indexOf(':');
            String name = colon > 0 ? l.substring(0, colon).trim() : "";
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(l.substring(colon + 1).trim());
            } else if (name.equalsIgnoreCase("Connection")) {
                closes = l.substring(colon + 1).trim().equalsIgnoreCase("close");
            }
        }
        if (length < 0) {
            throw new IOException("response without Content-Length: " + lines[0]);
        }
        in.skipNBytes(length); // EOFException (an IOException) if the body is short
        int status = Integer.parseInt(statusLine[1]);
        return closes ? -status : status;
    }

    /** The response head up to (not including) the blank line, or null at end of stream before it. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        int state = 0; // how much of CR LF CR LF has been seen
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            b.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1
                    : c == '\r' ? 1 : 0;
            if (b.size() > 65536) {
                throw new IOException("response head too long");
            }
        }
        String h = b.toString(StandardCharsets.ISO_8859_1);
        return h.substring(0, h.length() - 4);
    }

    private static void close(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a failed connection
            }
        }
    }
}
