package kiln.compiler.lower;

import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kiln.compiler.frontend.ClassPath;

/**
 * invokedynamic call sites lowered to plain static calls into synthetic classes, which are added
 * to the ClassPath so that analysis and code generation treat them as ordinary classes.
 * Names are <owner>$$Kiln$<n>, numbered per owner in discovery order, so builds are reproducible.
 */
public final class IndyTable {
    private final ClassPath classPath;
    private final Map<String, Indy.Call> sites = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    public IndyTable(ClassPath classPath) {
        this.classPath = classPath;
    }

    /** The static call replacing a call site, or null with the reason in `problem[0]`. */
    public Indy.Call lower(String owner, String methodKey, int insnIndex, InvokeDynamicInstruction indy, String[] problem) {
        String key = owner + "." + methodKey + "#" + insnIndex;
        Indy.Call known = sites.get(key);
        if (known != null) {
            return known;
        }
        var bsm = indy.bootstrapMethod();
        String bsmOwner = bsm.owner().descriptorString();
        String bsmName = bsm.methodName();
        MethodTypeDesc type = indy.typeSymbol();
        List<?> args = indy.bootstrapArgs();
        int n = counters.merge(owner, 1, Integer::sum) - 1;
        String name = owner + "$$Kiln$" + n;
        byte[] bytes;
        String method;
        switch (bsmOwner + "." + bsmName) {
            case "Ljava/lang/invoke/LambdaMetafactory;.metafactory",
                 "Ljava/lang/invoke/LambdaMetafactory;.altMetafactory" -> {
                bytes = Lambdas.build(name, type, indy.name().stringValue(), args, bsmName.equals("altMetafactory"));
                method = "create";
            }
            case "Ljava/lang/runtime/ObjectMethods;.bootstrap" -> {
                bytes = Bootstraps.staticCall(name, type, Bootstraps.recordMethod(indy.name().stringValue(),
                        (ClassDesc) args.get(0), (String) args.get(1), args.subList(2, args.size())));
                method = "call";
            }
            case "Ljava/lang/runtime/SwitchBootstraps;.typeSwitch",
                 "Ljava/lang/runtime/SwitchBootstraps;.enumSwitch" -> {
                bytes = Bootstraps.staticCall(name, type, Bootstraps.switchMethod(bsmName.equals("enumSwitch"), type, args));
                method = "call";
            }
            default -> {
                problem[0] = "invokedynamic bootstrap " + bsm.owner().displayName() + "." + bsmName;
                return null;
            }
        }
        classPath.addSynthetic(name, bytes);
        Indy.Call call = new Indy.Call(name, method, type.descriptorString(), true);
        sites.put(key, call);
        return call;
    }

}
