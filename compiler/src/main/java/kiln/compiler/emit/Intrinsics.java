package kiln.compiler.emit;

import java.util.Map;

import kiln.compiler.analysis.KMethod;

/**
 * Native methods of the class library that the compiler implements inline, as static inline C
 * functions in the generated header. A few program-dependent natives (Start.invokeMain,
 * Classes.primitiveClass, StringTable.literalCount/literalAt) are defined by CEmitter in the
 * generated files; every other native is a kiln_native_* function of the C runtime core.
 */
final class Intrinsics {
    private Intrinsics() {}

    private static final Map<String, String> BODIES = Map.of(
            "java/lang/Object.getClass()Ljava/lang/Class;", "return (kiln_object *)self->klass;",
            "java/lang/Math.sqrt(D)D", "return __builtin_sqrt(a0);",
            "java/lang/StrictMath.sqrt(D)D", "return __builtin_sqrt(a0);",
            "java/lang/Float.floatToRawIntBits(F)I", "union { jfloat f; jint i; } u; u.f = a0; return u.i;",
            "java/lang/Float.intBitsToFloat(I)F", "union { jfloat f; jint i; } u; u.i = a0; return u.f;",
            "java/lang/Double.doubleToRawLongBits(D)J", "union { jdouble d; jlong l; } u; u.d = a0; return u.l;",
            "java/lang/Double.longBitsToDouble(J)D", "union { jdouble d; jlong l; } u; u.l = a0; return u.d;");

    /** The C body of an intrinsic, or null when the native is implemented by the runtime core. */
    static String body(KMethod m) {
        return BODIES.get(m.owner.name + "." + m.key);
    }
}
