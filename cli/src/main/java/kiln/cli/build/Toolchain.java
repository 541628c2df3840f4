package kiln.cli.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kiln.compiler.CompileError;

/** gcc and ld as Kiln drives them, with the flags that make C follow Java's rules. */
final class Toolchain {
    private Toolchain() {}

    /** Flags for all C: Java semantics (ARCHITECTURE.md) and reproducible output. */
    static List<String> cflags(String target, Path kilnHome, Path buildDir) {
        List<String> f = new ArrayList<>(List.of("-std=gnu11", "-O2", "-g", "-fwrapv", "-fno-strict-aliasing",
                "-ffp-contract=off", "-fno-delete-null-pointer-checks", "-fno-math-errno",
                "-fno-omit-frame-pointer", "-fno-asynchronous-unwind-tables", "-fno-pie",
                "-I" + kilnHome.resolve("runtime/include"),
                "-ffile-prefix-map=" + buildDir + "=build", "-ffile-prefix-map=" + kilnHome + "=kiln"));
        if (target.equals("kvm")) {
            f.addAll(List.of("-ffreestanding", "-fno-pic", "-mno-red-zone", "-fno-stack-protector", "-mcmodel=small"));
        }
        return f;
    }

    /** Runtime core and platform sources for a target. */
    static List<Path> runtimeSources(Path kilnHome, String target) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(kilnHome.resolve("runtime/core"), kilnHome.resolve("runtime/platform/" + target))) {
            if (!Files.isDirectory(dir)) {
                throw new CompileError(dir + ": runtime sources missing (is KILN home right?)");
            }
            try (var s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".S")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Compiles sources to objects in parallel; throws CompileError with gcc's message on failure. */
    static List<Path> compile(List<Path> sources, Path objDir, List<String> flags, List<String> extra, int jobs)
            throws IOException, InterruptedException {
        Files.createDirectories(objDir);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (Path src : sources) {
                results.add(pool.submit(() -> {
                    String base = src.getFileName().toString().replaceAll("\\.[cS]$", "");
                    String dirTag = Integer.toHexString(src.getParent().toString().hashCode());
                    Path obj = objDir.resolve(base + "-" + dirTag + ".o");
                    List<String> cmd = new ArrayList<>(List.of("gcc"));
                    cmd.addAll(flags);
                    cmd.addAll(extra);
                    cmd.addAll(List.of("-c", src.toString(), "-o", obj.toString()));
                    run(cmd, "gcc failed on " + src.getFileName());
                    return obj;
                }));
            }
            List<Path> objs = new ArrayList<>();
            for (Future<Path> f : results) {
                try {
                    objs.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof CompileError ce) {
                        throw ce;
                    }
                    throw new RuntimeException(e.getCause());
                }
            }
            return objs;
        } finally {
            pool.shutdownNow();
        }
    }

    static void run(List<String> cmd, String what) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new CompileError(cmd.get(0) + " not found: install it with `apt-get install -y gcc binutils`");
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            String text = new String(out, StandardCharsets.UTF_8).strip();
            String[] lines = text.split("\n");
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < Math.min(lines.length, 12); i++) {
                shown.append("\n  ").append(lines[i]);
            }
            throw new CompileError(what + ":" + shown);
        }
    }
}
