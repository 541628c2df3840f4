package kiln.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kiln.cli.build.BuildCommand;
import kiln.cli.run.RunCommand;

/**
 * {@code kiln demo}: builds examples/hello-http (a plain com.sun.net.httpserver application),
 * boots it with user-mode networking forwarding 127.0.0.1:PORT to the guest's port 8080, waits for
 * its first HTTP answer, prints the URL and the time from launch to that answer, and keeps serving
 * until Ctrl-C (or until the kiln process is killed; QEMU stops with it).
 */
public final class DemoCommand {
    private DemoCommand() {}

    static final String USAGE = "usage: kiln demo [--port PORT] [--accel auto|kvm|tcg] [--mem SIZE]\n";
    private static final int GUEST_PORT = 8080;
    private static final long FIRST_ANSWER_TIMEOUT_NANOS = 60_000_000_000L;

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        int port = 8080;
        List<String> runArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--port" -> {
                    String v = i + 1 < args.size() ? args.get(++i) : "";
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        port = -1;
                    }
                    if (port < 1 || port > 65535) {
                        err.println("kiln: error: --port expects a TCP port 1..65535, got '" + v + "'");
                        return 2;
                    }
                }
                case "--accel", "--mem" -> {
                    if (i + 1 >= args.size()) {
                        err.println("kiln: error: " + a + " needs a value");
                        return 2;
                    }
                    runArgs.add(a);
                    runArgs.add(args.get(++i));
                }
                case "--verbose" -> {
                }
                default -> {
                    err.println("kiln: error: unknown demo option '" + a + "'");
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        String busy = portInUse(port);
        if (busy != null) {
            err.println("kiln: error: 127.0.0.1:" + port + " is already in use on this host (" + busy
                    + "); choose another with kiln demo --port N");
            return 2;
        }
        Path home = BuildCommand.kilnHome();
        Path app = home.resolve("examples/hello-http");
        Path image;
        try {
            Path dir = home.resolve("target/demo");
            Files.createDirectories(dir);
            image = dir.resolve("hello-http.elf");
        } catch (IOException e) {
            err.println("kiln: error: cannot create " + home.resolve("target/demo") + ": " + e.getMessage());
            return 2;
        }
        err.println("kiln: demo: building " + home.relativize(app) + " (a com.sun.net.httpserver app)");
        int built = BuildCommand.run(List.of(app.toString(), "-o", image.toString()), out, err);
        if (built != 0) {
            return built;
        }
        List<String> cmd = new ArrayList<>(List.of(image.toString(),
                "--net", "user:hostfwd=tcp:127.0.0.1:" + port + "-:" + GUEST_PORT));
        cmd.addAll(runArgs);
        long launched = System.nanoTime();
        AtomicInteger status = new AtomicInteger(-1);
        Thread guest = Thread.ofPlatform().name("kiln-demo-guest").start(
                () -> status.set(RunCommand.run(cmd, InputStream.nullInputStream(), out, err)));
        String url = "http://localhost:" + port + "/";
        long answeredAt = waitForAnswer(port, guest, launched);
        if (answeredAt < 0) {
            joinQuietly(guest);
            if (status.get() >= 0) {
                err.println("kiln: error: the demo unikernel stopped before answering (exit status " + status.get() + ")");
                return status.get() == 0 ? 1 : status.get();
            }
            err.println("kiln: error: no HTTP answer from " + url + " within 60 s");
            return 1;
        }
        err.printf("kiln: demo: serving %s — first response %.0f ms after launch; try: curl %s   (Ctrl-C stops it)%n",
                url, (answeredAt - launched) / 1e6, url);
        joinQuietly(guest);
        return status.get();
    }

    /** Who holds the port, or null if it is free (binding to it is the only reliable test). */
    private static String portInUse(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /**
     * Polls GET / until a complete HTTP response arrives; returns its time (nanoTime) or -1 if the
     * guest ended first or the timeout passed. QEMU's user-mode network accepts connections on the
     * forwarded port at once, before the guest listens, so only an answer counts.
     */
    private static long waitForAnswer(int port, Thread guest, long launched) {
        while (guest.isAlive() && System.nanoTime() - launched < FIRST_ANSWER_TIMEOUT_NANOS) {
            if (answers(port)) {
                return System.nanoTime();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            s.setSoTimeout(1000);
            OutputStream o = s.getOutputStream();
            o.write(("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            byte[] head = s.getInputStream().readNBytes(12);
            return new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
