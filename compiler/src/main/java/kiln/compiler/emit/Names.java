package kiln.compiler.emit;

import kiln.compiler.analysis.KClass;
import kiln.compiler.analysis.KMethod;

/**
 * C identifiers for Java entities. Mangling follows JNI's scheme (JNI spec, "Resolving Native
 * Method Names"): '/' becomes '_', '_' becomes "_1", ';' "_2", '[' "_3", other non-alphanumerics
 * "_0xxxx". A mangled name never contains "__", so "__" separates the parts.
 */
public final class Names {
    private Names() {}

    public static String mangle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (c == '/' || c == '.') {
                sb.append('_');
            } else if (c == '_') {
                sb.append("_1");
            } else if (c == ';') {
                sb.append("_2");
            } else if (c == '[') {
                sb.append("_3");
            } else {
                sb.append("_0").append(String.format("%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static String mangleMethodName(String name) {
        return switch (name) {
            case "<init>" -> "_0init";
            case "<clinit>" -> "_0clinit";
            default -> mangle(name);
        };
    }

    /** The C function that implements a Java method. */
    public static String method(KMethod m) {
        if (m.isNative()) {
            return "kiln_native_" + mangle(m.owner.name) + "_" + mangle(m.name);
        }
        int close = m.desc.indexOf(')');
        return "J_" + mangle(m.owner.name) + "__" + mangleMethodName(m.name) + "__"
                + mangle(m.desc.substring(1, close)) + "__" + mangle(m.desc.substring(close + 1));
    }

    /** The kiln_class of a class, or of an array/primitive given by descriptor. */
    public static String klass(KClass c) {
        return "kc_" + mangle(c.name);
    }

    public static String klassType(KClass c) {
        return "struct kc_" + mangle(c.name) + "_t";
    }

    public static String arrayKlass(String desc) {
        return "ka_" + mangle(desc);
    }

    /** The C struct of an instance of c. */
    public static String struct(KClass c) {
        return "struct o_" + mangle(c.name);
    }

    public static String field(KClass declaring, String name) {
        return "f" + declaring.depth + "_" + mangle(name);
    }

    public static String staticField(KClass declaring, String name) {
        return "sf_" + mangle(declaring.name) + "__" + mangle(name);
    }

    public static String methodInfo(KMethod m) {
        return "mi_" + method(m).substring(2);
    }
}
