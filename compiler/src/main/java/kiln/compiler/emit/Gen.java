package kiln.compiler.emit;

import java.lang.constant.MethodTypeDesc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kiln.compiler.analysis.KClass;
import kiln.compiler.analysis.KMethod;
import kiln.compiler.analysis.Program;

/**
 * Shared state of one C generation: the program, the string literal pool, and the naming and
 * dispatch decisions every method emitter asks about.
 */
final class Gen {
    final Program program;
    /** String literal value -> symbol, in first-use order (deterministic). */
    final Map<String, String> strings = new LinkedHashMap<>();

    Gen(Program program) {
        this.program = program;
    }

    String string(String value) {
        return strings.computeIfAbsent(value, v -> "str_" + strings.size());
    }

    KClass klass(String internalName) {
        KClass c = program.world.load(internalName);
        if (c == null) {
            throw new IllegalStateException("class " + internalName + " vanished after analysis");
        }
        return c;
    }

    String arrayKlass(String desc) {
        if (!program.arrayIds.containsKey(desc)) {
            throw new IllegalStateException("array type " + desc + " was not found by the analysis");
        }
        return Names.arrayKlass(desc);
    }

    /** The kiln_class symbol of a class or array type given by internal name. */
    String classRef(String internalName) {
        return internalName.startsWith("[") ? arrayKlass(internalName) : Names.klass(klass(internalName));
    }

    KMethod resolve(String owner, String name, String desc) {
        KMethod m = program.world.resolveMethod(owner, name, desc, "(compiler)");
        if (m == null) {
            throw new IllegalStateException("cannot resolve " + owner + "." + name + desc);
        }
        return m;
    }

    KClass fieldOwner(String owner, String name, String desc) {
        KClass d = program.world.resolveField(owner, name, desc, "(compiler)");
        if (d == null) {
            throw new IllegalStateException("cannot resolve field " + owner + "." + name);
        }
        return d;
    }

    /** The C function name of a method the runtime support code calls (kiln.rt.Throw etc.). */
    String call(String owner, String name, String desc) {
        KMethod m = resolve(owner, name, desc);
        if (!program.reach.reached.contains(m)) {
            throw new IllegalStateException(m + " is not a root");
        }
        return Names.method(m);
    }

    /** A C boolean expression: is the (non-null) object `expr` an instance of the named type? */
    String instanceOf(String expr, String internalName) {
        if (internalName.startsWith("[")) {
            return "kiln_is_subclass(" + expr + "->klass, (const kiln_class *)&" + arrayKlass(internalName) + ")";
        }
        KClass t = klass(internalName);
        if (t.name.equals("java/lang/Object")) {
            return "1";
        }
        if (t.isInterface()) {
            return "kiln_is_subclass(" + expr + "->klass, (const kiln_class *)&" + Names.klass(t) + ")";
        }
        if (t.id == t.idLast) {
            return "(" + expr + "->klass == (const kiln_class *)&" + Names.klass(t) + ")";
        }
        return "((uint32_t)(" + expr + "->klass->id - " + t.id + ") <= " + (t.idLast - t.id) + "u)";
    }

    /** The callee expression of a virtual or interface call of target on receiver recv. */
    String dispatch(String owner, KMethod target, String recv) {
        KClass staticType = owner.startsWith("[") ? klass("java/lang/Object") : klass(owner);
        if (target.owner.name.equals("java/lang/Object") && staticType.isInterface()) {
            staticType = target.owner;
        }
        List<KMethod> targets = program.reach.targets(staticType, target.key);
        if (targets.size() == 1) {
            return Names.method(targets.get(0)); // devirtualised: one implementation in the closed world
        }
        String fnType = "(" + functionPointerType(target) + ")";
        if (targets.isEmpty()) {
            return "(" + fnType + "kiln_no_target)";
        }
        if (!staticType.isInterface()) {
            return "(" + fnType + "(" + recv + "->klass->vtable[" + program.slot(staticType, target.key) + "]))";
        }
        return "(" + fnType + "kiln_idisp_" + program.interfaceDispatcher(staticType, target.key) + "(" + recv + "->klass))";
    }

    static String functionPointerType(KMethod m) {
        MethodTypeDesc t = MethodTypeDesc.ofDescriptor(m.desc);
        StringBuilder sb = new StringBuilder(Types.ctype(Types.kind(t.returnType().descriptorString())));
        sb.append(" (*)(");
        boolean first = true;
        if (!m.isStatic()) {
            sb.append("kiln_object *");
            first = false;
        }
        for (var p : t.parameterList()) {
            sb.append(first ? "" : ", ").append(Types.ctype(Types.kind(p.descriptorString())));
            first = false;
        }
        if (first) {
            sb.append("void");
        }
        return sb.append(')').toString();
    }

    String prototype(KMethod m) {
        MethodTypeDesc t = MethodTypeDesc.ofDescriptor(m.desc);
        StringBuilder sb = new StringBuilder(Types.ctype(Types.kind(t.returnType().descriptorString())));
        sb.append(' ').append(Names.method(m)).append('(');
        boolean first = true;
        if (!m.isStatic()) {
            sb.append("kiln_object *self");
            first = false;
        }
        int i = 0;
        for (var p : t.parameterList()) {
            sb.append(first ? "" : ", ").append(Types.ctype(Types.kind(p.descriptorString()))).append(" a").append(i++);
            first = false;
        }
        if (first) {
            sb.append("void");
        }
        return sb.append(')').toString();
    }
}
