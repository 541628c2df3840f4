package kiln.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.tools.ToolProvider;

/** Helpers: compile Java snippets with javac into a temp dir; locate the built class library. */
final class TestPrograms {
    private TestPrograms() {}

    static Path classLibrary() {
        Path p = Path.of("../classlib/target/classes").toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("java/lang"))) {
            throw new IllegalStateException("build the classlib module first: " + p);
        }
        return p;
    }

    /** Writes each "Name" -> source pair and compiles them; returns the classes directory. */
    static Path compile(Path dir, String... nameAndSource) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(out);
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < nameAndSource.length; i += 2) {
            Path f = src.resolve(nameAndSource[i] + ".java");
            Files.writeString(f, nameAndSource[i + 1]);
            files.add(f);
        }
        var javac = ToolProvider.getSystemJavaCompiler();
        try (var fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            boolean ok = javac.getTask(null, fm, null, List.of("-g", "-d", out.toString(), "--release", "25"), null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("javac failed");
            }
        }
        return out;
    }
}
