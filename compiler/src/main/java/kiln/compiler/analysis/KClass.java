package kiln.compiler.analysis;

import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A class or interface of the closed world, with what analysis learned about it. */
public final class KClass {
    public final String name; // internal name, "java/lang/String"
    public final ClassModel model;
    public KClass superclass;
    public final List<KClass> interfaces = new ArrayList<>();
    public final Map<String, KMethod> methods = new LinkedHashMap<>(); // by name+descriptor
    public final List<FieldModel> instanceFields = new ArrayList<>();
    public final List<FieldModel> staticFields = new ArrayList<>();

    // Analysis results.
    public boolean instantiated;
    public boolean initialized; // some code triggers its initialisation
    public int id = -1;
    public int idLast = -1;
    public int depth;
    /** Virtual selectors in slot order. */
    public List<String> vtable = List.of();

    KClass(String name, ClassModel model) {
        this.name = name;
        this.model = model;
        for (MethodModel m : model.methods()) {
            KMethod km = new KMethod(this, m);
            methods.put(km.key, km);
        }
        for (FieldModel f : model.fields()) {
            if (f.flags().has(AccessFlag.STATIC)) {
                staticFields.add(f);
            } else {
                instanceFields.add(f);
            }
        }
    }

    public boolean isInterface() {
        return model.flags().has(AccessFlag.INTERFACE);
    }

    public boolean isAbstract() {
        return model.flags().has(AccessFlag.ABSTRACT);
    }

    public boolean isFinal() {
        return model.flags().has(AccessFlag.FINAL);
    }

    public String sourceFile() {
        return model.findAttribute(java.lang.classfile.Attributes.sourceFile())
                .map(SourceFileAttribute::sourceFile).map(u -> u.stringValue()).orElse(null);
    }

    public String javaName() {
        return name.replace('/', '.');
    }

    public boolean isSubclassOf(KClass t) {
        if (t == this) {
            return true;
        }
        if (t.isInterface()) {
            return implementsInterface(t);
        }
        for (KClass c = superclass; c != null; c = c.superclass) {
            if (c == t) {
                return true;
            }
        }
        return false;
    }

    public boolean implementsInterface(KClass iface) {
        for (KClass c = this; c != null; c = c.superclass) {
            for (KClass i : c.interfaces) {
                if (i == iface || i.implementsInterface(iface)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every interface this class implements, transitively, in a stable order. */
    public List<KClass> allInterfaces() {
        List<KClass> out = new ArrayList<>();
        collectInterfaces(this, out);
        return out;
    }

    private static void collectInterfaces(KClass c, List<KClass> out) {
        for (KClass k = c; k != null; k = k.superclass) {
            for (KClass i : k.interfaces) {
                if (!out.contains(i)) {
                    out.add(i);
                    collectInterfaces(i, out);
                }
            }
        }
    }

    /**
     * JVMS §5.5 step 7: the superinterfaces initialised together with this class, those that
     * declare a non-abstract, non-static method, in the order the specification enumerates them.
     */
    public java.util.List<KClass> interfacesToInitialize() {
        java.util.List<KClass> out = new ArrayList<>();
        if (!isInterface()) {
            for (KClass i : interfaces) {
                enumerate(i, out);
            }
        }
        return out;
    }

    private static void enumerate(KClass i, java.util.List<KClass> out) {
        for (KClass s : i.interfaces) {
            enumerate(s, out);
        }
        boolean hasDefault = false;
        for (KMethod m : i.methods.values()) {
            if (!m.isAbstract() && !m.isStatic() && !m.name.equals("<clinit>")) {
                hasDefault = true;
            }
        }
        if (hasDefault && !out.contains(i)) {
            out.add(i);
        }
    }

    @Override
    public String toString() {
        return javaName();
    }
}
