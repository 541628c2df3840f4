package kiln.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import kiln.compiler.CompileError;

/** javac, in-process, for inputs given as .java sources. */
final class Javac {
    private Javac() {}

    /** Compiles sources against the JDK and the library-OS modules (classPath) into out. */
    static Path compile(List<Path> sources, Path out, List<Path> classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CompileError("no javac in this Java runtime: kiln needs a JDK 25 (set JAVA_HOME)");
        }
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
            List<String> opts = new ArrayList<>(List.of("-d", out.toString(), "-g", "--release", "25", "-encoding",
                    "UTF-8", "-nowarn", "-proc:none"));
            if (!classPath.isEmpty()) {
                opts.add("-classpath");
                opts.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
            }
            Boolean ok = javac.getTask(null, fm, diags, opts, null, fm.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                List<String> lines = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        String file = d.getSource() == null ? "javac" : Path.of(d.getSource().toUri()).toString();
                        // javac's message continues on more lines ("symbol: variable x"): keep them on one line.
                        String msg = String.join(" ", d.getMessage(Locale.ROOT).lines().map(String::strip).toList());
                        lines.add(file + ":" + d.getLineNumber() + ": " + msg);
                    }
                }
                throw new CompileError(String.join("\n", lines.subList(0, Math.min(lines.size(), 10))));
            }
        }
        return out;
    }
}
