package kiln.compiler.emit;

import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.*;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * HotSpot's "helpful" NullPointerException messages (JEP 358), computed at build time:
 * "Cannot invoke \"String.length()\" because \"s\" is null". The action comes from the failing
 * instruction; the reason from a backward slice to the instruction that pushed the null reference
 * (a local, a field, an array element, a method's return value). When the source is ambiguous
 * (values merge from several paths), the reason is left out, as HotSpot does.
 */
final class HelpfulNpe {
    private final List<Instruction> insns;
    private final char[][] stackIn;
    private final Map<Label, Integer> labels;
    private final List<LocalVariable> locals;
    private final boolean isStatic;
    private final MethodTypeDesc parameterTypes;
    /** For each instruction and stack depth: index of the instruction that pushed it, -1 unknown. */
    private final int[][] sources;

    HelpfulNpe(List<Instruction> insns, char[][] stackIn, Map<Label, Integer> labels, List<LocalVariable> locals,
               boolean isStatic, MethodTypeDesc parameterTypes, IntFunction<int[]> successors, int[] handlerStarts) {
        this.parameterTypes = parameterTypes;
        this.insns = insns;
        this.stackIn = stackIn;
        this.labels = labels;
        this.locals = locals;
        this.isStatic = isStatic;
        this.sources = new int[insns.size()][];
        Deque<Integer> work = new ArrayDeque<>();
        merge(0, new int[0], work);
        for (int h : handlerStarts) {
            merge(h, new int[] {-1}, work);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            int[] out = apply(i, sources[i]);
            for (int s : successors.apply(i)) {
                merge(s, out, work);
            }
        }
    }

    private void merge(int i, int[] src, Deque<Integer> work) {
        if (i >= insns.size() || stackIn[i] == null) {
            return;
        }
        int[] cur = sources[i];
        if (cur == null) {
            sources[i] = src.clone();
            work.push(i);
            return;
        }
        boolean changed = false;
        for (int d = 0; d < cur.length && d < src.length; d++) {
            if (cur[d] != src[d] && cur[d] != -1) {
                cur[d] = -1;
                changed = true;
            }
        }
        if (changed) {
            work.push(i);
        }
    }

    private int[] apply(int i, int[] in) {
        Instruction insn = insns.get(i);
        if (insn instanceof StackInstruction st) {
            List<int[]> moves = new java.util.ArrayList<>();
            char[] out = MethodEmitter.stackOpFor(st.opcode(), stackIn[i], moves);
            int[] r = Arrays.copyOf(in, out.length);
            for (int[] mv : moves) {
                r[mv[0]] = in[mv[1]];
            }
            return r;
        }
        char[] outTypes = MethodEmitter.applyFor(insn, stackIn[i]);
        boolean pushes = switch (insn) {
            case LoadInstruction l -> true;
            case ConstantInstruction c -> true;
            case OperatorInstruction o -> true;
            case ConvertInstruction c -> true;
            case FieldInstruction f -> f.opcode() == Opcode.GETSTATIC || f.opcode() == Opcode.GETFIELD;
            case InvokeInstruction v -> !v.typeSymbol().returnType().descriptorString().equals("V");
            case InvokeDynamicInstruction v -> !v.typeSymbol().returnType().descriptorString().equals("V");
            case NewObjectInstruction n -> true;
            case NewPrimitiveArrayInstruction n -> true;
            case NewReferenceArrayInstruction n -> true;
            case NewMultiArrayInstruction n -> true;
            case TypeCheckInstruction t -> true;
            case ArrayLoadInstruction a -> true;
            default -> false;
        };
        int keep = outTypes.length - (pushes ? 1 : 0);
        int[] r = Arrays.copyOf(in, outTypes.length);
        if (pushes) {
            // checkcast passes its operand's source through: ((String) x).length() names x.
            r[keep] = insn instanceof TypeCheckInstruction t && t.opcode() == Opcode.CHECKCAST ? in[in.length - 1] : i;
        }
        return r;
    }

    /** The message for a null reference found by instruction i at stack depth `depth`, or null. */
    String message(int i, int depth) {
        String action = action(insns.get(i));
        if (action == null) {
            return null;
        }
        int src = sources[i] == null ? -1 : sources[i][depth];
        String reason = src < 0 ? null : describe(src, 0);
        if (reason == null) {
            return action;
        }
        return action + " because " + (reason.startsWith("the return value") ? reason : "\"" + reason + "\"") + " is null";
    }

    private static String action(Instruction insn) {
        return switch (insn) {
            case InvokeInstruction inv -> "Cannot invoke \"" + methodName(inv.owner().asSymbol(), inv.name().stringValue(), inv.typeSymbol()) + "\"";
            case FieldInstruction f when f.opcode() == Opcode.GETFIELD -> "Cannot read field \"" + f.name().stringValue() + "\"";
            case FieldInstruction f when f.opcode() == Opcode.PUTFIELD -> "Cannot assign field \"" + f.name().stringValue() + "\"";
            case OperatorInstruction o when o.opcode() == Opcode.ARRAYLENGTH -> "Cannot read the array length";
            case ArrayLoadInstruction a -> "Cannot load from " + arrayKind(a.typeKind()) + " array";
            case ArrayStoreInstruction a -> "Cannot store to " + arrayKind(a.typeKind()) + " array";
            case ThrowInstruction t -> "Cannot throw exception";
            case MonitorInstruction m -> m.opcode() == Opcode.MONITORENTER ? "Cannot enter synchronized block"
                    : "Cannot exit synchronized block";
            default -> null;
        };
    }

    private static String arrayKind(TypeKind k) {
        return switch (k) {
            case BYTE, BOOLEAN -> "byte/boolean";
            case REFERENCE -> "object";
            default -> k.upperBound().displayName();
        };
    }

    /** What pushed the value: a local's name, a field, an array element, a constant, a call. */
    private String describe(int i, int nesting) {
        if (i < 0 || nesting > 5) {
            return null;
        }
        Instruction insn = insns.get(i);
        return switch (insn) {
            case LoadInstruction l -> localName(i, l.slot());
            case ConstantInstruction c when c.opcode() == Opcode.ACONST_NULL -> "null";
            case ConstantInstruction c when c.constantValue() instanceof Integer n -> n.toString();
            case FieldInstruction f when f.opcode() == Opcode.GETSTATIC ->
                    className(f.owner().asSymbol()) + "." + f.name().stringValue();
            case FieldInstruction f when f.opcode() == Opcode.GETFIELD -> {
                String obj = describe(sourceAt(i, stackIn[i].length - 1), nesting + 1);
                yield obj == null ? null : obj + "." + f.name().stringValue();
            }
            case ArrayLoadInstruction a -> {
                String arr = describe(sourceAt(i, stackIn[i].length - 2), nesting + 1);
                String idx = describe(sourceAt(i, stackIn[i].length - 1), nesting + 1);
                yield arr == null || idx == null ? null : arr + "[" + idx + "]";
            }
            case InvokeInstruction inv -> nesting == 0
                    ? "the return value of \"" + methodName(inv.owner().asSymbol(), inv.name().stringValue(), inv.typeSymbol()) + "\""
                    : null;
            default -> null;
        };
    }

    /** 1-based position of the parameter held in slot, or 0 when the slot is not a parameter. */
    private int parameterIndex(int slot) {
        int s = isStatic ? 0 : 1;
        for (int p = 0; p < parameterTypes.parameterCount(); p++) {
            if (s == slot) {
                return p + 1;
            }
            s += TypeKind.from(parameterTypes.parameterType(p)).slotSize();
        }
        return 0;
    }

    private boolean storedTo(int slot) {
        for (Instruction insn : insns) {
            if (insn instanceof StoreInstruction st && st.slot() == slot
                    || insn instanceof IncrementInstruction inc && inc.slot() == slot) {
                return true;
            }
        }
        return false;
    }

    private int sourceAt(int i, int depth) {
        return sources[i] == null || depth < 0 || depth >= sources[i].length ? -1 : sources[i][depth];
    }

    private String localName(int i, int slot) {
        for (LocalVariable v : locals) {
            Integer start = labels.get(v.startScope());
            Integer end = labels.get(v.endScope());
            // The load at i reads a value stored before it; the variable's scope may begin right after the store.
            if (v.slot() == slot && start != null && end != null && start <= i + 1 && i < end) {
                return v.name().stringValue();
            }
        }
        if (slot == 0 && !isStatic) {
            return "this";
        }
        // Without a LocalVariableTable HotSpot names an unmodified parameter by its position.
        int param = parameterIndex(slot);
        if (param > 0 && !storedTo(slot)) {
            return "<parameter" + param + ">";
        }
        return "<local" + slot + ">";
    }

    static String methodName(ClassDesc owner, String name, MethodTypeDesc type) {
        StringBuilder sb = new StringBuilder(className(owner)).append('.').append(name).append('(');
        for (int p = 0; p < type.parameterCount(); p++) {
            sb.append(p > 0 ? ", " : "").append(className(type.parameterType(p)));
        }
        return sb.append(')').toString();
    }

    /** HotSpot prints external names, shortening only java.lang.Object and java.lang.String. */
    static String className(ClassDesc c) {
        if (c.isArray()) {
            return className(c.componentType()) + "[]";
        }
        if (c.isPrimitive()) {
            return c.displayName();
        }
        String n = c.descriptorString();
        n = n.substring(1, n.length() - 1).replace('/', '.');
        return switch (n) {
            case "java.lang.Object" -> "Object";
            case "java.lang.String" -> "String";
            default -> n;
        };
    }
}
