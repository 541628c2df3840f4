package kiln.cli.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run of QEMU: listens on the two console sockets, starts QEMU, forwards guest output live and
 * byte for byte (COM1 to out, COM2 to err), collects QEMU's own messages separately (never shown
 * unless QEMU fails), starts forwarding standard input to COM1 when the guest asks for it, and reads
 * the exit status from the control channel COM3 (protocol in docs/boot.md).
 */
final class QemuBoot {
    /** What happened; exactly one of status / timedOut / the failure fields explains the end. */
    record Result(Integer status, boolean timedOut, int qemuExit, long guestBytes, boolean kvmInternalError,
                  List<String> qemuMessages) {}

    private static final Pattern EXIT_LINE = Pattern.compile("(?m)^kiln-exit (\\d{1,3})$");
    private static final int MAX_MESSAGES = 50;

    static Result run(Path qemu, RunOptions o, boolean kvm, String cmdline, InputStream in, PrintStream out,
                      PrintStream err) throws IOException, InterruptedException {
        Path dir = tempDir();
        try {
            return run(dir, qemu, o, kvm, cmdline, in, out, err);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    @SuppressWarnings("try") // the servers are closed early on purpose, see below
    private static Result run(Path dir, Path qemu, RunOptions o, boolean kvm, String cmdline, InputStream in,
                              PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Path com1 = dir.resolve("com1"), com2 = dir.resolve("com2"), control = dir.resolve("control");
        AtomicLong guestBytes = new AtomicLong();
        try (ServerSocketChannel s1 = listen(com1); ServerSocketChannel s2 = listen(com2);
             ServerSocketChannel s3 = listen(control)) {
            List<String> cmd = QemuCommand.build(qemu, o, kvm, com1, com2, control, cmdline);
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            // kiln stopped by a signal (kill PID, Ctrl-C): the machine stops with it.
            Thread stopGuest = new Thread(p::destroyForcibly, "kiln-run-stop-qemu");
            Runtime.getRuntime().addShutdownHook(stopGuest);
            CompletableFuture<SocketChannel> com1Channel = new CompletableFuture<>();
            Thread t1 = pump(s1, out, guestBytes, "com1", com1Channel);
            Thread t2 = pump(s2, err, guestBytes, "com2", null);
            ControlChannel ctl = new ControlChannel(s3, () -> com1Channel.thenAccept(c -> forwardInput(in, c)));
            List<String> messages = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean internalError = new AtomicBoolean();
            Thread diag = Thread.ofPlatform().daemon().name("kiln-run-qemu-messages").start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (messages.size() < MAX_MESSAGES) messages.add(line);
                        // QEMU pauses the VM after a KVM internal error instead of exiting.
                        if (line.contains("KVM internal error")) {
                            internalError.set(true);
                            p.destroyForcibly();
                        }
                    }
                } catch (IOException e) {
                    // QEMU is gone; its messages end here
                }
            });

            boolean finished = o.timeoutSeconds() > 0 ? p.waitFor(o.timeoutSeconds(), TimeUnit.SECONDS) : waitAll(p);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopGuest);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: QEMU is being stopped anyway
            }
            // QEMU closed its ends of the sockets: the pumps see end of stream. Closing the servers
            // also ends a pump whose connection never came (QEMU failed before connecting).
            s1.close();
            s2.close();
            s3.close();
            com1Channel.cancel(false);
            t1.join();
            t2.join();
            String controlText = ctl.finish();
            diag.join(2000);
            out.flush();
            err.flush();
            Integer status = null;
            if (finished) {
                Matcher m = EXIT_LINE.matcher(controlText);
                if (m.find()) status = Integer.parseInt(m.group(1)) & 0xff;
            }
            return new Result(status, !finished, finished ? p.exitValue() : -1, guestBytes.get(), internalError.get(),
                    List.copyOf(messages));
        }
    }

    private static boolean waitAll(Process p) throws InterruptedException {
        p.waitFor();
        return true;
    }

    private static ServerSocketChannel listen(Path path) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(path));
        return s;
    }

    /**
     * Accepts QEMU's connection and copies everything to dst, flushing after each read; hands the
     * connection to {@code accepted} (if given) so standard input can be written to it.
     */
    private static Thread pump(ServerSocketChannel server, OutputStream dst, AtomicLong count, String name,
                               CompletableFuture<SocketChannel> accepted) {
        return Thread.ofPlatform().daemon().name("kiln-run-" + name).start(() -> {
            try (SocketChannel c = server.accept()) {
                if (accepted != null) {
                    accepted.complete(c);
                }
                ByteBuffer buf = ByteBuffer.allocate(65536);
                while (c.read(buf) >= 0) {
                    buf.flip();
                    count.addAndGet(buf.remaining());
                    dst.write(buf.array(), 0, buf.remaining());
                    dst.flush();
                    buf.clear();
                }
            } catch (IOException e) {
                // server closed before QEMU connected, or QEMU went away: nothing more to copy
            }
        });
    }

    /**
     * Copies the host's standard input to the guest's COM1 receive side, escaped so the guest can
     * see where it ends (docs/boot.md): a data byte 0xFF goes as 0xFF 0xFF, the end as 0xFF 0x00.
     */
    private static void forwardInput(InputStream in, SocketChannel c) {
        Thread.ofPlatform().daemon().name("kiln-run-stdin").start(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    c.write(ByteBuffer.wrap(escape(buf, n)));
                }
                c.write(ByteBuffer.wrap(new byte[] {(byte) 0xff, 0x00}));
            } catch (IOException e) {
                // the guest is gone, or our input failed: nothing more to forward
            }
        });
    }

    static byte[] escape(byte[] buf, int n) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(n + 16);
        for (int i = 0; i < n; i++) {
            b.write(buf[i]);
            if (buf[i] == (byte) 0xff) {
                b.write(0xff);
            }
        }
        return b.toByteArray();
    }

    /** A private directory for the sockets; Unix socket paths must stay under ~100 bytes. */
    private static Path tempDir() throws IOException {
        Path d = Files.createTempDirectory("kiln-run-");
        if (d.resolve("com1").toString().length() > 100) {
            Files.delete(d);
            d = Files.createTempDirectory(Path.of("/tmp"), "kiln-run-");
        }
        return d;
    }
}
