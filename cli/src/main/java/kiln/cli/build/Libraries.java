package kiln.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kiln.compiler.CompileError;

/**
 * The library-OS modules a program may use (libos/NAME/target/classes: kiln.hw, kiln.virtio,
 * kiln.net, ...). They go on javac's class path when the input is Java source, and on the Kiln
 * compiler's class path after the class library; whole-program compilation keeps only what the
 * program reaches, so a program that uses none of them pays nothing.
 */
final class Libraries {
    private Libraries() {}

    /** Modules every Kiln installation has built (the ./kiln launcher builds them with the toolchain). */
    private static final List<String> REQUIRED = List.of("hw", "net", "virtio", "http");

    static List<Path> classDirectories(Path kilnHome) {
        Path libos = kilnHome.resolve("libos");
        for (String m : REQUIRED) {
            if (!Files.isDirectory(libos.resolve(m).resolve("target/classes"))) {
                throw new CompileError(libos.resolve(m) + ": library module not built (run ./kiln again to rebuild the toolchain)");
            }
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(libos)) {
            for (Path d : s.sorted().toList()) {
                Path classes = d.resolve("target/classes");
                if (Files.isDirectory(classes)) {
                    out.add(classes);
                }
            }
        } catch (IOException e) {
            throw new CompileError(libos + ": cannot list library modules (" + e.getMessage() + ")");
        }
        return out;
    }
}
