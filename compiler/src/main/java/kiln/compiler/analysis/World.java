package kiln.compiler.analysis;

import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kiln.compiler.frontend.ClassPath;

/**
 * The closed world: classes loaded on demand from the ClassPath, and JVMS §5.4.3 resolution of
 * classes, fields and methods. A reference that cannot be resolved is recorded as an error naming
 * the use site; callers get null and carry on, so one build reports every missing API at once.
 */
public final class World {
    private final ClassPath classPath;
    private final Map<String, KClass> classes = new HashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    public final Set<String> errors = new LinkedHashSet<>();

    public World(ClassPath classPath) {
        this.classPath = classPath;
    }

    public ClassPath classPath() {
        return classPath;
    }

    /** The class, loading it and its supertypes; null if it does not exist. */
    public KClass load(String name) {
        KClass k = classes.get(name);
        if (k != null || missing.contains(name)) {
            return k;
        }
        ClassModel m = classPath.find(name);
        if (m == null) {
            missing.add(name);
            return null;
        }
        k = new KClass(name, m);
        classes.put(name, k);
        if (m.superclass().isPresent()) {
            String sup = m.superclass().get().asInternalName();
            k.superclass = load(sup);
            if (k.superclass == null) {
                errors.add(where(k) + ": class " + k.javaName() + " extends " + sup.replace('/', '.')
                        + ", which the Kiln class library does not provide");
            }
        }
        for (var i : m.interfaces()) {
            KClass ik = load(i.asInternalName());
            if (ik == null) {
                errors.add(where(k) + ": class " + k.javaName() + " implements "
                        + i.asInternalName().replace('/', '.') + ", which the Kiln class library does not provide");
            } else {
                k.interfaces.add(ik);
            }
        }
        return k;
    }

    private String where(KClass k) {
        String f = k.sourceFile();
        return f != null ? f : k.javaName();
    }

    public KClass require(String name, String site) {
        KClass k = load(name);
        if (k == null) {
            errors.add(site + " uses " + name.replace('/', '.') + ", which the Kiln class library does not provide");
        }
        return k;
    }

    public Iterable<KClass> loaded() {
        return classes.values();
    }

    /** JVMS §5.4.3.3 / §5.4.3.4: method resolution, starting at the named class or interface. */
    public KMethod resolveMethod(String owner, String name, String desc, String site) {
        if (owner.startsWith("[")) {
            owner = "java/lang/Object"; // array methods are Object's (clone is handled by the caller)
        }
        KClass c = require(owner, site);
        if (c == null) {
            return null;
        }
        KMethod m = findInClassChain(c, name + desc);
        if (m == null) {
            m = findInInterfaces(c, name + desc);
        }
        if (m == null && c.isInterface()) {
            KClass obj = load("java/lang/Object");
            m = obj == null ? null : obj.methods.get(name + desc);
        }
        if (m == null) {
            errors.add(site + " uses " + describe(owner, name, desc) + ", which the Kiln class library does not provide");
        }
        return m;
    }

    private static KMethod findInClassChain(KClass c, String key) {
        for (KClass k = c; k != null; k = k.superclass) {
            KMethod m = k.methods.get(key);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static KMethod findInInterfaces(KClass c, String key) {
        KMethod abstractOne = null;
        for (KClass i : c.allInterfaces()) {
            KMethod m = i.methods.get(key);
            if (m != null && !m.isStatic() && !m.isPrivate()) {
                if (!m.isAbstract()) {
                    return m;
                }
                if (abstractOne == null) {
                    abstractOne = m;
                }
            }
        }
        return abstractOne;
    }

    /**
     * Virtual method selection (JVMS §5.4.6) in class c for selector key: the class chain first,
     * then the maximally specific default method of its superinterfaces. Null when abstract.
     */
    public KMethod selectVirtual(KClass c, String key) {
        for (KClass k = c; k != null; k = k.superclass) {
            KMethod m = k.methods.get(key);
            if (m != null && !m.isStatic() && !m.isPrivate()) {
                return m.isAbstract() ? null : m;
            }
        }
        List<KMethod> candidates = new ArrayList<>();
        for (KClass i : c.allInterfaces()) {
            KMethod m = i.methods.get(key);
            if (m != null && !m.isStatic() && !m.isPrivate() && !m.isAbstract()) {
                candidates.add(m);
            }
        }
        // Maximally specific: drop any candidate whose interface is a superinterface of another's.
        for (KMethod m : candidates) {
            boolean dominated = false;
            for (KMethod o : candidates) {
                if (o != m && o.owner.implementsInterface(m.owner)) {
                    dominated = true;
                }
            }
            if (!dominated) {
                return m;
            }
        }
        return null;
    }

    /** JVMS §5.4.3.2 field resolution; returns the declaring class, or null. */
    public KClass resolveField(String owner, String name, String desc, String site) {
        KClass c = require(owner, site);
        if (c == null) {
            return null;
        }
        KClass d = findField(c, name, desc);
        if (d == null) {
            errors.add(site + " uses field " + owner.replace('/', '.') + "." + name
                    + ", which the Kiln class library does not provide");
        }
        return d;
    }

    private KClass findField(KClass c, String name, String desc) {
        for (FieldModel f : c.model.fields()) {
            if (f.fieldName().equalsString(name) && f.fieldType().equalsString(desc)) {
                return c;
            }
        }
        for (KClass i : c.interfaces) {
            KClass d = findField(i, name, desc);
            if (d != null) {
                return d;
            }
        }
        return c.superclass == null ? null : findField(c.superclass, name, desc);
    }

    /** "java.util.regex.Pattern.compile(String)" for messages. */
    public static String describe(String owner, String name, String desc) {
        MethodTypeDesc t = MethodTypeDesc.ofDescriptor(desc);
        StringBuilder sb = new StringBuilder(owner.replace('/', '.'));
        if (name.equals("<init>")) {
            sb.append(".<init>");
        } else {
            sb.append('.').append(name);
        }
        sb.append('(');
        for (int i = 0; i < t.parameterCount(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(simpleName(t.parameterType(i)));
        }
        return sb.append(')').toString();
    }

    private static String simpleName(ClassDesc d) {
        if (d.isArray()) {
            return simpleName(d.componentType()) + "[]";
        }
        return d.displayName();
    }
}
