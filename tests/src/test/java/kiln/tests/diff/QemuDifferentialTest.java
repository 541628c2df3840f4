package kiln.tests.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A chosen subset of the programs, compiled for the {@code kvm} target and booted as unikernels with
 * {@code kiln run IMAGE --accel tcg} (TCG works on every machine; KVM is not needed). The guest's output and
 * exit status must match HotSpot's. Skipped only when qemu-system-x86_64 is not installed.
 *
 * <p>Work files: tests/target/kiln-qemu/NAME/.
 */
class QemuDifferentialTest {

    /** Programs that between them touch boot, console, traps, GC, exceptions, stack guard, exit paths and threads. */
    static final String[] PROGRAMS = {
        "hello_args", "int_arith", "long_arith", "double_arith", "fp_conversions", "int_div_zero",
        "exceptions_basic", "exception_unwind", "class_init_order", "class_init_error", "string_methods",
        "interface_dispatch_many", "array_exceptions", "null_pointer", "stack_overflow", "deep_recursion",
        "binary_trees", "gc_linked", "double_tostring", "exit_42", "uncaught_exception", "indy_lambda",
        // Green threads on the kvm platform: timer interrupts, preemption, idle halt, monitors.
        "threads_basics", "threads_monitors", "threads_preempt", "threads_main_exit",
        // Sockets over the loopback interface of the library OS's TCP/IP stack.
        "net_loopback_echo",
    };

    record Runs(Outcome hotspot, Outcome build, Outcome boot, Path dir, String command) {}

    @TestFactory
    Stream<DynamicTest> kvmImageMatchesHotSpot() throws Exception {
        Assumptions.assumeTrue(onPath("qemu-system-x86_64"),
                "qemu-system-x86_64 is not installed: QEMU boot tests skipped (apt-get install -y qemu-system-x86)");
        int timeout = Programs.intProperty("kiln.test.qemu.timeout", 60);
        List<Path> programs = Programs.named(PROGRAMS);
        return Parallel.tests(programs, program -> run(program, timeout), QemuDifferentialTest::check).stream();
    }

    static Runs run(Path program, int timeout) throws Exception {
        String name = program.getFileName().toString();
        Path dir = Programs.scratch("kiln-qemu", name);
        HotSpot.javac(program, dir.resolve("classes"));
        Outcome hotspot = HotSpot.run(dir.resolve("classes"), dir, Programs.intProperty("kiln.test.timeout", 60));
        Path image = dir.resolve(name + ".elf");
        Outcome build = KilnCli.run("build", program.toString(), "-o", image.toString(), "--target", "kvm");
        String[] runArgs = {"run", image.toString(), "--accel", "tcg", "--timeout", Integer.toString(timeout)};
        Outcome boot = build.exitCode() == 0 ? KilnCli.run(runArgs) : null;
        if (boot != null) {
            Files.write(dir.resolve("qemu.stdout"), boot.stdout());
            Files.write(dir.resolve("qemu.stderr"), boot.stderr());
        }
        return new Runs(hotspot, build, boot, dir, "./kiln " + String.join(" ", runArgs));
    }

    static void check(Path program, Runs r) {
        String name = program.getFileName().toString();
        if (r.build().exitCode() != 0) {
            fail(name + ": kiln build --target kvm failed (exit " + r.build().exitCode() + ")\n" + Compare.clip(r.build().stderrText()));
        }
        Compare.assertSameBehaviour(name, r.hotspot(), r.boot(), r.command(), r.dir().toString());
    }

    static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }
}
