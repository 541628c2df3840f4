package kiln.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code kiln run <image> [--mem SIZE] [--accel auto|kvm|tcg] [--timeout SECONDS] [--machine microvm]
 * [-- args...]}: boots a Kiln image on QEMU and ends with the guest's exit status.
 *
 * <p>Exit codes: the guest's status 0..255 (134 when it crashed, after its crash report);
 * {@value #EXIT_USAGE} for a bad command line or image; {@value #EXIT_TIMEOUT} when --timeout
 * expired; {@value #EXIT_QEMU} when QEMU is missing or failed; {@value #EXIT_CRASH} also when the
 * guest stopped without reporting a status (a reset). See docs/boot.md.
 */
public final class RunCommand {
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_TIMEOUT = 124;
    public static final int EXIT_QEMU = 125;
    public static final int EXIT_CRASH = 134;

    private RunCommand() {}

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv());
    }

    /** As {@link #run(List, InputStream, PrintStream, PrintStream)}, with the environment (PATH, KILN_QEMU) given. */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        RunOptions o;
        try {
            o = RunOptions.parse(args);
        } catch (UsageException e) {
            err.println("kiln run: " + e.getMessage());
            return EXIT_USAGE;
        }
        String imageProblem = ImageCheck.problem(o.image());
        if (imageProblem != null) {
            err.println("kiln run: " + imageProblem);
            return EXIT_USAGE;
        }
        String unencodable = unencodableArgument(o.guestArgs());
        if (unencodable != null) {
            err.println("kiln run: argument '" + unencodable + "' cannot be passed to QEMU in this locale"
                    + " (file name encoding " + jnuCharset() + "); set LANG=C.UTF-8");
            return EXIT_USAGE;
        }
        Path qemu = findQemu(env);
        if (qemu == null) {
            err.println("kiln run: " + QemuCommand.QEMU + " not found on PATH; install it with: apt-get install -y qemu-system-x86");
            return EXIT_QEMU;
        }

        boolean kvm = switch (o.accel()) {
            case KVM -> true;
            case TCG -> false;
            case AUTO -> Accelerator.kvmUnusableReason() == null;
        };
        String cmdline = BootWords.cmdline(o.properties(), o.guestArgs());
        try {
            QemuBoot.Result r = boot(qemu, o, kvm, cmdline, in, out, err);
            if (kvm && o.accel() == RunOptions.Accel.AUTO && r.status() == null && !r.timedOut()
                    && r.guestBytes() == 0 && (r.kvmInternalError() || r.qemuExit() != 0)) {
                // KVM did not get the guest going; nothing was shown yet, so booting again
                // cannot duplicate output.
                err.println("kiln: KVM could not run the guest (" + firstMessage(r) + "); retrying with TCG");
                r = boot(qemu, o, false, cmdline, in, out, err);
            }
            return finish(r, o, err);
        } catch (IOException e) {
            err.println("kiln run: cannot run QEMU: " + e.getMessage());
            return EXIT_QEMU;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("kiln run: interrupted");
            return EXIT_QEMU;
        }
    }

    private static QemuBoot.Result boot(Path qemu, RunOptions o, boolean kvm, String cmdline, InputStream in,
                                        PrintStream out, PrintStream err) throws IOException, InterruptedException {
        err.println("kiln: booting " + o.image().getFileName() + " on QEMU " + o.machine() + " ("
                + (kvm ? "KVM" : "TCG") + "), " + o.memText());
        return QemuBoot.run(qemu, o, kvm, cmdline, in, out, err);
    }

    private static int finish(QemuBoot.Result r, RunOptions o, PrintStream err) {
        if (r.timedOut()) {
            err.println("kiln: guest did not finish within " + o.timeoutSeconds() + " s");
            return EXIT_TIMEOUT;
        }
        if (r.status() != null) return r.status();
        if (r.kvmInternalError()) {
            err.println("kiln: KVM failed while running the guest (" + firstMessage(r) + "); try --accel tcg");
            printMessages(r, err);
            return EXIT_QEMU;
        }
        if (r.qemuExit() != 0 && !r.qemuMessages().isEmpty()) {
            err.println("kiln: QEMU failed (exit code " + r.qemuExit() + "):");
            printMessages(r, err);
            return EXIT_QEMU;
        }
        err.println("kiln: the guest stopped without reporting an exit status (reset or triple fault; QEMU exit code "
                + r.qemuExit() + ")");
        printMessages(r, err);
        return EXIT_CRASH;
    }

    private static String firstMessage(QemuBoot.Result r) {
        return r.qemuMessages().isEmpty() ? "QEMU exit code " + r.qemuExit() : r.qemuMessages().getFirst().strip();
    }

    private static void printMessages(QemuBoot.Result r, PrintStream err) {
        for (String m : r.qemuMessages()) err.println("  qemu: " + m);
    }

    /** KILN_QEMU if set, else qemu-system-x86_64 on PATH; null when there is none. */
    static Path findQemu(Map<String, String> env) {
        String explicit = env.get("KILN_QEMU");
        if (explicit != null && !explicit.isEmpty()) {
            Path p = Path.of(explicit);
            return Files.isExecutable(p) ? p : null;
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, QemuCommand.QEMU);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** The JVM passes process arguments in sun.jnu.encoding; an argument it cannot encode would be mangled. */
    private static String unencodableArgument(List<String> args) {
        var enc = jnuCharset().newEncoder();
        for (String a : args) {
            if (!enc.canEncode(a)) return a;
        }
        return null;
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
