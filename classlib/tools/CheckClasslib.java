/*
 * Static checks of the compiled class library (run on JDK 25 after `mvn -pl classlib compile`):
 *
 *   java classlib/tools/CheckClasslib.java classlib/target/classes [libos/MODULE/target/classes ...]
 *
 * The extra directories are the library-OS modules the class library is built on (java.net uses
 * libos/net and libos/virtio): they belong to the same closed world, so their references are
 * checked too.
 *
 * 1. Closed world: every class, method and field the library's bytecode refers to is defined in
 *    the library itself (resolving through superclasses and interfaces), so nothing silently
 *    depends on the JDK's own classes.
 * 2. API fidelity: every public/protected member of a public java.* class exists in JDK 25 with the
 *    same descriptor and the same static-ness; every public java.* class exists in the JDK.
 * 3. invokedynamic only with the bootstraps the compiler lowers (lambdas, string concatenation,
 *    records, pattern switches); natives only in kiln.rt runtime classes or the compiler intrinsics.
 * Exits 1 and lists the problems if any check fails.
 */
import java.lang.classfile.*;
import java.lang.classfile.constantpool.*;
import java.lang.classfile.instruction.*;
import java.lang.constant.*;
import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;

public class CheckClasslib {
    static Map<String, ClassModel> classes = new TreeMap<>();
    static List<String> problems = new ArrayList<>();

    static final Set<String> INTRINSICS = Set.of(
            "java/lang/Object.getClass", "java/lang/Math.sqrt", "java/lang/StrictMath.sqrt",
            "java/lang/Float.floatToRawIntBits", "java/lang/Float.intBitsToFloat",
            "java/lang/Double.doubleToRawLongBits", "java/lang/Double.longBitsToDouble");
    static final Set<String> NATIVE_CLASSES = Set.of("kiln/rt/Platform", "kiln/rt/Heap", "kiln/rt/StackWalk",
            "kiln/rt/Classes", "kiln/rt/Memory", "kiln/rt/Start", "kiln/rt/StringTable", "kiln/rt/Threads", "kiln/rt/Entropy",
            "kiln/rt/Monitors",
            // kiln.hw (libos/hw): hardware access, compiled inline or implemented by the platform layer.
            "kiln/hw/Mmio", "kiln/hw/Port", "kiln/hw/Barrier", "kiln/hw/Dma", "kiln/hw/Irq");

    /** Bootstrap classes whose call sites the compiler resolves at build time (kiln.compiler.lower). */
    static final Set<String> LOWERED_BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods",
            "java/lang/runtime/SwitchBootstraps");

    /** Classes an invokedynamic's bootstrap method handle names; the compiler never needs them. */
    static final Set<String> BOOTSTRAP_CLASSES = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods",
            "java/lang/runtime/SwitchBootstraps", "java/lang/invoke/MethodHandles$Lookup",
            "java/lang/invoke/MethodHandles", "java/lang/invoke/MethodType", "java/lang/invoke/MethodHandle",
            "java/lang/invoke/CallSite", "java/lang/invoke/TypeDescriptor");

    public static void main(String[] args) throws Exception {
        for (String dir : args) {
            try (var files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    ClassModel cm = ClassFile.of().parse(p);
                    classes.put(cm.thisClass().asInternalName(), cm);
                }
            }
        }
        for (ClassModel cm : classes.values()) {
            checkRefs(cm);
            checkNatives(cm);
            checkApi(cm);
        }
        problems.stream().distinct().sorted().forEach(System.out::println);
        System.out.println(classes.size() + " classes checked, " + problems.stream().distinct().count() + " problems");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static void checkRefs(ClassModel cm) {
        String me = cm.thisClass().asInternalName();
        for (PoolEntry e : cm.constantPool()) {
            if (e instanceof ClassEntry ce) {
                String n = ce.asInternalName();
                while (n.startsWith("[")) n = n.substring(1);
                if (n.startsWith("L") && n.endsWith(";")) n = n.substring(1, n.length() - 1);
                if (n.length() > 1 && !classes.containsKey(n) && !BOOTSTRAP_CLASSES.contains(n)) {
                    problems.add("missing class " + n + " (used by " + me + ")");
                }
            } else if (e instanceof MemberRefEntry mr) {
                String owner = mr.owner().asInternalName();
                if (BOOTSTRAP_CLASSES.contains(owner)) {
                    continue; // a bootstrap method handle: lowered at build time, never called
                }
                if (owner.startsWith("[")) {
                    if (!(mr.name().stringValue().equals("clone") || owner.startsWith("["))) problems.add("array member " + owner);
                    continue; // array clone/length: the compiler's business
                }
                boolean field = mr instanceof FieldRefEntry;
                if (!resolves(owner, mr.name().stringValue(), mr.type().stringValue(), field)) {
                    problems.add("missing " + (field ? "field " : "method ") + owner + "." + mr.name().stringValue()
                            + mr.type().stringValue() + " (used by " + me + ")");
                }
            } else if (e instanceof InvokeDynamicEntry indy) {
                String bsm = indy.bootstrap().bootstrapMethod().reference().owner().asInternalName();
                if (!LOWERED_BOOTSTRAPS.contains(bsm)) {
                    problems.add("invokedynamic with bootstrap " + bsm + " in " + me);
                }
            }
        }
    }

    static boolean resolves(String owner, String name, String type, boolean field) {
        ClassModel c = classes.get(owner);
        if (c == null) return false;
        if (field) {
            for (FieldModel f : c.fields()) if (f.fieldName().equalsString(name) && f.fieldType().equalsString(type)) return true;
        } else {
            for (MethodModel m : c.methods()) if (m.methodName().equalsString(name) && m.methodType().equalsString(type)) return true;
        }
        if (c.superclass().isPresent() && resolves(c.superclass().get().asInternalName(), name, type, field)) return true;
        for (ClassEntry i : c.interfaces()) if (resolves(i.asInternalName(), name, type, field)) return true;
        // interface methods of java/lang/Object
        if (!field && c.flags().has(AccessFlag.INTERFACE)) return resolves("java/lang/Object", name, type, false);
        return false;
    }

    static void checkNatives(ClassModel cm) {
        String me = cm.thisClass().asInternalName();
        for (MethodModel m : cm.methods()) {
            if (m.flags().has(AccessFlag.NATIVE) && !NATIVE_CLASSES.contains(me)
                    && !INTRINSICS.contains(me + "." + m.methodName().stringValue())) {
                problems.add("unexpected native " + me + "." + m.methodName().stringValue());
            }
        }
    }

    static void checkApi(ClassModel cm) {
        String me = cm.thisClass().asInternalName();
        if (!me.startsWith("java/") || !cm.flags().has(AccessFlag.PUBLIC)) return;
        Class<?> jdk;
        try {
            jdk = Class.forName(me.replace('/', '.'), false, null);
        } catch (ClassNotFoundException ex) {
            problems.add("public class not in the JDK: " + me);
            return;
        }
        if (!Modifier.isPublic(jdk.getModifiers())) problems.add("class is not public in the JDK: " + me);
        if (jdk.isInterface() != cm.flags().has(AccessFlag.INTERFACE)) problems.add("interface-ness differs: " + me);
        if (Modifier.isAbstract(jdk.getModifiers()) != cm.flags().has(AccessFlag.ABSTRACT) && !jdk.isInterface())
            problems.add("abstract-ness differs: " + me);
        String sup = cm.superclass().map(ClassEntry::asInternalName).orElse(null);
        String jsup = jdk.getSuperclass() == null ? null : jdk.getSuperclass().getName().replace('.', '/');
        if (!Objects.equals(sup, jsup) && !jdk.isInterface()) problems.add("superclass differs: " + me + " " + sup + " vs " + jsup);
        for (MethodModel m : cm.methods()) {
            boolean pub = m.flags().has(AccessFlag.PUBLIC), prot = m.flags().has(AccessFlag.PROTECTED);
            if (!(pub || prot) || m.flags().has(AccessFlag.SYNTHETIC) || m.flags().has(AccessFlag.BRIDGE)) continue;
            String name = m.methodName().stringValue();
            String desc = m.methodType().stringValue();
            boolean isStatic = m.flags().has(AccessFlag.STATIC);
            boolean found = false;
            for (Executable x : name.equals("<init>") ? List.<Executable>of(jdk.getDeclaredConstructors()) : allMethods(jdk)) {
                if (!name.equals("<init>") && !x.getName().equals(name)) continue;
                if (!descriptor(x).equals(desc)) continue;
                found = true;
                if (Modifier.isStatic(x.getModifiers()) != isStatic) problems.add("static-ness differs: " + me + "." + name + desc);
                if (!(Modifier.isPublic(x.getModifiers()) || Modifier.isProtected(x.getModifiers())))
                    problems.add("not public/protected in the JDK: " + me + "." + name + desc);
                if (Modifier.isPublic(x.getModifiers()) && prot) problems.add("JDK has it public: " + me + "." + name + desc);
            }
            if (!found) problems.add("not in JDK 25: " + me + "." + name + desc);
        }
        for (FieldModel f : cm.fields()) {
            boolean pub = f.flags().has(AccessFlag.PUBLIC), prot = f.flags().has(AccessFlag.PROTECTED);
            if (!(pub || prot)) continue;
            try {
                Field jf = jdk.getField(f.fieldName().stringValue());
                if (!jf.getType().descriptorString().equals(f.fieldType().stringValue()))
                    problems.add("field type differs: " + me + "." + f.fieldName());
                if (Modifier.isStatic(jf.getModifiers()) != f.flags().has(AccessFlag.STATIC))
                    problems.add("field static-ness differs: " + me + "." + f.fieldName());
                if (Modifier.isStatic(jf.getModifiers()) && Modifier.isFinal(jf.getModifiers()) && jf.getType().isPrimitive()) {
                    Object jv = jf.get(null);
                    Object mv = f.findAttribute(Attributes.constantValue()).map(a -> a.constant().constantValue()).orElse(null);
                    if (mv != null && !constEquals(jv, mv)) problems.add("constant differs: " + me + "." + f.fieldName() + " " + mv + " vs " + jv);
                }
            } catch (NoSuchFieldException ex) {
                try {
                    Field jf = jdk.getDeclaredField(f.fieldName().stringValue());
                    if (!Modifier.isProtected(jf.getModifiers())) problems.add("field not accessible in JDK: " + me + "." + f.fieldName());
                } catch (NoSuchFieldException ex2) {
                    problems.add("field not in JDK 25: " + me + "." + f.fieldName());
                }
            } catch (IllegalAccessException ex) {
                throw new RuntimeException(ex);
            }
        }
    }

    static boolean constEquals(Object jv, Object mv) {
        if (jv instanceof Boolean b) return ((Integer) mv) == (b ? 1 : 0);
        if (jv instanceof Character c) return ((Integer) mv).intValue() == c.charValue();
        if (jv instanceof Byte || jv instanceof Short) return ((Number) jv).intValue() == (Integer) mv;
        if (jv instanceof Float f) return Float.floatToRawIntBits(f) == Float.floatToRawIntBits((Float) mv);
        if (jv instanceof Double d) return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) mv);
        return jv.equals(mv);
    }

    static List<Executable> allMethods(Class<?> c) {
        List<Executable> l = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
        return l;
    }

    static String descriptor(Executable x) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : x.getParameterTypes()) sb.append(p.descriptorString());
        sb.append(')');
        sb.append(x instanceof Method m ? m.getReturnType().descriptorString() : "V");
        return sb.toString();
    }
}
