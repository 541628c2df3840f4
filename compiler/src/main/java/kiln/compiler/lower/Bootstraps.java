package kiln.compiler.lower;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.lang.invoke.MethodHandleInfo;
import java.util.List;
import java.util.function.Consumer;

/**
 * Build-time versions of the JDK's other bootstrap methods, each emitted as a static method
 * {@code call} of a small synthetic class with exactly the invokedynamic's type:
 * ObjectMethods (a record's toString/equals/hashCode, formats as java.lang.runtime.ObjectMethods
 * documents) and SwitchBootstraps.typeSwitch/enumSwitch (pattern and enum switches).
 */
final class Bootstraps {
    private Bootstraps() {}

    private static final ClassDesc CD_SB = ClassDesc.of("java.lang.StringBuilder");
    private static final ClassDesc CD_OBJECTS = ClassDesc.of("java.util.Objects");

    static byte[] staticCall(String name, MethodTypeDesc type, Consumer<CodeBuilder> body) {
        return ClassFile.of().build(ClassDesc.ofInternalName(name), cb -> {
            cb.withFlags(AccessFlag.FINAL, AccessFlag.SYNTHETIC, AccessFlag.SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            cb.withMethodBody("call", type, ClassFile.ACC_STATIC | ClassFile.ACC_PUBLIC, body);
        });
    }

    // ---- Records: java.lang.runtime.ObjectMethods ----

    static Consumer<CodeBuilder> recordMethod(String which, ClassDesc record, String names, List<?> getters) {
        String[] components = names.isEmpty() ? new String[0] : names.split(";");
        return switch (which) {
            case "toString" -> code -> {
                code.new_(CD_SB);
                code.dup();
                code.ldc(simpleName(record) + "[");
                code.invokespecial(CD_SB, "<init>", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String));
                for (int i = 0; i < components.length; i++) {
                    code.ldc((i > 0 ? ", " : "") + components[i] + "=");
                    code.invokevirtual(CD_SB, "append", MethodTypeDesc.of(CD_SB, ConstantDescs.CD_String));
                    ClassDesc t = get(code, 0, (DirectMethodHandleDesc) getters.get(i));
                    ClassDesc arg = switch (t.descriptorString()) {
                        case "Z", "C", "I", "J", "F", "D" -> t;
                        case "B", "S" -> ConstantDescs.CD_int;
                        case "Ljava/lang/String;" -> ConstantDescs.CD_String;
                        default -> ConstantDescs.CD_Object;
                    };
                    code.invokevirtual(CD_SB, "append", MethodTypeDesc.of(CD_SB, arg));
                }
                code.ldc("]");
                code.invokevirtual(CD_SB, "append", MethodTypeDesc.of(CD_SB, ConstantDescs.CD_String));
                code.invokevirtual(CD_SB, "toString", MethodTypeDesc.of(ConstantDescs.CD_String));
                code.areturn();
            };
            case "hashCode" -> code -> {
                code.iconst_0();
                for (int i = 0; i < components.length; i++) {
                    code.bipush(31);
                    code.imul();
                    ClassDesc t = get(code, 0, (DirectMethodHandleDesc) getters.get(i));
                    if (t.isPrimitive()) {
                        ClassDesc box = Lambdas.box(t);
                        code.invokestatic(box, "hashCode", MethodTypeDesc.of(ConstantDescs.CD_int, t));
                    } else {
                        code.invokestatic(CD_OBJECTS, "hashCode", MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_Object));
                    }
                    code.iadd();
                }
                code.ireturn();
            };
            case "equals" -> code -> {
                Label no = code.newLabel();
                code.aload(1);
                code.instanceOf(record);
                code.ifeq(no);
                for (int i = 0; i < components.length; i++) {
                    DirectMethodHandleDesc g = (DirectMethodHandleDesc) getters.get(i);
                    ClassDesc t = get(code, 0, g);
                    code.aload(1);
                    code.checkcast(record);
                    get(code, -1, g);
                    switch (t.descriptorString()) {
                        case "F" -> {
                            code.invokestatic(ClassDesc.of("java.lang.Float"), "compare",
                                    MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_float, ConstantDescs.CD_float));
                            code.ifne(no);
                        }
                        case "D" -> {
                            code.invokestatic(ClassDesc.of("java.lang.Double"), "compare",
                                    MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_double, ConstantDescs.CD_double));
                            code.ifne(no);
                        }
                        case "J" -> {
                            code.lcmp();
                            code.ifne(no);
                        }
                        case "Z", "B", "C", "S", "I" -> code.if_icmpne(no);
                        default -> {
                            code.invokestatic(CD_OBJECTS, "equals", MethodTypeDesc.of(ConstantDescs.CD_boolean,
                                    ConstantDescs.CD_Object, ConstantDescs.CD_Object));
                            code.ifeq(no);
                        }
                    }
                }
                code.iconst_1();
                code.ireturn();
                code.labelBinding(no);
                code.iconst_0();
                code.ireturn();
            };
            default -> throw new IllegalArgumentException("ObjectMethods." + which);
        };
    }

    /** Loads a record component: slot >= 0 loads the record from that local first. */
    private static ClassDesc get(CodeBuilder code, int slot, DirectMethodHandleDesc getter) {
        if (slot >= 0) {
            code.aload(slot);
        }
        ClassDesc t = ClassDesc.ofDescriptor(getter.lookupDescriptor());
        if (getter.refKind() == MethodHandleInfo.REF_getField) {
            code.getfield(getter.owner(), getter.methodName(), t);
            return t;
        }
        MethodTypeDesc m = MethodTypeDesc.ofDescriptor(getter.lookupDescriptor());
        code.invokevirtual(getter.owner(), getter.methodName(), m);
        return m.returnType();
    }

    static String simpleName(ClassDesc c) {
        String n = c.displayName(); // after the package
        int d = n.lastIndexOf('$');
        if (d >= 0) {
            n = n.substring(d + 1);
            int k = 0;
            while (k < n.length() && Character.isDigit(n.charAt(k))) {
                k++;
            }
            n = n.substring(k);
        }
        return n;
    }

    // ---- Pattern and enum switches: java.lang.runtime.SwitchBootstraps ----

    /**
     * typeSwitch/enumSwitch: returns -1 for null, else the index of the first label at or after
     * `restart` that matches, else the number of labels.
     */
    static Consumer<CodeBuilder> switchMethod(boolean enumSwitch, MethodTypeDesc type, List<?> labels) {
        ClassDesc targetType = type.parameterType(0);
        return code -> {
            Label notNull = code.newLabel();
            code.aload(0);
            code.ifnonnull(notNull);
            code.iconst_m1();
            code.ireturn();
            code.labelBinding(notNull);
            for (int i = 0; i < labels.size(); i++) {
                Object label = labels.get(i);
                Label next = code.newLabel();
                code.iload(1);
                code.ldc(i);
                code.if_icmpgt(next); // restart > i: skip
                switch (label) {
                    case ClassDesc c -> {
                        code.aload(0);
                        code.instanceOf(c);
                        code.ifeq(next);
                    }
                    case String s when enumSwitch -> {
                        code.aload(0);
                        code.getstatic(targetType, s, targetType);
                        code.if_acmpne(next);
                    }
                    case String s -> {
                        code.ldc(s);
                        code.aload(0);
                        code.invokevirtual(ConstantDescs.CD_Object, "equals",
                                MethodTypeDesc.of(ConstantDescs.CD_boolean, ConstantDescs.CD_Object));
                        code.ifeq(next);
                    }
                    case Integer n -> {
                        Label tryChar = code.newLabel();
                        Label matched = code.newLabel();
                        ClassDesc number = ClassDesc.of("java.lang.Number");
                        ClassDesc character = ClassDesc.of("java.lang.Character");
                        code.aload(0);
                        code.instanceOf(number);
                        code.ifeq(tryChar);
                        code.aload(0);
                        code.checkcast(number);
                        code.invokevirtual(number, "intValue", MethodTypeDesc.of(ConstantDescs.CD_int));
                        code.ldc(n);
                        code.if_icmpeq(matched);
                        code.goto_(next);
                        code.labelBinding(tryChar);
                        code.aload(0);
                        code.instanceOf(character);
                        code.ifeq(next);
                        code.aload(0);
                        code.checkcast(character);
                        code.invokevirtual(character, "charValue", MethodTypeDesc.of(ConstantDescs.CD_char));
                        code.ldc(n);
                        code.if_icmpne(next);
                        code.labelBinding(matched);
                    }
                    case java.lang.constant.DynamicConstantDesc<?> e -> { // an enum constant label (ConstantBootstraps.enumConstant)
                        code.aload(0);
                        code.getstatic(e.constantType(), e.constantName(), e.constantType());
                        code.if_acmpne(next);
                    }
                    default -> throw new IllegalArgumentException("switch label " + label);
                }
                code.ldc(i);
                code.ireturn();
                code.labelBinding(next);
            }
            code.ldc(labels.size());
            code.ireturn();
        };
    }

}
