package kiln.compiler.lower;

import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

import kiln.compiler.analysis.World;

/**
 * invokedynamic, resolved at build time. String concatenation (StringConcatFactory) becomes a
 * StringBuilder chain; other bootstraps are reported as unsupported with the use site.
 */
public final class Indy {
    private Indy() {}

    /** A method the lowered code calls. */
    public record Call(String owner, String name, String desc, boolean isStatic) {}

    /** One piece of a concatenation: a constant string, or argument argIndex appended with appendDesc. */
    public record Piece(String constant, int argIndex, String appendDesc) {}

    static final String SB = "java/lang/StringBuilder";

    public static boolean isConcat(InvokeDynamicInstruction indy) {
        var bsm = indy.bootstrapMethod();
        return bsm.owner().descriptorString().equals("Ljava/lang/invoke/StringConcatFactory;")
                && (bsm.methodName().equals("makeConcatWithConstants") || bsm.methodName().equals("makeConcat"));
    }

    public static List<Call> lower(InvokeDynamicInstruction indy, String site, World world) {
        if (!isConcat(indy)) {
            var bsm = indy.bootstrapMethod();
            String what = bsm.owner().displayName() + "." + bsm.methodName();
            String hint = what.startsWith("LambdaMetafactory") ? " (a lambda or method reference)"
                    : what.startsWith("ObjectMethods") ? " (a record's toString/equals/hashCode)"
                    : what.startsWith("SwitchBootstraps") ? " (a pattern-matching switch)" : "";
            world.errors.add(site + " uses invokedynamic bootstrap " + what + hint + ", which Kiln does not support yet");
            return List.of();
        }
        List<Call> calls = new ArrayList<>();
        calls.add(new Call(SB, "<init>", "()V", false));
        for (Piece p : concatPlan(indy)) {
            calls.add(new Call(SB, "append", p.appendDesc(), false));
        }
        calls.add(new Call(SB, "toString", "()Ljava/lang/String;", false));
        return calls;
    }

    /** The pieces of a StringConcatFactory call, in order (JDK StringConcatFactory recipe rules). */
    public static List<Piece> concatPlan(InvokeDynamicInstruction indy) {
        MethodTypeDesc type = indy.typeSymbol();
        List<Piece> pieces = new ArrayList<>();
        List<ConstantDesc> bsArgs = indy.bootstrapArgs();
        if (indy.bootstrapMethod().methodName().equals("makeConcat")) {
            for (int i = 0; i < type.parameterCount(); i++) {
                pieces.add(new Piece(null, i, appendDesc(type.parameterType(i))));
            }
            return pieces;
        }
        String recipe = (String) bsArgs.get(0);
        int arg = 0;
        int constant = 1;
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == '\u0001' || c == '\u0002') {
                if (c == '\u0002') {
                    lit.append(String.valueOf(bsArgs.get(constant++)));
                    continue;
                }
                if (!lit.isEmpty()) {
                    pieces.add(new Piece(lit.toString(), -1, "(Ljava/lang/String;)Ljava/lang/StringBuilder;"));
                    lit.setLength(0);
                }
                pieces.add(new Piece(null, arg, appendDesc(type.parameterType(arg))));
                arg++;
            } else {
                lit.append(c);
            }
        }
        if (!lit.isEmpty()) {
            pieces.add(new Piece(lit.toString(), -1, "(Ljava/lang/String;)Ljava/lang/StringBuilder;"));
        }
        return pieces;
    }

    private static String appendDesc(ClassDesc t) {
        String d = t.descriptorString();
        String p = switch (d) {
            case "Z" -> "Z";
            case "C" -> "C";
            case "B", "S", "I" -> "I";
            case "J" -> "J";
            case "F" -> "F";
            case "D" -> "D";
            case "Ljava/lang/String;" -> "Ljava/lang/String;";
            default -> "Ljava/lang/Object;";
        };
        return "(" + p + ")Ljava/lang/StringBuilder;";
    }
}
