package kiln.cli.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import kiln.compiler.CompileError;
import kiln.compiler.Compiler;

/**
 * `kiln build`: Java sources, classes or a jar in; a PVH ELF (kvm) or a Linux executable out.
 * javac (in-process) → Kiln compiler → gcc → ld.
 */
public final class BuildCommand {
    private BuildCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        String target = "kvm";
        String mainClass = null;
        boolean verbose = false;
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-o" -> output = Path.of(value(args, ++i, a));
                case "--target" -> target = value(args, ++i, a);
                case "--main" -> mainClass = value(args, ++i, a);
                case "--verbose" -> verbose = true;
                case "--keep" -> keep = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new CompileError("unknown build option " + a);
                    }
                    if (input != null) {
                        throw new CompileError("more than one input given (" + input + ", " + a + ")");
                    }
                    input = Path.of(a);
                }
            }
        }
        if (input == null) {
            throw new CompileError("kiln build needs an input: a directory of .java or .class files, or a .jar");
        }
        if (!target.equals("kvm") && !target.equals("linux")) {
            throw new CompileError("unknown target '" + target + "' (choose kvm or linux)");
        }
        if (!Files.exists(input)) {
            throw new CompileError(input + ": no such file or directory");
        }
        if (!Files.isReadable(input)) {
            throw new CompileError(input + ": not readable");
        }
        String base = input.toAbsolutePath().normalize().getFileName().toString().replaceAll("\\.(jar|java)$", "");
        if (output == null) {
            output = Path.of(target.equals("kvm") ? base + ".elf" : base);
        }
        Path home = kilnHome();
        long t0 = System.nanoTime();
        Path work = null;
        try {
            work = Files.createTempDirectory("kiln-build-");
            List<Path> libraries = Libraries.classDirectories(home);
            Path classes = classesOf(input, work, libraries);
            if (mainClass == null && input.toString().endsWith(".jar")) {
                mainClass = manifestMain(input);
            }
            Compiler.Output c = new Compiler(classes, home.resolve("classlib/target/classes"), mainClass, input.toString(),
                    libraries).compile();
            Path cdir = work.resolve("c");
            Files.createDirectories(cdir);
            List<Path> generated = new ArrayList<>();
            for (Map.Entry<String, String> f : c.files().entrySet()) {
                Path p = cdir.resolve(f.getKey());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
                if (p.toString().endsWith(".c")) {
                    generated.add(p);
                }
            }
            if (verbose) {
                err.println("kiln: " + c.classes() + " classes, " + c.methods() + " methods reachable from "
                        + c.mainClass() + ".main; C in " + cdir);
            }
            int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
            List<String> flags = Toolchain.cflags(target, home, work);
            List<Path> objs = new ArrayList<>(Toolchain.compile(generated, work.resolve("obj"), flags,
                    List.of("-w", "-I" + cdir), jobs, work));
            List<Path> runtimeObjs = Toolchain.runtimeObjects(home, target, Toolchain.cflags(target, home, home), jobs);
            objs.addAll(runtimeObjs);
            link(target, home, objs, output.toAbsolutePath());
            long bytes = Files.size(output);
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("kiln: built %s (%s, %s) from %s in %.1f s%n", output, target, kib(bytes), c.mainClass(), secs);
            out.println("kiln:   " + SizeReport.describe(output, generated.size(), c.classes()));
            if (keep || verbose) {
                err.println("kiln: build files kept in " + work);
                work = null;
            }
            return 0;
        } catch (IOException e) {
            throw new CompileError("I/O error: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompileError("interrupted");
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private static String value(List<String> args, int i, String opt) {
        if (i >= args.size()) {
            throw new CompileError(opt + " needs a value");
        }
        return args.get(i);
    }

    static String kib(long bytes) {
        return String.format("%.1f KiB", bytes / 1024.0);
    }

    public static Path kilnHome() {
        String h = System.getProperty("kiln.home");
        if (h == null) {
            throw new CompileError("kiln.home is not set: run kiln through the ./kiln launcher");
        }
        return Path.of(h).toAbsolutePath().normalize();
    }

    /** A classes directory or jar for the compiler; .java sources are compiled with javac first. */
    private static Path classesOf(Path input, Path work, List<Path> libraries) throws IOException {
        if (Files.isRegularFile(input)) {
            if (input.toString().endsWith(".jar")) {
                return input;
            }
            if (input.toString().endsWith(".java")) {
                return Javac.compile(List.of(input), work.resolve("classes"), libraries);
            }
            if (input.toString().endsWith(".class")) {
                Path dir = work.resolve("classes");
                Files.createDirectories(dir);
                Files.copy(input, dir.resolve(input.getFileName()));
                return dir;
            }
            throw new CompileError(input + ": expected a directory, a .java file, or a .jar");
        }
        List<Path> sources;
        try (Stream<Path> s = Files.walk(input)) {
            sources = s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        if (!sources.isEmpty()) {
            return Javac.compile(sources, work.resolve("classes"), libraries);
        }
        return input;
    }

    private static String manifestMain(Path jar) {
        try (JarFile j = new JarFile(jar.toFile())) {
            var m = j.getManifest();
            return m == null ? null : m.getMainAttributes().getValue("Main-Class");
        } catch (IOException e) {
            throw new CompileError(jar + ": not a valid jar (" + e.getMessage() + ")");
        }
    }

    private static void link(String target, Path home, List<Path> objs, Path output) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        if (target.equals("kvm")) {
            cmd.addAll(List.of("-nostdlib", "-static", "-no-pie", "-Wl,--build-id=none",
                    "-Wl,-T," + home.resolve("runtime/platform/kvm/kvm.ld")));
        } else {
            cmd.addAll(List.of("-no-pie"));
        }
        cmd.addAll(List.of("-o", output.toString()));
        objs.stream().sorted(Comparator.comparing(Path::toString)).forEach(p -> cmd.add(p.toString()));
        cmd.add("-lgcc");
        if (target.equals("linux")) {
            cmd.add("-lm");
        }
        Toolchain.run(cmd, "linking " + output.getFileName() + " failed");
        if (target.equals("kvm")) {
            // Symbols and debug info go beside the image (IMAGE.debug, for gdb); the image stays small.
            Path dbg = Path.of(output + ".debug");
            Toolchain.run(List.of("objcopy", "--only-keep-debug", output.toString(), dbg.toString()), "objcopy failed");
            Toolchain.run(List.of("objcopy", "--strip-all", "--add-gnu-debuglink=" + dbg, output.toString()), "objcopy failed");
        }
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
