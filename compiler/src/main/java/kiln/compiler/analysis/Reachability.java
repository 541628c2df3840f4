package kiln.compiler.analysis;

import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.instruction.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kiln.compiler.lower.Indy;
import kiln.compiler.lower.IndyTable;

/**
 * Closed-world reachability by rapid type analysis: a method is compiled only if it can run. A
 * virtual call reaches the implementation in every instantiated subclass of its static receiver
 * type; instantiating a class reaches its implementations of every selector already called.
 */
public final class Reachability {
    public final World world;
    public final Set<KMethod> reached = new LinkedHashSet<>();
    private final Deque<KMethod> queue = new ArrayDeque<>();
    public final Set<KClass> instantiated = new LinkedHashSet<>();
    /** Selector -> static receiver classes it is called on virtually. */
    public final Map<String, Set<KClass>> virtualCalls = new LinkedHashMap<>();
    /** Array descriptors ("[I", "[Ljava/lang/String;") the program uses. */
    public final Set<String> arrayTypes = new TreeSet<>();
    /** Classes whose kiln_class the code refers to (beyond supertypes of instantiated ones). */
    public final Set<KClass> referenced = new LinkedHashSet<>();
    private final Map<String, List<KMethod>> targetCache = new HashMap<>();

    /** invokedynamic sites lowered to calls into synthetic classes. */
    public final IndyTable indys;

    public Reachability(World world, IndyTable indys) {
        this.world = world;
        this.indys = indys;
    }

    public void addRoot(KMethod m) {
        reach(m);
    }

    public void run() {
        while (!queue.isEmpty()) {
            scan(queue.poll());
        }
    }

    public void reach(KMethod m) {
        if (m != null && reached.add(m)) {
            referenced.add(m.owner);
            queue.add(m);
        }
    }

    public void instantiate(KClass c) {
        if (c == null || !instantiated.add(c)) {
            return;
        }
        use(c);
        for (KClass t = c; t != null; t = t.superclass) {
            referenced.add(t);
        }
        for (Map.Entry<String, Set<KClass>> e : virtualCalls.entrySet()) {
            for (KClass t : e.getValue()) {
                if (c.isSubclassOf(t)) {
                    reach(world.selectVirtual(c, e.getKey()));
                    break;
                }
            }
        }
    }

    public void use(KClass c) {
        if (c != null && referenced.add(c)) {
            if (c.superclass != null) {
                use(c.superclass);
            }
            c.interfaces.forEach(this::use);
        }
        if (c != null) {
            c.interfaces.forEach(this::use);
        }
    }

    /** JVMS §5.5: code triggers initialisation of c (and so of its superclasses). */
    public void initialize(KClass c) {
        if (c == null || c.initialized) {
            return;
        }
        c.initialized = true;
        use(c);
        if (c.superclass != null) {
            initialize(c.superclass);
        }
        for (KClass i : c.interfacesToInitialize()) {
            if (!i.initialized) {
                i.initialized = true;
                use(i);
                reach(i.methods.get("<clinit>()V"));
            }
        }
        reach(c.methods.get("<clinit>()V"));
    }

    public void virtualCall(KClass staticType, String key) {
        Set<KClass> types = virtualCalls.computeIfAbsent(key, k -> new LinkedHashSet<>());
        if (!types.add(staticType)) {
            return;
        }
        for (KClass c : List.copyOf(instantiated)) {
            if (c.isSubclassOf(staticType)) {
                reach(world.selectVirtual(c, key));
            }
        }
    }

    /** Implementations a virtual/interface call on staticType may run, after the analysis. */
    public List<KMethod> targets(KClass staticType, String key) {
        return targetCache.computeIfAbsent(staticType.name + " " + key, k -> {
            Set<KMethod> out = new LinkedHashSet<>();
            for (KClass c : instantiated) {
                if (c.isSubclassOf(staticType)) {
                    KMethod m = world.selectVirtual(c, key);
                    if (m != null) {
                        out.add(m);
                    }
                }
            }
            return new ArrayList<>(out);
        });
    }

    public void useType(String desc) {
        if (desc.startsWith("[")) {
            if (arrayTypes.add(desc)) {
                useType(desc.substring(1));
            }
        } else if (desc.startsWith("L") && desc.endsWith(";")) {
            use(world.load(desc.substring(1, desc.length() - 1)));
        }
    }

    private void useClassEntry(ClassEntry e, String site) {
        String n = e.asInternalName();
        if (n.startsWith("[")) {
            useType(n);
            String elem = n.replaceAll("^\\[+", "");
            if (elem.startsWith("L")) {
                world.require(elem.substring(1, elem.length() - 1), site);
            }
        } else {
            use(world.require(n, site));
        }
    }

    private void scan(KMethod m) {
        if (m.isNative() || m.isAbstract()) {
            return;
        }
        CodeModel code = m.model.code().orElse(null);
        if (code == null) {
            return;
        }
        String file = m.owner.sourceFile();
        String where = file != null ? file : m.owner.javaName();
        int line = -1;
        int index = 0;
        for (CodeElement el : code.elementList()) {
            if (el instanceof LineNumber ln) {
                line = ln.line();
                continue;
            }
            if (el instanceof ExceptionCatch ec) {
                ec.catchType().ifPresent(t -> useClassEntry(t, where));
                continue;
            }
            if (!(el instanceof Instruction insn)) {
                continue;
            }
            String site = line >= 0 ? where + ":" + line : where + " (" + m.owner.javaName() + "." + m.name + ")";
            scanInstruction(insn, site, m, index++);
        }
    }

    private void scanInstruction(Instruction insn, String site, KMethod m, int index) {
        switch (insn) {
            case NewObjectInstruction n -> {
                KClass c = world.require(n.className().asInternalName(), site);
                if (c != null) {
                    instantiate(c);
                    initialize(c);
                }
            }
            case NewPrimitiveArrayInstruction n -> useType("[" + n.typeKind().upperBound().descriptorString());
            case NewReferenceArrayInstruction n -> {
                String comp = n.componentType().asSymbol().descriptorString();
                useClassEntry(n.componentType(), site);
                useType("[" + comp);
            }
            case NewMultiArrayInstruction n -> useClassEntry(n.arrayType(), site);
            case TypeCheckInstruction t -> useClassEntry(t.type(), site);
            case ConstantInstruction.LoadConstantInstruction lc -> {
                var e = lc.constantEntry();
                if (e instanceof ClassEntry ce) {
                    useClassEntry(ce, site);
                    instantiate(world.load("java/lang/Class"));
                } else if (e instanceof StringEntry) {
                    instantiate(world.load("java/lang/String"));
                } else if (!(e instanceof java.lang.classfile.constantpool.IntegerEntry
                        || e instanceof java.lang.classfile.constantpool.LongEntry
                        || e instanceof java.lang.classfile.constantpool.FloatEntry
                        || e instanceof java.lang.classfile.constantpool.DoubleEntry)) {
                    world.errors.add(site + " loads a " + e.getClass().getSimpleName()
                            + " constant (method handles/dynamic constants), which Kiln does not support yet");
                }
            }
            case FieldInstruction f -> {
                KClass d = world.resolveField(f.owner().asInternalName(), f.name().stringValue(),
                        f.type().stringValue(), site);
                useType(f.type().stringValue());
                if (d != null && (f.opcode() == Opcode.GETSTATIC || f.opcode() == Opcode.PUTSTATIC)) {
                    initialize(d);
                }
            }
            case InvokeInstruction inv -> scanInvoke(inv, site);
            case InvokeDynamicInstruction indy when !Indy.isConcat(indy) -> {
                String[] problem = new String[1];
                Indy.Call call = indys.lower(m.owner.name, m.key, index, indy, problem);
                if (call == null) {
                    world.errors.add(site + " uses " + problem[0] + ", which Kiln does not support yet");
                    return;
                }
                KMethod target = world.resolveMethod(call.owner(), call.name(), call.desc(), site);
                if (target != null) {
                    initialize(target.owner);
                    reach(target);
                }
            }
            case InvokeDynamicInstruction indy -> {
                for (Indy.Call call : Indy.lower(indy, site, world)) {
                    KMethod target = world.resolveMethod(call.owner(), call.name(), call.desc(), site);
                    if (target == null) {
                        continue;
                    }
                    if (call.name().equals("<init>")) {
                        instantiate(target.owner);
                        initialize(target.owner);
                        reach(target);
                    } else if (call.isStatic()) {
                        initialize(target.owner);
                        reach(target);
                    } else {
                        virtualCall(target.owner, target.key);
                    }
                }
            }
            case DiscontinuedInstruction d -> world.errors.add(site + " uses jsr/ret (pre-Java-6 bytecode), which Kiln does not support");
            default -> {
            }
        }
    }

    private void scanInvoke(InvokeInstruction inv, String site) {
        String owner = inv.owner().asInternalName();
        String name = inv.name().stringValue();
        String desc = inv.type().stringValue();
        if (owner.startsWith("[")) {
            useType(owner);
        }
        KMethod target = world.resolveMethod(owner, name, desc, site);
        if (target == null) {
            return;
        }
        if (owner.startsWith("[") && name.equals("clone")) {
            reach(target); // Object.clone on an array
            return;
        }
        switch (inv.opcode()) {
            case INVOKESTATIC -> {
                initialize(target.owner);
                reach(target);
            }
            case INVOKESPECIAL -> {
                if (name.equals("<init>")) {
                    reach(target);
                } else {
                    reach(target); // private method or super call: statically bound
                }
            }
            case INVOKEVIRTUAL, INVOKEINTERFACE -> {
                if (!target.isVirtual()) {
                    reach(target); // private methods through invokevirtual/invokeinterface (nestmates)
                } else {
                    KClass staticType = owner.startsWith("[") ? world.load("java/lang/Object") : world.load(owner);
                    if (target.owner.name.equals("java/lang/Object") && staticType.isInterface()) {
                        staticType = target.owner;
                    }
                    virtualCall(staticType, target.key);
                }
            }
            default -> {
            }
        }
    }
}
