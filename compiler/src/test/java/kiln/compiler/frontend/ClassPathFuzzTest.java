package kiln.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Instruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kiln.compiler.CompileError;

/**
 * Malformed class files must give a CompileError naming the file, never another exception: the
 * front end parses every class eagerly enough that corrupt bytes surface in ClassPath.find.
 */
class ClassPathFuzzTest {
    @TempDir
    Path tmp;

    private static byte[] sample() {
        return ClassFile.of().build(ClassDesc.of("Main"), cb -> cb
                .withMethodBody("main", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String.arrayType()),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> {
                            code.getstatic(ClassDesc.of("java.lang.System"), "out", ClassDesc.of("java.io.PrintStream"));
                            code.ldc("hello");
                            code.invokevirtual(ClassDesc.of("java.io.PrintStream"), "println",
                                    MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String));
                            code.iconst_3();
                            code.istore(1);
                            code.iinc(1, 2);
                            code.return_();
                        }));
    }

    @Test
    void corruptBytesGiveCompileErrors() throws Exception {
        byte[] good = sample();
        Random rnd = new Random(42);
        int errors = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] b = good.clone();
            int flips = 1 + rnd.nextInt(4);
            for (int f = 0; f < flips; f++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            if (rnd.nextInt(10) == 0) {
                b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
            }
            Path dir = tmp.resolve("r" + round);
            Files.createDirectories(dir);
            Files.write(dir.resolve("Main.class"), b);
            ClassPath cp = new ClassPath();
            cp.addApplication(dir);
            try {
                cp.validateApplication();
                var m = cp.find("Main");
                // What the compiler reads later must not fail either.
                for (var mm : m.methods()) {
                    mm.methodName().stringValue();
                    mm.methodType().stringValue();
                    mm.code().ifPresent(c -> {
                        for (CodeElement e : c.elementList()) {
                            if (e instanceof Instruction i) {
                                i.opcode();
                            }
                        }
                    });
                }
            } catch (CompileError e) {
                assertTrue(e.getMessage().contains("Main.class"), e.getMessage());
                errors++;
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
        assertTrue(errors > 100, "the corruption should be detected often, was " + errors);
    }
}
