package kiln.compiler.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysed closed world, laid out for code generation: the classes to emit in a stable order,
 * type ids for subtype checks, vtables, and the interface dispatchers call sites need.
 */
public final class Program {
    public final World world;
    public final Reachability reach;
    public final KMethod main;
    /** Emitted classes and interfaces, sorted by name. */
    public final List<KClass> classes = new ArrayList<>();
    /** Array descriptor -> type id. */
    public final Map<String, Integer> arrayIds = new LinkedHashMap<>();
    /** "Iface selector" -> dispatcher number, for interface calls with several targets. */
    public final Map<String, Integer> interfaceDispatchers = new LinkedHashMap<>();
    private final Map<KClass, Map<String, Integer>> slots = new HashMap<>();

    public Program(World world, Reachability reach, KMethod main) {
        this.world = world;
        this.reach = reach;
        this.main = main;
        classes.addAll(reach.referenced);
        classes.sort(Comparator.comparing(c -> c.name));
        assignIds();
        for (KClass c : classes) {
            if (!c.isInterface()) {
                buildVtable(c);
            }
        }
    }

    private void assignIds() {
        KClass object = world.load("java/lang/Object");
        Map<KClass, List<KClass>> children = new HashMap<>();
        for (KClass c : classes) {
            c.depth = 0;
            for (KClass s = c.superclass; s != null; s = s.superclass) {
                c.depth++;
            }
            if (!c.isInterface() && c.superclass != null) {
                children.computeIfAbsent(c.superclass, k -> new ArrayList<>()).add(c);
            }
        }
        int[] next = {0};
        number(object, children, next);
        object.idLast = next[0] - 1;
        for (String a : reach.arrayTypes) {
            arrayIds.put(a, next[0]++);
        }
        object.idLast = next[0] - 1; // arrays are Objects too
        for (KClass c : classes) {
            if (c.isInterface()) {
                c.id = next[0]++;
                c.idLast = c.id;
            }
        }
    }

    private void number(KClass c, Map<KClass, List<KClass>> children, int[] next) {
        c.id = next[0]++;
        for (KClass k : children.getOrDefault(c, List.of())) {
            number(k, children, next);
        }
        c.idLast = next[0] - 1;
    }

    private void buildVtable(KClass c) {
        if (c.superclass != null && !slots.containsKey(c.superclass)) {
            buildVtable(c.superclass);
        }
        List<String> vt = new ArrayList<>(c.superclass == null ? List.of() : c.superclass.vtable);
        Map<String, Integer> index = new HashMap<>(c.superclass == null ? Map.of() : slots.get(c.superclass));
        List<String> selectors = new ArrayList<>(reach.virtualCalls.keySet());
        selectors.sort(null);
        for (String sel : selectors) {
            if (!index.containsKey(sel) && hasMethod(c, sel)) {
                index.put(sel, vt.size());
                vt.add(sel);
            }
        }
        c.vtable = vt;
        slots.put(c, index);
    }

    private static boolean hasMethod(KClass c, String key) {
        for (KClass k = c; k != null; k = k.superclass) {
            KMethod m = k.methods.get(key);
            if (m != null && m.isVirtual()) {
                return true;
            }
        }
        for (KClass i : c.allInterfaces()) {
            KMethod m = i.methods.get(key);
            if (m != null && m.isVirtual()) {
                return true;
            }
        }
        return false;
    }

    public int slot(KClass c, String key) {
        Integer s = slots.get(c).get(key);
        if (s == null) {
            throw new IllegalStateException("no vtable slot for " + key + " in " + c);
        }
        return s;
    }

    /** The implementation the vtable of c holds for selector key, or null. */
    public KMethod vtableEntry(KClass c, String key) {
        KMethod m = world.selectVirtual(c, key);
        return m != null && reach.reached.contains(m) ? m : null;
    }

    public int interfaceDispatcher(KClass iface, String key) {
        return interfaceDispatchers.computeIfAbsent(iface.name + " " + key, k -> interfaceDispatchers.size());
    }

    /** Does any code need to run before this class may be used (JVMS §5.5)? */
    public boolean needsInit(KClass c) {
        for (KClass k = c; k != null; k = k.superclass) {
            if (k.initialized && hasClinit(k) || !initInterfaces(k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasClinit(KClass k) {
        KMethod m = k.methods.get("<clinit>()V");
        return m != null && reach.reached.contains(m);
    }

    /** Superinterfaces with default methods and an initialiser, to run before c's own (§5.5). */
    public List<KClass> initInterfaces(KClass c) {
        List<KClass> out = new ArrayList<>();
        for (KClass i : c.interfacesToInitialize()) {
            if (hasClinit(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The values() method of an enum class (a direct subclass of Enum with ACC_ENUM), else null. */
    public static KMethod enumValues(KClass k) {
        if (!k.model.flags().has(java.lang.reflect.AccessFlag.ENUM) || k.superclass == null
                || !k.superclass.name.equals("java/lang/Enum")) {
            return null;
        }
        KMethod m = k.methods.get("values()[L" + k.name + ";");
        return m != null && m.isStatic() ? m : null;
    }
}
