package kiln.compiler.emit;

import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.DoubleEntry;
import java.lang.classfile.constantpool.FloatEntry;
import java.lang.classfile.constantpool.IntegerEntry;
import java.lang.classfile.constantpool.LongEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.instruction.*;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import kiln.compiler.analysis.KClass;
import kiln.compiler.analysis.KMethod;
import kiln.compiler.lower.Indy;

/**
 * Translates one method's bytecode to a C function.
 *
 * Every JVM stack slot and local variable becomes a C variable named by its depth/slot and kind
 * ("s2I", "l3A"); the verifier guarantees the kinds agree where control flow merges (JVMS §4.10),
 * so a jump is a plain goto. A failed check or a pending exception after a call jumps to a
 * dispatch block that tests the method's handlers in table order, or unwinds.
 */
final class MethodEmitter {
    private final Gen gen;
    private final KMethod method;
    private final CodeModel code;
    private final List<Instruction> insns = new ArrayList<>();
    private final List<Integer> lineAt = new ArrayList<>();
    private final List<Boolean> lineStart = new ArrayList<>();
    private final Map<Label, Integer> labels = new HashMap<>();
    private List<ExceptionCatch> handlers;
    private final List<LocalVariable> localVariables = new ArrayList<>();
    private HelpfulNpe npe;
    private char[][] stackIn;
    private final TreeSet<String> vars = new TreeSet<>();
    private final TreeSet<Integer> targets = new TreeSet<>();
    private final Map<String, String> dispatchBlocks = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();
    private final String file;
    private int tempCounter;

    MethodEmitter(Gen gen, KMethod method) {
        this.gen = gen;
        this.method = method;
        this.code = method.model.code().orElseThrow();
        this.file = method.owner.sourceFile();
    }

    String emit() {
        collect();
        computeStacks();
        emitBody();
        return assemble();
    }

    // ---- Reading the code ----

    private void collect() {
        int line = -1;
        boolean newLine = false;
        for (CodeElement el : code.elementList()) {
            switch (el) {
                case LabelTarget lt -> labels.put(lt.label(), insns.size());
                case LineNumber ln -> {
                    line = ln.line();
                    newLine = true;
                }
                case LocalVariable lv -> localVariables.add(lv);
                case Instruction i -> {
                    insns.add(i);
                    lineAt.add(line);
                    lineStart.add(newLine);
                    newLine = false;
                }
                default -> {
                }
            }
        }
        handlers = code.exceptionHandlers();
        for (ExceptionCatch h : handlers) {
            targets.add(labels.get(h.handler()));
        }
    }

    private int target(Label l) {
        Integer i = labels.get(l);
        if (i == null) {
            throw new IllegalStateException("unbound label in " + method);
        }
        targets.add(i);
        return i;
    }

    // ---- Stack shapes (JVMS §4.10.1, kinds only) ----

    private void computeStacks() {
        stackIn = new char[insns.size()][];
        Deque<Integer> work = new ArrayDeque<>();
        flow(0, new char[0], work);
        for (ExceptionCatch h : handlers) {
            flow(labels.get(h.handler()), new char[] {'A'}, work);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            Instruction insn = insns.get(i);
            char[] out = apply(insn, stackIn[i]);
            for (char k : out) {
                if (k == 0) {
                    throw new IllegalStateException("bad stack in " + method);
                }
            }
            for (int next : successors(i)) {
                flow(next, out, work);
            }
        }
    }

    /** Where control goes after instruction i (exception edges excluded). */
    private int[] successors(int i) {
        return switch (insns.get(i)) {
            case BranchInstruction b -> b.opcode() == Opcode.GOTO || b.opcode() == Opcode.GOTO_W
                    ? new int[] {target(b.target())} : new int[] {target(b.target()), i + 1};
            case TableSwitchInstruction t -> switchTargets(t.defaultTarget(), t.cases());
            case LookupSwitchInstruction t -> switchTargets(t.defaultTarget(), t.cases());
            case ReturnInstruction r -> new int[0];
            case ThrowInstruction t -> new int[0];
            default -> new int[] {i + 1};
        };
    }

    private int[] switchTargets(Label dflt, List<SwitchCase> cases) {
        int[] r = new int[cases.size() + 1];
        r[0] = target(dflt);
        for (int k = 0; k < cases.size(); k++) {
            r[k + 1] = target(cases.get(k).target());
        }
        return r;
    }

    private void flow(int i, char[] stack, Deque<Integer> work) {
        if (i >= insns.size()) {
            return;
        }
        if (stackIn[i] == null) {
            stackIn[i] = stack;
            work.push(i);
        }
    }

    private static char[] push(char[] s, char k) {
        char[] r = Arrays.copyOf(s, s.length + 1);
        r[s.length] = k;
        return r;
    }

    private static char[] pop(char[] s, int n) {
        return Arrays.copyOf(s, s.length - n);
    }

    static char[] applyFor(Instruction insn, char[] in) {
        return apply(insn, in);
    }

    static char[] stackOpFor(Opcode op, char[] in, List<int[]> moves) {
        return stackOp(op, in, moves);
    }

    private static char[] apply(Instruction insn, char[] in) {
        return switch (insn) {
            case LoadInstruction l -> push(in, kindOf(l.typeKind()));
            case StoreInstruction s -> pop(in, 1);
            case IncrementInstruction x -> in;
            case ConstantInstruction c -> push(in, kindOf(c.typeKind()));
            case OperatorInstruction o -> switch (o.opcode()) {
                case INEG, LNEG, FNEG, DNEG -> in;
                case ARRAYLENGTH -> push(pop(in, 1), 'I');
                case LCMP, FCMPL, FCMPG, DCMPL, DCMPG -> push(pop(in, 2), 'I');
                default -> push(pop(in, 2), kindOf(o.typeKind()));
            };
            case ConvertInstruction c -> push(pop(in, 1), kindOf(c.toType()));
            case BranchInstruction b -> switch (b.opcode()) {
                case GOTO, GOTO_W -> in;
                case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IFNULL, IFNONNULL -> pop(in, 1);
                default -> pop(in, 2);
            };
            case TableSwitchInstruction t -> pop(in, 1);
            case LookupSwitchInstruction t -> pop(in, 1);
            case ReturnInstruction r -> r.typeKind() == TypeKind.VOID ? in : pop(in, 1);
            case ThrowInstruction t -> pop(in, 1);
            case FieldInstruction f -> switch (f.opcode()) {
                case GETSTATIC -> push(in, Types.kind(f.type().stringValue()));
                case PUTSTATIC -> pop(in, 1);
                case GETFIELD -> push(pop(in, 1), Types.kind(f.type().stringValue()));
                default -> pop(in, 2);
            };
            case InvokeInstruction inv -> {
                MethodTypeDesc t = inv.typeSymbol();
                char[] r = pop(in, t.parameterCount() + (inv.opcode() == Opcode.INVOKESTATIC ? 0 : 1));
                char ret = Types.kind(t.returnType().descriptorString());
                yield ret == 'V' ? r : push(r, ret);
            }
            case InvokeDynamicInstruction inv -> {
                MethodTypeDesc t = inv.typeSymbol();
                char[] r = pop(in, t.parameterCount());
                char ret = Types.kind(t.returnType().descriptorString());
                yield ret == 'V' ? r : push(r, ret);
            }
            case NewObjectInstruction n -> push(in, 'A');
            case NewPrimitiveArrayInstruction n -> push(pop(in, 1), 'A');
            case NewReferenceArrayInstruction n -> push(pop(in, 1), 'A');
            case NewMultiArrayInstruction n -> push(pop(in, n.dimensions()), 'A');
            case TypeCheckInstruction t -> push(pop(in, 1), t.opcode() == Opcode.CHECKCAST ? 'A' : 'I');
            case ArrayLoadInstruction a -> push(pop(in, 2), kindOf(a.typeKind()));
            case ArrayStoreInstruction a -> pop(in, 3);
            case StackInstruction s -> stackOp(s.opcode(), in, null);
            case MonitorInstruction m -> pop(in, 1);
            case NopInstruction n -> in;
            default -> throw new IllegalStateException("unsupported instruction " + insn);
        };
    }

    /**
     * The JVM stack manipulations (JVMS §6.5 dup*, pop*, swap) by computational category.
     * Returns the new stack; when moves is non-null, adds "to <- from" depth pairs to it.
     */
    private static char[] stackOp(Opcode op, char[] in, List<int[]> moves) {
        int n = in.length;
        // Describe each form as: how many entries it takes from the top, and the new top order.
        int[] take;
        int[] order;
        boolean c1 = n >= 1 && !Types.wide(in[n - 1]);
        boolean c2 = n >= 2 && !Types.wide(in[n - 2]);
        switch (op) {
            case POP -> { take = new int[] {1}; order = new int[0]; }
            case POP2 -> { take = new int[] {c1 ? 2 : 1}; order = new int[0]; }
            case DUP -> { take = new int[] {1}; order = new int[] {0, 0}; }
            case DUP_X1 -> { take = new int[] {2}; order = new int[] {1, 0, 1}; }
            case DUP_X2 -> {
                if (c2) { take = new int[] {3}; order = new int[] {2, 0, 1, 2}; }
                else { take = new int[] {2}; order = new int[] {1, 0, 1}; }
            }
            case DUP2 -> {
                if (c1) { take = new int[] {2}; order = new int[] {0, 1, 0, 1}; }
                else { take = new int[] {1}; order = new int[] {0, 0}; }
            }
            case DUP2_X1 -> {
                if (c1) { take = new int[] {3}; order = new int[] {1, 2, 0, 1, 2}; }
                else { take = new int[] {2}; order = new int[] {1, 0, 1}; }
            }
            case DUP2_X2 -> {
                if (c1) {
                    boolean c3 = n >= 3 && !Types.wide(in[n - 3]);
                    if (c3) { take = new int[] {4}; order = new int[] {2, 3, 0, 1, 2, 3}; }
                    else { take = new int[] {3}; order = new int[] {1, 2, 0, 1, 2}; }
                } else {
                    if (c2) { take = new int[] {3}; order = new int[] {2, 0, 1, 2}; }
                    else { take = new int[] {2}; order = new int[] {1, 0, 1}; }
                }
            }
            case SWAP -> { take = new int[] {2}; order = new int[] {1, 0}; }
            default -> throw new IllegalStateException(op.toString());
        }
        int k = take[0];
        int base = n - k;
        char[] out = Arrays.copyOf(in, base + order.length);
        for (int j = 0; j < order.length; j++) {
            out[base + j] = in[base + order[j]];
            if (moves != null) {
                moves.add(new int[] {base + j, base + order[j]});
            }
        }
        return out;
    }

    private static char kindOf(TypeKind k) {
        return switch (k) {
            case BOOLEAN, BYTE, CHAR, SHORT, INT -> 'I';
            case LONG -> 'J';
            case FLOAT -> 'F';
            case DOUBLE -> 'D';
            case REFERENCE -> 'A';
            case VOID -> 'V';
        };
    }

    // ---- Names of C variables ----

    private String s(int depth, char kind) {
        String v = "s" + depth + kind;
        vars.add(kind + v);
        return v;
    }

    private String l(int slot, char kind) {
        String v = "l" + slot + kind;
        vars.add(kind + v);
        return v;
    }

    private String tmp(char kind) {
        String v = "t" + (tempCounter++) + kind;
        vars.add(kind + v);
        return v;
    }

    // ---- Exceptions ----

    /** The label to jump to when instruction i raises (kiln_pending set). */
    private String onThrow(int i) {
        StringBuilder key = new StringBuilder();
        List<ExceptionCatch> active = new ArrayList<>();
        for (int h = 0; h < handlers.size(); h++) {
            ExceptionCatch ec = handlers.get(h);
            if (labels.get(ec.tryStart()) <= i && i < labels.get(ec.tryEnd())) {
                active.add(ec);
                key.append(h).append(',');
            }
        }
        if (active.isEmpty()) {
            return "UNWIND";
        }
        return dispatchBlocks.computeIfAbsent(key.toString(), k -> {
            StringBuilder b = new StringBuilder();
            String name = "E" + dispatchBlocks.size();
            b.append(name).append(":\n");
            String exc = s(0, 'A');
            for (ExceptionCatch ec : active) {
                int handler = target(ec.handler());
                String take = "{ " + exc + " = kiln_pending; kiln_pending = NULL; goto L" + handler + "; }";
                if (ec.catchType().isEmpty()) {
                    b.append("  ").append(take).append('\n');
                    return b.append("__").toString(); // catch-all: the rest is unreachable
                }
                String test = gen.instanceOf("kiln_pending", ec.catchType().get().asInternalName());
                b.append("  if (").append(test).append(") ").append(take).append('\n');
            }
            b.append("  goto UNWIND;\n");
            return b.toString();
        }).lines().findFirst().orElseThrow().replace(":", "");
    }

    private String monitorCall(String op) {
        return gen.call("kiln/rt/Monitors", op, "(Ljava/lang/Object;)V");
    }

    /**
     * The safepoint poll (method entry and loop back-edges): one load and a not-taken branch unless
     * the scheduler's timer has asked the running thread to let others run. The scheduler's own
     * code (kiln.rt) has no polls, so it is never preempted.
     */
    private String safepointPoll() {
        if (method.owner.name.startsWith("kiln/rt/")) {
            return "";
        }
        return "  if (__builtin_expect(kiln_safepoint_requested, 0)) kiln_java_safepoint();\n";
    }

    private void checkPending(int i) {
        body.append("  if (__builtin_expect(kiln_pending != NULL, 0)) goto ").append(onThrow(i)).append(";\n");
    }

    private void throwVia(int i, String call) {
        body.append("{ ").append(call).append("; goto ").append(onThrow(i)).append("; }\n");
    }

    private void nullCheck(int i, String ref) {
        if (ref.equals("l0A") && !method.isStatic() && !storesToSlot0) {
            return; // `this` is never null
        }
        body.append("  if (__builtin_expect(").append(ref).append(" == NULL, 0)) ");
        String msg = null;
        if (ref.startsWith("s") && helpfulMessages()) {
            msg = npe().message(i, Integer.parseInt(ref.substring(1, ref.length() - 1)));
        }
        throwVia(i, gen.call("kiln/rt/Throw", "nullPointer", "(Ljava/lang/String;)V")
                + "(" + (msg == null ? "NULL" : "(kiln_object *)&" + gen.string(msg)) + ")");
    }

    /**
     * Helpful NPE messages are generated for application code only: the class library's null
     * checks would add a string per check to every image, and its own NPEs are rarely reported.
     */
    private boolean helpfulMessages() {
        return gen.program.world.classPath().isApplication(method.owner.name);
    }

    private HelpfulNpe npe() {
        if (npe == null) {
            int[] handlerStarts = handlers.stream().mapToInt(h -> labels.get(h.handler())).toArray();
            npe = new HelpfulNpe(insns, stackIn, labels, localVariables, method.isStatic(),
                    MethodTypeDesc.ofDescriptor(method.desc), this::successors, handlerStarts);
        }
        return npe;
    }

    private boolean storesToSlot0;

    // ---- Body ----

    private void emitBody() {
        for (Instruction insn : insns) {
            if (insn instanceof StoreInstruction st && st.slot() == 0) {
                storesToSlot0 = true;
            }
        }
        for (int i = 0; i < insns.size(); i++) {
            if (stackIn[i] == null) {
                continue; // unreachable code
            }
            int mark = body.length();
            body.append("L").append(i).append(":;\n"); // trimmed below if not a target
            if (lineStart.get(i) && lineAt.get(i) >= 0) {
                if (file != null) {
                    body.append("#line ").append(lineAt.get(i)).append(' ').append(Types.cString(file)).append('\n');
                }
                body.append("  F.line = ").append(lineAt.get(i)).append(";\n");
            }
            int before = body.length();
            instruction(i, insns.get(i), stackIn[i]);
            if (body.length() == before && body.substring(mark).startsWith("L" + i + ":;\n") && !lineStart.get(i)) {
                body.setLength(mark);
            }
        }
    }

    private void instruction(int i, Instruction insn, char[] in) {
        int n = in.length;
        int top = n - 1;
        switch (insn) {
            case LoadInstruction ld -> {
                char k = kindOf(ld.typeKind());
                assign(s(n, k), l(ld.slot(), k));
            }
            case StoreInstruction st -> {
                char k = kindOf(st.typeKind());
                if (k == 'A' && in[top] != 'A') {
                    throw new IllegalStateException("astore of a return address (jsr) in " + method);
                }
                assign(l(st.slot(), k), s(top, k));
            }
            case IncrementInstruction inc -> assign(l(inc.slot(), 'I'), l(inc.slot(), 'I') + " + " + Types.intLiteral(inc.constant()));
            case ConstantInstruction c -> assign(s(n, kindOf(c.typeKind())), constant(c));
            case OperatorInstruction o -> operator(i, o, in);
            case ConvertInstruction c -> convert(c, in);
            case BranchInstruction b -> branch(i, b, in);
            case TableSwitchInstruction t -> {
                body.append("  switch (").append(s(top, 'I')).append(") {\n");
                for (SwitchCase c : t.cases()) {
                    body.append("    case ").append(Types.intLiteral(c.caseValue())).append(": goto L").append(target(c.target())).append(";\n");
                }
                body.append("    default: goto L").append(target(t.defaultTarget())).append(";\n  }\n");
            }
            case LookupSwitchInstruction t -> {
                body.append("  switch (").append(s(top, 'I')).append(") {\n");
                for (SwitchCase c : t.cases()) {
                    body.append("    case ").append(Types.intLiteral(c.caseValue())).append(": goto L").append(target(c.target())).append(";\n");
                }
                body.append("    default: goto L").append(target(t.defaultTarget())).append(";\n  }\n");
            }
            case ReturnInstruction r -> {
                if (method.isSynchronized()) {
                    body.append("  ").append(monitorCall("exit")).append("(SYNC);\n");
                }
                if (r.typeKind() == TypeKind.VOID) {
                    body.append("  kiln_frame_top = F.prev;\n  return;\n");
                } else {
                    String v = s(top, kindOf(r.typeKind()));
                    String narrowed = switch (method.desc.charAt(method.desc.indexOf(')') + 1)) {
                        case 'Z' -> "(" + v + " & 1)";
                        case 'B' -> "(jint)(jbyte)" + v;
                        case 'C' -> "(jint)(jchar)" + v;
                        case 'S' -> "(jint)(jshort)" + v;
                        default -> v;
                    };
                    body.append("  kiln_frame_top = F.prev;\n  return ").append(narrowed).append(";\n");
                }
            }
            case ThrowInstruction t -> {
                nullCheck(i, s(top, 'A'));
                body.append("  kiln_pending = ").append(s(top, 'A')).append(";\n  goto ").append(onThrow(i)).append(";\n");
            }
            case FieldInstruction f -> field(i, f, in);
            case InvokeInstruction inv -> invoke(i, inv, in);
            case InvokeDynamicInstruction indy -> invokeDynamic(i, indy, in);
            case NewObjectInstruction no -> {
                KClass c = gen.klass(no.className().asInternalName());
                initCheck(i, c);
                assign(s(n, 'A'), "kiln_new_object((const kiln_class *)&" + Names.klass(c) + ")");
                checkPending(i);
            }
            case NewPrimitiveArrayInstruction na -> newArray(i, "[" + na.typeKind().upperBound().descriptorString(), in);
            case NewReferenceArrayInstruction na -> newArray(i, "[" + na.componentType().asSymbol().descriptorString(), in);
            case NewMultiArrayInstruction na -> {
                int dims = na.dimensions();
                String arr = tmp('X');
                vars.remove("X" + arr);
                body.append("  { jint ").append(arr).append("[").append(dims).append("] = {");
                for (int d = 0; d < dims; d++) {
                    body.append(d > 0 ? ", " : "").append(s(n - dims + d, 'I'));
                }
                body.append("};\n    ").append(s(n - dims, 'A')).append(" = kiln_multi_new((const kiln_class *)&")
                        .append(gen.arrayKlass(na.arrayType().asInternalName())).append(", ").append(dims).append(", ").append(arr).append(");\n  }\n");
                checkPending(i);
            }
            case TypeCheckInstruction tc -> {
                String v = s(top, 'A');
                String t = tc.type().asInternalName();
                if (tc.opcode() == Opcode.CHECKCAST) {
                    if (!t.equals("java/lang/Object")) {
                        body.append("  if (").append(v).append(" != NULL && !(").append(gen.instanceOf(v, t)).append(")) ");
                        throwVia(i, gen.call("kiln/rt/Throw", "classCast", "(Ljava/lang/Object;Ljava/lang/Class;)V")
                                + "(" + v + ", (kiln_object *)&" + gen.classRef(t) + ")");
                    }
                } else {
                    assign(s(top, 'I'), "(" + v + " != NULL && (" + gen.instanceOf(v, t) + "))");
                }
            }
            case ArrayLoadInstruction al -> {
                String a = s(top - 1, 'A');
                String idx = s(top, 'I');
                arrayChecks(i, a, idx);
                char k = kindOf(al.typeKind());
                assign(s(top - 1, k), "KILN_ARRAY_DATA(" + a + ", " + elemType(al.typeKind()) + ")[" + idx + "]");
            }
            case ArrayStoreInstruction as -> {
                char k = kindOf(as.typeKind());
                String a = s(top - 2, 'A');
                String idx = s(top - 1, 'I');
                String v = s(top, k);
                arrayChecks(i, a, idx);
                if (k == 'A') {
                    body.append("  if (").append(v).append(" != NULL && ").append(a).append("->klass != (const kiln_class *)&")
                            .append(gen.arrayKlass("[Ljava/lang/Object;")).append(" && !kiln_is_subclass(").append(v)
                            .append("->klass, ").append(a).append("->klass->component)) ");
                    throwVia(i, gen.call("kiln/rt/Throw", "arrayStore", "(Ljava/lang/Object;)V") + "(" + v + ")");
                }
                body.append("  KILN_ARRAY_DATA(").append(a).append(", ").append(elemType(as.typeKind())).append(")[")
                        .append(idx).append("] = (").append(elemType(as.typeKind())).append(")").append(v).append(";\n");
            }
            case StackInstruction st -> {
                List<int[]> moves = new ArrayList<>();
                stackOp(st.opcode(), in, moves);
                List<String> temps = new ArrayList<>();
                for (int[] mv : moves) {
                    String t = tmp(in[mv[1]]);
                    temps.add(t);
                    assign(t, s(mv[1], in[mv[1]]));
                }
                for (int j = 0; j < moves.size(); j++) {
                    int[] mv = moves.get(j);
                    assign(s(mv[0], in[mv[1]]), temps.get(j));
                }
            }
            case MonitorInstruction m -> {
                nullCheck(i, s(top, 'A'));
                String op = m.opcode() == Opcode.MONITORENTER ? "enter" : "exit";
                body.append("  ").append(monitorCall(op)).append("(").append(s(top, 'A')).append(");\n");
                checkPending(i);
            }
            case NopInstruction nop -> {
            }
            default -> throw new IllegalStateException("unsupported instruction " + insn + " in " + method);
        }
    }

    private void assign(String to, String expr) {
        body.append("  ").append(to).append(" = ").append(expr).append(";\n");
    }

    private static String elemType(TypeKind k) {
        return switch (k) {
            case BOOLEAN, BYTE -> "jbyte";
            case CHAR -> "jchar";
            case SHORT -> "jshort";
            case INT -> "jint";
            case LONG -> "jlong";
            case FLOAT -> "jfloat";
            case DOUBLE -> "jdouble";
            default -> "kiln_object *";
        };
    }

    private void arrayChecks(int i, String a, String idx) {
        nullCheck(i, a);
        body.append("  if (__builtin_expect((uint32_t)").append(idx).append(" >= (uint32_t)").append(a).append("->length, 0)) ");
        throwVia(i, gen.call("kiln/rt/Throw", "arrayIndex", "(II)V") + "(" + idx + ", " + a + "->length)");
    }

    private void newArray(int i, String desc, char[] in) {
        int top = in.length - 1;
        String len = s(top, 'I');
        body.append("  if (__builtin_expect(").append(len).append(" < 0, 0)) ");
        throwVia(i, gen.call("kiln/rt/Throw", "negativeArraySize", "(I)V") + "(" + len + ")");
        assign(s(top, 'A'), "kiln_new_array((const kiln_class *)&" + gen.arrayKlass(desc) + ", " + len + ")");
        checkPending(i);
    }

    private String constant(ConstantInstruction c) {
        if (c.opcode() == Opcode.ACONST_NULL) {
            return "NULL";
        }
        Object v = c.constantValue();
        if (c instanceof ConstantInstruction.LoadConstantInstruction lc) {
            var e = lc.constantEntry();
            if (e instanceof StringEntry se) {
                return "(kiln_object *)&" + gen.string(se.stringValue());
            }
            if (e instanceof ClassEntry ce) {
                return "(kiln_object *)&" + gen.classRef(ce.asInternalName());
            }
            if (e instanceof IntegerEntry ie) {
                return Types.intLiteral(ie.intValue());
            }
            if (e instanceof LongEntry le) {
                return Types.longLiteral(le.longValue());
            }
            if (e instanceof FloatEntry fe) {
                return Types.floatLiteral(fe.floatValue());
            }
            if (e instanceof DoubleEntry de) {
                return Types.doubleLiteral(de.doubleValue());
            }
            throw new IllegalStateException("constant " + e);
        }
        if (v == null) {
            return "NULL";
        }
        return switch (v) {
            case Integer x -> Types.intLiteral(x);
            case Long x -> Types.longLiteral(x);
            case Float x -> Types.floatLiteral(x);
            case Double x -> Types.doubleLiteral(x);
            default -> throw new IllegalStateException("constant " + v);
        };
    }

    private void operator(int i, OperatorInstruction o, char[] in) {
        int top = in.length - 1;
        char k = kindOf(o.typeKind());
        switch (o.opcode()) {
            case ARRAYLENGTH -> {
                String a = s(top, 'A');
                nullCheck(i, a);
                assign(s(top, 'I'), a + "->length");
            }
            case INEG, LNEG, FNEG, DNEG -> assign(s(top, k), "-" + s(top, k));
            case LCMP -> assign(s(top - 1, 'I'), "kiln_lcmp(" + s(top - 1, 'J') + ", " + s(top, 'J') + ")");
            case FCMPL, FCMPG -> assign(s(top - 1, 'I'), "kiln_" + o.opcode().name().toLowerCase() + "(" + s(top - 1, 'F') + ", " + s(top, 'F') + ")");
            case DCMPL, DCMPG -> assign(s(top - 1, 'I'), "kiln_" + o.opcode().name().toLowerCase() + "(" + s(top - 1, 'D') + ", " + s(top, 'D') + ")");
            case ISHL, ISHR, IUSHR, LSHL, LSHR, LUSHR -> assign(s(top - 1, k),
                    "kiln_" + o.opcode().name().toLowerCase() + "(" + s(top - 1, k) + ", " + s(top, 'I') + ")");
            case IDIV, LDIV, IREM, LREM -> {
                String b = s(top, k);
                body.append("  if (__builtin_expect(").append(b).append(" == 0, 0)) ");
                throwVia(i, gen.call("kiln/rt/Throw", "divideByZero", "()V") + "()");
                assign(s(top - 1, k), "kiln_" + o.opcode().name().toLowerCase() + "(" + s(top - 1, k) + ", " + b + ")");
            }
            case FREM -> assign(s(top - 1, k), "(jfloat)kiln_fmod(" + s(top - 1, k) + ", " + s(top, k) + ")");
            case DREM -> assign(s(top - 1, k), "kiln_fmod(" + s(top - 1, k) + ", " + s(top, k) + ")");
            default -> {
                String op = switch (o.opcode()) {
                    case IADD, LADD, FADD, DADD -> "+";
                    case ISUB, LSUB, FSUB, DSUB -> "-";
                    case IMUL, LMUL, FMUL, DMUL -> "*";
                    case FDIV, DDIV -> "/";
                    case IAND, LAND -> "&";
                    case IOR, LOR -> "|";
                    case IXOR, LXOR -> "^";
                    default -> throw new IllegalStateException(o.opcode().toString());
                };
                assign(s(top - 1, k), s(top - 1, k) + " " + op + " " + s(top, k));
            }
        }
    }

    private void convert(ConvertInstruction c, char[] in) {
        int top = in.length - 1;
        char from = kindOf(c.fromType());
        char to = kindOf(c.toType());
        String v = s(top, from);
        String e = switch (c.opcode()) {
            case I2B -> "(jint)(jbyte)" + v;
            case I2C -> "(jint)(jchar)" + v;
            case I2S -> "(jint)(jshort)" + v;
            case F2I -> "kiln_f2i(" + v + ")";
            case F2L -> "kiln_f2l(" + v + ")";
            case D2I -> "kiln_d2i(" + v + ")";
            case D2L -> "kiln_d2l(" + v + ")";
            default -> "(" + Types.ctype(to) + ")" + v;
        };
        assign(s(top, to), e);
    }

    private void branch(int i, BranchInstruction b, char[] in) {
        int top = in.length - 1;
        int t = target(b.target());
        // A backward branch closes a loop: poll for a safepoint there, so a busy loop can be preempted.
        String poll = t <= i ? safepointPoll() : "";
        String cond = switch (b.opcode()) {
            case GOTO, GOTO_W -> null;
            case IFEQ -> s(top, 'I') + " == 0";
            case IFNE -> s(top, 'I') + " != 0";
            case IFLT -> s(top, 'I') + " < 0";
            case IFGE -> s(top, 'I') + " >= 0";
            case IFGT -> s(top, 'I') + " > 0";
            case IFLE -> s(top, 'I') + " <= 0";
            case IFNULL -> s(top, 'A') + " == NULL";
            case IFNONNULL -> s(top, 'A') + " != NULL";
            case IF_ICMPEQ -> s(top - 1, 'I') + " == " + s(top, 'I');
            case IF_ICMPNE -> s(top - 1, 'I') + " != " + s(top, 'I');
            case IF_ICMPLT -> s(top - 1, 'I') + " < " + s(top, 'I');
            case IF_ICMPGE -> s(top - 1, 'I') + " >= " + s(top, 'I');
            case IF_ICMPGT -> s(top - 1, 'I') + " > " + s(top, 'I');
            case IF_ICMPLE -> s(top - 1, 'I') + " <= " + s(top, 'I');
            case IF_ACMPEQ -> s(top - 1, 'A') + " == " + s(top, 'A');
            case IF_ACMPNE -> s(top - 1, 'A') + " != " + s(top, 'A');
            default -> throw new IllegalStateException(b.opcode().toString());
        };
        if (cond == null) {
            body.append(poll).append("  goto L").append(t).append(";\n");
        } else if (poll.isEmpty()) {
            body.append("  if (").append(cond).append(") goto L").append(t).append(";\n");
        } else {
            body.append("  if (").append(cond).append(") {\n").append(poll).append("  goto L").append(t).append(";\n  }\n");
        }
    }

    private void initCheck(int i, KClass c) {
        if (!gen.program.needsInit(c) || method.owner.isSubclassOf(c) && !c.isInterface()) {
            return;
        }
        body.append("  if (__builtin_expect(").append(Names.klass(c)).append(".init_state != KILN_INIT_DONE, 0)) {\n    ")
                .append(gen.call("kiln/rt/ClassInit", "initialize", "(Ljava/lang/Class;)V"))
                .append("((kiln_object *)&").append(Names.klass(c)).append(");\n  ");
        checkPending(i);
        body.append("  }\n");
    }

    private void field(int i, FieldInstruction f, char[] in) {
        int top = in.length - 1;
        String desc = f.type().stringValue();
        char k = Types.kind(desc);
        KClass decl = gen.fieldOwner(f.owner().asInternalName(), f.name().stringValue(), desc);
        switch (f.opcode()) {
            case GETSTATIC -> {
                initCheck(i, decl);
                assign(s(in.length, k), Names.staticField(decl, f.name().stringValue()));
            }
            case PUTSTATIC -> {
                initCheck(i, decl);
                assign(Names.staticField(decl, f.name().stringValue()), store(desc, s(top, k)));
            }
            case GETFIELD -> {
                String o = s(top, 'A');
                nullCheck(i, o);
                assign(s(top, k), "((" + Names.struct(decl) + " *)" + o + ")->" + Names.field(decl, f.name().stringValue()));
            }
            default -> {
                String o = s(top - 1, 'A');
                nullCheck(i, o);
                assign("((" + Names.struct(decl) + " *)" + o + ")->" + Names.field(decl, f.name().stringValue()), store(desc, s(top, k)));
            }
        }
    }

    private static String store(String desc, String v) {
        return switch (desc.charAt(0)) {
            case 'Z' -> "(jboolean)(" + v + " & 1)";
            case 'B' -> "(jbyte)" + v;
            case 'C' -> "(jchar)" + v;
            case 'S' -> "(jshort)" + v;
            default -> v;
        };
    }

    private void invoke(int i, InvokeInstruction inv, char[] in) {
        String owner = inv.owner().asInternalName();
        String name = inv.name().stringValue();
        String desc = inv.type().stringValue();
        MethodTypeDesc t = inv.typeSymbol();
        boolean isStatic = inv.opcode() == Opcode.INVOKESTATIC;
        int argc = t.parameterCount() + (isStatic ? 0 : 1);
        int base = in.length - argc;
        List<String> args = new ArrayList<>();
        for (int a = 0; a < argc; a++) {
            args.add(s(base + a, in[base + a]));
        }
        KMethod target = gen.resolve(owner, name, desc);
        String callee;
        if (isStatic) {
            initCheck(i, target.owner);
            callee = Names.method(target);
        } else {
            String recv = args.get(0);
            if (!name.equals("<init>") || inv.opcode() != Opcode.INVOKESPECIAL) {
                nullCheck(i, recv);
            }
            if (inv.opcode() == Opcode.INVOKESPECIAL || !target.isVirtual() || owner.startsWith("[")) {
                callee = Names.method(target); // arrays cannot override Object's methods
            } else {
                callee = gen.dispatch(owner, target, recv);
            }
        }
        char ret = Types.kind(t.returnType().descriptorString());
        String call = callee + "(" + String.join(", ", args) + ")";
        if (ret == 'V') {
            body.append("  ").append(call).append(";\n");
        } else {
            assign(s(base, ret), call);
        }
        checkPending(i);
    }

    private void invokeDynamic(int i, InvokeDynamicInstruction indy, char[] in) {
        MethodTypeDesc t = indy.typeSymbol();
        int argc = t.parameterCount();
        int base = in.length - argc;
        if (!Indy.isConcat(indy)) {
            Indy.Call call = gen.program.reach.indys.lower(method.owner.name, method.key, i, indy, new String[1]);
            KMethod target = gen.resolve(call.owner(), call.name(), call.desc());
            initCheck(i, target.owner);
            List<String> args = new ArrayList<>();
            for (int a = 0; a < argc; a++) {
                args.add(s(base + a, in[base + a]));
            }
            String c = Names.method(target) + "(" + String.join(", ", args) + ")";
            char ret = Types.kind(t.returnType().descriptorString());
            if (ret == 'V') {
                body.append("  ").append(c).append(";\n");
            } else {
                assign(s(base, ret), c);
            }
            checkPending(i);
            return;
        }
        String sb = tmp('A');
        KMethod init = gen.resolve("java/lang/StringBuilder", "<init>", "()V");
        KClass sbClass = init.owner;
        initCheck(i, sbClass);
        assign(sb, "kiln_new_object((const kiln_class *)&" + Names.klass(sbClass) + ")");
        checkPending(i);
        body.append("  ").append(Names.method(init)).append("(").append(sb).append(");\n");
        checkPending(i);
        for (Indy.Piece p : Indy.concatPlan(indy)) {
            KMethod append = gen.resolve("java/lang/StringBuilder", "append", p.appendDesc());
            String arg = p.constant() != null ? "(kiln_object *)&" + gen.string(p.constant())
                    : s(base + p.argIndex(), in[base + p.argIndex()]);
            body.append("  ").append(gen.dispatch("java/lang/StringBuilder", append, sb)).append("(").append(sb).append(", ").append(arg).append(");\n");
            checkPending(i);
        }
        KMethod toString = gen.resolve("java/lang/StringBuilder", "toString", "()Ljava/lang/String;");
        assign(s(base, 'A'), gen.dispatch("java/lang/StringBuilder", toString, sb) + "(" + sb + ")");
        checkPending(i);
    }

    // ---- Putting the function together ----

    private String assemble() {
        StringBuilder out = new StringBuilder();
        String ret = Types.ctype(Types.kind(method.desc.substring(method.desc.indexOf(')') + 1)));
        out.append(gen.prototype(method)).append(" {\n");
        out.append("  kiln_frame F;\n");
        // Parameters into their local slots.
        StringBuilder params = new StringBuilder();
        int slot = 0;
        int p = 0;
        if (!method.isStatic()) {
            params.append("  ").append(l(0, 'A')).append(" = self;\n");
            slot = 1;
        }
        for (var pt : MethodTypeDesc.ofDescriptor(method.desc).parameterList()) {
            char k = Types.kind(pt.descriptorString());
            params.append("  ").append(l(slot, k)).append(" = a").append(p++).append(";\n");
            slot += Types.wide(k) ? 2 : 1;
        }
        for (String v : vars) {
            char k = v.charAt(0);
            String name = v.substring(1);
            if (k == 'X') {
                continue;
            }
            out.append("  ").append(Types.ctype(k)).append(k == 'A' ? "" : " ").append(name).append(" = 0;\n");
        }
        out.append(params);
        out.append("  F.prev = kiln_frame_top;\n  F.method = &").append(Names.methodInfo(method)).append(";\n  F.line = -1;\n");
        out.append("  kiln_frame_top = &F;\n");
        boolean sync = method.isSynchronized();
        out.append("  if (__builtin_expect((char *)__builtin_frame_address(0) < kiln_stack_limit, 0)) { kiln_throw_stack_overflow(); goto ")
                .append(sync ? "UNWIND0" : "UNWIND").append("; }\n");
        if (sync) {
            // JVMS §2.11.10: a synchronized method holds the monitor of `this` (or of its class) for
            // its whole body, released on every return and when an exception leaves it.
            String lock = method.isStatic() ? "(kiln_object *)&" + Names.klass(method.owner) : "self";
            out.append("  kiln_object *SYNC = ").append(lock).append(";\n");
            out.append("  ").append(monitorCall("enter")).append("(SYNC);\n");
            out.append("  if (__builtin_expect(kiln_pending != NULL, 0)) goto UNWIND0;\n");
        }
        out.append(safepointPoll());
        // Drop labels nobody jumps to.
        String text = body.toString();
        StringBuilder pruned = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("L") && line.endsWith(":;")) {
                int idx = Integer.parseInt(line.substring(1, line.length() - 2));
                if (!targets.contains(idx)) {
                    continue;
                }
            }
            pruned.append(line).append('\n');
        }
        out.append(pruned);
        for (String block : dispatchBlocks.values()) {
            out.append(block.endsWith("__") ? block.substring(0, block.length() - 2) : block);
        }
        out.append("UNWIND: __attribute__((cold));\n");
        if (sync) {
            out.append("  { kiln_object *P = kiln_pending; kiln_pending = NULL; ").append(monitorCall("exit"))
                    .append("(SYNC); if (kiln_pending == NULL) kiln_pending = P; }\n");
            out.append("UNWIND0: __attribute__((cold));\n");
        }
        out.append("  kiln_frame_top = F.prev;\n");
        out.append(ret.equals("void") ? "  return;\n" : "  return (" + ret + ")0;\n");
        out.append("}\n\n");
        return out.toString();
    }
}
