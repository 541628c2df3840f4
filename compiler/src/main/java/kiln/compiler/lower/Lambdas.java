package kiln.compiler.lower;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * LambdaMetafactory at build time: each lambda/method-reference call site gets a small class
 * implementing the functional interface. Its fields hold the captured values, a static
 * {@code create} method replaces the invokedynamic, and the interface method adapts arguments
 * (casts, boxing, unboxing, widening) and calls the implementation, as the JDK's
 * LambdaMetafactory specification describes.
 */
final class Lambdas {
    private Lambdas() {}

    static final int FLAG_MARKERS = 2;
    static final int FLAG_BRIDGES = 4;

    /**
     * Builds the class.
     * @param name internal name of the class to build
     * @param factoryType the invokedynamic type: (captured...) -> functional interface
     * @param samName the interface method's name
     * @param bsmArgs the bootstrap arguments (metafactory or altMetafactory)
     */
    static byte[] build(String name, MethodTypeDesc factoryType, String samName, List<?> bsmArgs, boolean alt) {
        MethodTypeDesc samType = (MethodTypeDesc) bsmArgs.get(0);
        DirectMethodHandleDesc impl = (DirectMethodHandleDesc) bsmArgs.get(1);
        List<ClassDesc> interfaces = new ArrayList<>(List.of(factoryType.returnType()));
        List<MethodTypeDesc> bridges = new ArrayList<>();
        if (alt) {
            int flags = (Integer) bsmArgs.get(3);
            int i = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) bsmArgs.get(i++);
                for (int k = 0; k < n; k++) {
                    interfaces.add((ClassDesc) bsmArgs.get(i++));
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) bsmArgs.get(i++);
                for (int k = 0; k < n; k++) {
                    bridges.add((MethodTypeDesc) bsmArgs.get(i++));
                }
            }
        }
        ClassDesc self = ClassDesc.ofInternalName(name);
        List<ClassDesc> captured = factoryType.parameterList();
        return ClassFile.of().build(self, cb -> {
            cb.withFlags(AccessFlag.FINAL, AccessFlag.SYNTHETIC, AccessFlag.SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            cb.withInterfaceSymbols(interfaces);
            for (int i = 0; i < captured.size(); i++) {
                cb.withField("c" + i, captured.get(i), ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL);
            }
            cb.withMethodBody("<init>", MethodTypeDesc.of(ConstantDescs.CD_void, captured), ClassFile.ACC_PRIVATE, code -> {
                code.aload(0);
                code.invokespecial(ConstantDescs.CD_Object, "<init>", ConstantDescs.MTD_void);
                int slot = 1;
                for (int i = 0; i < captured.size(); i++) {
                    code.aload(0);
                    TypeKind k = TypeKind.from(captured.get(i));
                    code.loadLocal(k, slot);
                    slot += k.slotSize();
                    code.putfield(self, "c" + i, captured.get(i));
                }
                code.return_();
            });
            cb.withMethodBody("create", factoryType, ClassFile.ACC_STATIC, code -> {
                code.new_(self);
                code.dup();
                int slot = 0;
                for (ClassDesc c : captured) {
                    TypeKind k = TypeKind.from(c);
                    code.loadLocal(k, slot);
                    slot += k.slotSize();
                }
                code.invokespecial(self, "<init>", MethodTypeDesc.of(ConstantDescs.CD_void, captured));
                code.areturn();
            });
            cb.withMethodBody(samName, samType, ClassFile.ACC_PUBLIC, code -> forward(code, self, captured, samType, impl));
            for (MethodTypeDesc bridge : bridges) {
                if (!bridge.equals(samType)) {
                    cb.withMethodBody(samName, bridge, ClassFile.ACC_PUBLIC | ClassFile.ACC_BRIDGE,
                            code -> forward(code, self, captured, bridge, impl));
                }
            }
        });
    }

    /** Body of the interface method: captured values and arguments, adapted, into impl. */
    private static void forward(CodeBuilder code, ClassDesc self, List<ClassDesc> captured, MethodTypeDesc sam,
                                DirectMethodHandleDesc impl) {
        List<ClassDesc> implParams = new ArrayList<>();
        DirectMethodHandleDesc.Kind kind = impl.kind();
        boolean hasReceiver = switch (kind) {
            case VIRTUAL, INTERFACE_VIRTUAL, SPECIAL, INTERFACE_SPECIAL -> true;
            default -> false;
        };
        MethodTypeDesc lookup = MethodTypeDesc.ofDescriptor(impl.lookupDescriptor());
        if (hasReceiver) {
            implParams.add(impl.owner());
        }
        implParams.addAll(lookup.parameterList());
        if (kind == DirectMethodHandleDesc.Kind.CONSTRUCTOR) {
            code.new_(impl.owner());
            code.dup();
        }
        int p = 0;
        for (int i = 0; i < captured.size(); i++, p++) {
            code.aload(0);
            code.getfield(self, "c" + i, captured.get(i));
            adapt(code, captured.get(i), implParams.get(p));
        }
        int slot = 1;
        for (ClassDesc t : sam.parameterList()) {
            TypeKind k = TypeKind.from(t);
            code.loadLocal(k, slot);
            slot += k.slotSize();
            adapt(code, t, implParams.get(p++));
        }
        ClassDesc ret;
        switch (kind) {
            case STATIC, INTERFACE_STATIC -> {
                code.invokestatic(impl.owner(), impl.methodName(), lookup, kind == DirectMethodHandleDesc.Kind.INTERFACE_STATIC);
                ret = lookup.returnType();
            }
            case VIRTUAL -> {
                code.invokevirtual(impl.owner(), impl.methodName(), lookup);
                ret = lookup.returnType();
            }
            case INTERFACE_VIRTUAL -> {
                code.invokeinterface(impl.owner(), impl.methodName(), lookup);
                ret = lookup.returnType();
            }
            case SPECIAL, INTERFACE_SPECIAL -> {
                code.invokespecial(impl.owner(), impl.methodName(), lookup, kind == DirectMethodHandleDesc.Kind.INTERFACE_SPECIAL);
                ret = lookup.returnType();
            }
            case CONSTRUCTOR -> {
                code.invokespecial(impl.owner(), "<init>", lookup);
                ret = impl.owner();
            }
            default -> throw new IllegalArgumentException("method handle kind " + kind);
        }
        ClassDesc samRet = sam.returnType();
        if (samRet.equals(ConstantDescs.CD_void)) {
            if (!ret.equals(ConstantDescs.CD_void)) {
                if (TypeKind.from(ret).slotSize() == 2) {
                    code.pop2();
                } else {
                    code.pop();
                }
            }
            code.return_();
        } else {
            adapt(code, ret, samRet);
            code.return_(TypeKind.from(samRet));
        }
    }

    /** Converts the value on the stack from one type to another (LambdaMetafactory's adaptations). */
    static void adapt(CodeBuilder code, ClassDesc from, ClassDesc to) {
        if (from.equals(to)) {
            return;
        }
        boolean fp = from.isPrimitive();
        boolean tp = to.isPrimitive();
        if (fp && tp) {
            code.conversion(TypeKind.from(from), TypeKind.from(to));
        } else if (fp) {
            ClassDesc box = box(from);
            code.invokestatic(box, "valueOf", MethodTypeDesc.of(box, from));
            if (!to.equals(box) && !to.equals(ConstantDescs.CD_Object)) {
                code.checkcast(to);
            }
        } else if (tp) {
            ClassDesc box = unboxSource(from, to);
            if (!from.equals(box)) {
                code.checkcast(box);
            }
            ClassDesc prim = primitiveOf(box);
            code.invokevirtual(box, prim.displayName() + "Value", MethodTypeDesc.of(prim));
            if (!prim.equals(to)) {
                code.conversion(TypeKind.from(prim), TypeKind.from(to));
            }
        } else if (!to.equals(ConstantDescs.CD_Object)) {
            code.checkcast(to);
        }
    }

    private static ClassDesc unboxSource(ClassDesc from, ClassDesc to) {
        return primitiveOf(from) != null ? from : box(to);
    }

    static ClassDesc box(ClassDesc prim) {
        return switch (prim.descriptorString()) {
            case "Z" -> ClassDesc.of("java.lang.Boolean");
            case "B" -> ClassDesc.of("java.lang.Byte");
            case "C" -> ClassDesc.of("java.lang.Character");
            case "S" -> ClassDesc.of("java.lang.Short");
            case "I" -> ClassDesc.of("java.lang.Integer");
            case "J" -> ClassDesc.of("java.lang.Long");
            case "F" -> ClassDesc.of("java.lang.Float");
            case "D" -> ClassDesc.of("java.lang.Double");
            default -> throw new IllegalArgumentException(prim.descriptorString());
        };
    }

    static ClassDesc primitiveOf(ClassDesc box) {
        return switch (box.descriptorString()) {
            case "Ljava/lang/Boolean;" -> ConstantDescs.CD_boolean;
            case "Ljava/lang/Byte;" -> ConstantDescs.CD_byte;
            case "Ljava/lang/Character;" -> ConstantDescs.CD_char;
            case "Ljava/lang/Short;" -> ConstantDescs.CD_short;
            case "Ljava/lang/Integer;" -> ConstantDescs.CD_int;
            case "Ljava/lang/Long;" -> ConstantDescs.CD_long;
            case "Ljava/lang/Float;" -> ConstantDescs.CD_float;
            case "Ljava/lang/Double;" -> ConstantDescs.CD_double;
            default -> null;
        };
    }
}
