package kiln.compiler.frontend;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import kiln.compiler.CompileError;

/**
 * Where class files come from: the application (a classes directory or a jar) and the Kiln class
 * library. Classes are parsed lazily with java.lang.classfile; a malformed class file is a
 * CompileError naming the file. The JDK's own classes are never consulted: a class the two
 * sources lack does not exist for the program.
 */
public final class ClassPath {
    /** Raw bytes by internal name, with the origin for error messages. */
    private final Map<String, byte[]> bytes = new HashMap<>();
    private final Map<String, String> origin = new HashMap<>();
    private final Map<String, ClassModel> parsed = new HashMap<>();
    /** Application classes, sorted by name (for main-class discovery and determinism). */
    private final TreeMap<String, String> appClasses = new TreeMap<>();

    public void addApplication(Path input) {
        add(input, true);
    }

    public void addLibrary(Path input) {
        add(input, false);
    }

    private void add(Path input, boolean app) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path f : files.sorted().toList()) {
                    if (f.toString().endsWith(".class") && Files.isRegularFile(f)) {
                        String rel = input.relativize(f).toString().replace('\\', '/');
                        put(rel.substring(0, rel.length() - 6), Files.readAllBytes(f), f.toString(), app);
                    }
                }
            } catch (IOException e) {
                throw new CompileError(input + ": cannot read (" + e.getMessage() + ")");
            }
        } else if (input.toString().endsWith(".jar")) {
            try (ZipFile zip = new ZipFile(input.toFile())) {
                for (ZipEntry e : zip.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                    String n = e.getName();
                    if (n.endsWith(".class") && !n.startsWith("META-INF/") && !e.isDirectory()) {
                        put(n.substring(0, n.length() - 6), zip.getInputStream(e).readAllBytes(),
                                input + "!/" + n, app);
                    }
                }
            } catch (ZipException e) {
                throw new CompileError(input + ": not a valid jar (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw new CompileError(input + ": cannot read (" + e.getMessage() + ")");
            }
        } else {
            throw new CompileError(input + ": expected a directory of classes or a .jar");
        }
    }

    private void put(String name, byte[] data, String from, boolean app) {
        if (name.equals("module-info") || name.endsWith("/module-info") || name.endsWith("package-info")) {
            return;
        }
        if (bytes.containsKey(name)) {
            return; // first definition wins: the application cannot replace the class library
        }
        bytes.put(name, data);
        origin.put(name, from);
        if (app) {
            appClasses.put(name, from);
        }
    }

    /** A class the compiler made (lowered invokedynamic); it counts as application code. */
    public void addSynthetic(String name, byte[] data) {
        put(name, data, "<generated " + name.replace('/', '.') + ">", false);
    }

    /** Parses every application class now, so a malformed file is reported even if unused. */
    public void validateApplication() {
        for (String name : appClasses.keySet()) {
            ClassModel m = find(name);
            String declared = m.thisClass().asInternalName();
            if (!declared.equals(name)) {
                throw new CompileError(origin.get(name) + ": declares class " + declared.replace('/', '.')
                        + " but its path says " + name.replace('/', '.'));
            }
        }
    }

    public Iterable<String> applicationClasses() {
        return appClasses.keySet();
    }

    public boolean isApplication(String name) {
        return appClasses.containsKey(name);
    }

    /** The class, or null when neither the application nor the class library has it. */
    public ClassModel find(String internalName) {
        ClassModel m = parsed.get(internalName);
        if (m != null) {
            return m;
        }
        byte[] b = bytes.get(internalName);
        if (b == null) {
            return null;
        }
        try {
            m = ClassFile.of().parse(b);
            touch(m);
        } catch (RuntimeException e) {
            // java.lang.classfile reads lazily and reports bad bytes with several exception types
            // (IllegalArgumentException, ConstantPoolException, IndexOutOfBounds...): all mean the
            // same thing here, because touch() has already read every part the compiler will use.
            throw new CompileError(origin.get(internalName) + ": malformed class file (" + e.getMessage() + ")");
        }
        parsed.put(internalName, m);
        return m;
    }

    /** Reads every part of the class the compiler uses, so that corrupt bytes fail here. */
    private static void touch(ClassModel m) {
        for (var e : m.constantPool()) {
            switch (e) {
                case java.lang.classfile.constantpool.Utf8Entry u -> u.stringValue();
                case java.lang.classfile.constantpool.ClassEntry c -> c.asInternalName();
                case java.lang.classfile.constantpool.NameAndTypeEntry n -> n.type().stringValue();
                case java.lang.classfile.constantpool.MemberRefEntry r -> r.nameAndType().name().stringValue();
                case java.lang.classfile.constantpool.StringEntry s -> s.stringValue();
                default -> {
                }
            }
        }
        m.thisClass().asInternalName();
        m.superclass().ifPresent(java.lang.classfile.constantpool.ClassEntry::asInternalName);
        m.interfaces().forEach(java.lang.classfile.constantpool.ClassEntry::asInternalName);
        m.flags().flags();
        m.attributes().size();
        for (var f : m.fields()) {
            f.fieldName().stringValue();
            f.fieldType().stringValue();
            f.flags().flags();
            f.attributes().size();
        }
        for (var mm : m.methods()) {
            mm.methodName().stringValue();
            mm.methodType().stringValue();
            mm.methodTypeSymbol();
            mm.flags().flags();
            mm.code().ifPresent(c -> {
                c.elementList();
                c.exceptionHandlers();
            });
        }
    }

    public String origin(String internalName) {
        return origin.get(internalName);
    }
}
