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
        // kiln/hw.h: device registers and I/O ports exist only on kvm (the inline kiln.hw natives).
        f.add(target.equals("kvm") ? "-DKILN_TARGET_KVM=1" : "-DKILN_TARGET_LINUX=1");
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

    /**
     * The runtime core and platform objects for a target, compiled once and kept in a cache
     * directory keyed by a hash of the sources and flags, so builds only compile the program.
     */
    static List<Path> runtimeObjects(Path kilnHome, String target, List<String> flags, int jobs)
            throws IOException, InterruptedException {
        List<Path> sources = runtimeSources(kilnHome, target);
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(String.join(" ", flags).getBytes(StandardCharsets.UTF_8));
        List<Path> inputs = new ArrayList<>(sources);
        try (var s = Files.walk(kilnHome.resolve("runtime"))) {
            s.filter(p -> p.toString().endsWith(".h") || p.toString().endsWith(".ld")).sorted().forEach(inputs::add);
        }
        for (Path p : inputs) {
            sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(p));
        }
        String key = java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        Path cache = kilnHome.resolve("cli/target/runtime-cache/" + target + "-" + key);
        Path done = cache.resolve("complete");
        if (Files.exists(done)) {
            try (var s = Files.list(cache)) {
                return s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
            }
        }
        Path tmp = Files.createTempDirectory(kilnHome.resolve("cli/target"), "runtime-");
        List<Path> objs = compile(sources, tmp, flags, List.of(), jobs, kilnHome);
        Files.writeString(tmp.resolve("complete"), key);
        try {
            Files.createDirectories(cache.getParent());
            Files.move(tmp, cache, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            return objs; // another build filled the cache first; use our own copy
        }
        List<Path> moved = new ArrayList<>();
        for (Path o : objs) {
            moved.add(cache.resolve(o.getFileName()));
        }
        return moved;
    }

    /** Compiles sources to objects in parallel; throws CompileError with gcc's message on failure. */
    static List<Path> compile(List<Path> sources, Path objDir, List<String> flags, List<String> extra, int jobs, Path cwd)
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
                    run(cmd, "gcc failed on " + src.getFileName(), cwd);
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
        run(cmd, what, null);
    }

    /** Runs a tool in dir (so paths in debug info are relative to it), failing with its output. */
    static void run(List<String> cmd, String what, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
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
