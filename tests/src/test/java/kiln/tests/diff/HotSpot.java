package kiln.tests.diff;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The reference: a program compiled by the JDK's javac and run on the JDK's own JVM (the one running the tests). */
public final class HotSpot {
    private HotSpot() {}

    /** Compiles every .java file of {@code programDir} into {@code classes}; throws with javac's messages on error. */
    public static void javac(Path programDir, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("the tests must run on a JDK 25 (no javac in " + System.getProperty("java.home") + ")");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(programDir)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
        }
        Files.createDirectories(classes);
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            // -g as kiln build compiles: debug info changes HotSpot's helpful NullPointerException messages.
            List<String> options = List.of("-d", classes.toString(), "-g", "-encoding", "UTF-8", "-nowarn", "-proc:none");
            boolean ok = javac.getTask(messages, fm, null, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) throw new IllegalStateException("javac failed on " + programDir + ":\n" + messages);
        }
    }

    /** Runs {@code Main} from {@code classes} on this JDK's java launcher. */
    public static Outcome run(Path classes, Path workDir, int timeoutSeconds) throws IOException, InterruptedException {
        return run(classes, workDir, timeoutSeconds, null);
    }

    /** Runs {@code Main} with standard input from {@code input} (empty if null). */
    public static Outcome run(Path classes, Path workDir, int timeoutSeconds, Path input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // stdout.encoding pins the byte encoding of System.out whatever the locale of the machine is;
        // the time zone and locale are pinned to a Kiln image's defaults (UTC, en_US), for java.text/Date.
        List<String> cmd = List.of(java, "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Duser.timezone=UTC",
                "-Duser.language=en", "-Duser.country=US", "-cp", classes.toString(), "Main");
        return Exec.run(cmd, workDir, "hotspot", timeoutSeconds, input);
    }
}
