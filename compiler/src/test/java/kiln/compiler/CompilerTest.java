package kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler as a whole: reachability, errors with use sites, reproducible output. */
class CompilerTest {
    @TempDir
    Path tmp;

    private static final String HELLO = """
            public class Main {
                interface Greeter { String greet(String who); }
                static class Polite implements Greeter { public String greet(String w) { return "Good day, " + w; } }
                static class Plain implements Greeter { public String greet(String w) { return "Hi " + w; } }
                static class Unused { void never() { } }
                public static void main(String[] args) {
                    Greeter g = args.length > 0 ? new Polite() : new Plain();
                    System.out.println(g.greet("you"));
                }
            }
            """;

    @Test
    void sameInputGivesByteIdenticalC() throws Exception {
        Path classes = TestPrograms.compile(tmp, "Main", HELLO);
        Map<String, String> a = new Compiler(classes, TestPrograms.classLibrary(), null).compile().files();
        Map<String, String> b = new Compiler(classes, TestPrograms.classLibrary(), null).compile().files();
        assertEquals(a, b);
        assertEquals(a.keySet().stream().toList(), b.keySet().stream().toList());
    }

    @Test
    void onlyReachableCodeIsEmitted() throws Exception {
        Path classes = TestPrograms.compile(tmp, "Main", HELLO);
        Map<String, String> files = new Compiler(classes, TestPrograms.classLibrary(), null).compile().files();
        assertTrue(files.containsKey("Main_00024Polite.c"));
        assertTrue(files.containsKey("Main_00024Plain.c"));
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("Main_00024Unused")), "Unused class was emitted");
        // Two implementations of greet are live, so the interface call goes through a dispatcher.
        assertTrue(files.get("Main.c").contains("kiln_idisp_"), "expected an interface dispatch");
    }

    @Test
    void monomorphicCallIsDevirtualised() throws Exception {
        Path classes = TestPrograms.compile(tmp, "Main", """
                public class Main {
                    static class A { int f() { return 1; } }
                    public static void main(String[] args) { System.out.println(new A().f()); }
                }
                """);
        String main = new Compiler(classes, TestPrograms.classLibrary(), null).compile().files().get("Main.c");
        assertTrue(main.contains("J_Main_00024A__f____I("), "direct call expected:\n" + main);
        assertTrue(!main.contains("->vtable["), "no vtable dispatch expected");
    }

    @Test
    void missingApiIsReportedWithUseSite() throws Exception {
        Path classes = TestPrograms.compile(tmp, "Main", """
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("x");
                        java.util.zip.CRC32 c = new java.util.zip.CRC32();
                    }
                }
                """);
        CompileError e = assertThrows(CompileError.class,
                () -> new Compiler(classes, TestPrograms.classLibrary(), null).compile());
        assertTrue(e.getMessage().contains("Main.java:4 uses java.util.zip.CRC32"), e.getMessage());
    }

    @Test
    void missingMainIsReported() throws Exception {
        Path classes = TestPrograms.compile(tmp, "Lib", "public class Lib { static int f() { return 1; } }");
        CompileError e = assertThrows(CompileError.class,
                () -> new Compiler(classes, TestPrograms.classLibrary(), null).compile());
        assertTrue(e.getMessage().contains("main"), e.getMessage());
    }

    @Test
    void malformedClassFileNamesTheFile() throws Exception {
        Path classes = tmp.resolve("bad");
        Files.createDirectories(classes);
        Files.write(classes.resolve("Main.class"), new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 65, 0, 9});
        CompileError e = assertThrows(CompileError.class,
                () -> new Compiler(classes, TestPrograms.classLibrary(), null).compile());
        assertTrue(e.getMessage().contains("Main.class") && e.getMessage().contains("malformed class file"), e.getMessage());
    }
}
