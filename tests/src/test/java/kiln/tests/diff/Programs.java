package kiln.tests.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where things are: the repository root ({@code -Dkiln.home}, set by tests/pom.xml), the test programs
 * (tests/programs/NAME/Main.java) and a scratch directory per program under tests/target.
 *
 * <p>{@code -Dkiln.test.programs=a,b,c} restricts a run to some programs (a trailing {@code *} matches a prefix),
 * e.g. {@code ./kiln test -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false -Dkiln.test.programs='int_*,exit_42'}.
 */
public final class Programs {
    private Programs() {}

    public static Path home() {
        String prop = System.getProperty("kiln.home");
        Path p = prop != null ? Path.of(prop) : Path.of(System.getProperty("user.dir")).getParent();
        return p.toAbsolutePath().normalize();
    }

    public static Path programsDir() {
        return home().resolve("tests/programs");
    }

    /** All program directories, sorted by name, filtered by -Dkiln.test.programs when it is set. */
    public static List<Path> all() throws IOException {
        List<Path> result = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(programsDir())) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("Main.java"))).sorted().forEach(result::add);
        }
        String filter = System.getProperty("kiln.test.programs", "").trim();
        if (!filter.isEmpty()) {
            List<String> patterns = Arrays.stream(filter.split(",")).map(String::trim).toList();
            result.removeIf(d -> patterns.stream().noneMatch(pat -> matches(pat, d.getFileName().toString())));
        }
        return result;
    }

    /** The named programs, in the given order (each must exist), filtered like {@link #all()}. */
    public static List<Path> named(String... names) throws IOException {
        List<Path> all = all();
        List<Path> result = new ArrayList<>();
        for (String n : names) {
            Path d = programsDir().resolve(n);
            if (!Files.isRegularFile(d.resolve("Main.java"))) throw new IllegalStateException("no test program " + d);
            if (all.contains(d)) result.add(d);
        }
        return result;
    }

    static boolean matches(String pattern, String name) {
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern);
    }

    /** A fresh, empty scratch directory tests/target/SUITE/NAME (kept after the run for inspection). */
    public static Path scratch(String suite, String name) throws IOException {
        Path dir = home().resolve("tests/target").resolve(suite).resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /** Integer system property with a default, for time limits and parallelism. */
    public static int intProperty(String key, int dflt) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }
}
