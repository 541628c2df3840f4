package kiln.compiler.emit;

import java.util.HashMap;
import java.util.Map;

import kiln.compiler.analysis.KMethod;

/**
 * Native methods of the class library that the compiler implements inline, as static inline C
 * functions in the generated header. A few program-dependent natives (Start.invokeMain,
 * Classes.primitiveClass, StringTable.literalCount/literalAt) are defined by CEmitter in the
 * generated files; every other native is a kiln_native_* function of the C runtime core.
 *
 * <p>The kiln.hw natives (libos/hw: device registers, I/O ports, barriers, DMA memory) are inline so
 * that a driver's register access is one instruction; their bodies call runtime/include/kiln/hw.h,
 * which also decides what Mmio/Port do on a target without devices (linux: a clear crash).
 */
final class Intrinsics {
    private Intrinsics() {}

    private static final Map<String, String> BODIES = new HashMap<>();

    static {
        BODIES.put("java/lang/Object.getClass()Ljava/lang/Class;", "return (kiln_object *)self->klass;");
        BODIES.put("java/lang/Math.sqrt(D)D", "return __builtin_sqrt(a0);");
        BODIES.put("java/lang/StrictMath.sqrt(D)D", "return __builtin_sqrt(a0);");
        BODIES.put("java/lang/Float.floatToRawIntBits(F)I", "union { jfloat f; jint i; } u; u.f = a0; return u.i;");
        BODIES.put("java/lang/Float.intBitsToFloat(I)F", "union { jfloat f; jint i; } u; u.i = a0; return u.f;");
        BODIES.put("java/lang/Double.doubleToRawLongBits(D)J", "union { jdouble d; jlong l; } u; u.d = a0; return u.l;");
        BODIES.put("java/lang/Double.longBitsToDouble(J)D", "union { jdouble d; jlong l; } u; u.l = a0; return u.d;");
        for (String w : new String[] {"8", "16", "32"}) {
            BODIES.put("kiln/hw/Mmio.read" + w + "(J)I", "return kiln_hw_mmio_read" + w + "(a0);");
            BODIES.put("kiln/hw/Mmio.write" + w + "(JI)V", "kiln_hw_mmio_write" + w + "(a0, a1);");
            BODIES.put("kiln/hw/Port.in" + w + "(I)I", "return kiln_hw_port_in" + w + "(a0);");
            BODIES.put("kiln/hw/Port.out" + w + "(II)V", "kiln_hw_port_out" + w + "(a0, a1);");
            // DMA memory is ordinary RAM on every target: volatile accesses, as the device may write it.
            BODIES.put("kiln/hw/Dma.get" + w + "(J)I", "return kiln_hw_read" + w + "(a0);");
            BODIES.put("kiln/hw/Dma.put" + w + "(JI)V", "kiln_hw_write" + w + "(a0, a1);");
        }
        BODIES.put("kiln/hw/Mmio.read64(J)J", "return kiln_hw_mmio_read64(a0);");
        BODIES.put("kiln/hw/Mmio.write64(JJ)V", "kiln_hw_mmio_write64(a0, a1);");
        BODIES.put("kiln/hw/Dma.get64(J)J", "return kiln_hw_read64(a0);");
        BODIES.put("kiln/hw/Dma.put64(JJ)V", "kiln_hw_write64(a0, a1);");
        BODIES.put("kiln/hw/Barrier.full()V", "kiln_hw_fence_full();");
        BODIES.put("kiln/hw/Barrier.read()V", "kiln_hw_fence_read();");
        BODIES.put("kiln/hw/Barrier.write()V", "kiln_hw_fence_write();");
    }

    /** The C body of an intrinsic, or null when the native is implemented by the runtime core. */
    static String body(KMethod m) {
        return BODIES.get(m.owner.name + "." + m.key);
    }
}
