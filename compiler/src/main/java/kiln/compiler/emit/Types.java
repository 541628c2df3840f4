package kiln.compiler.emit;

/**
 * Java types as the C emitter sees them. Stack and local kinds: 'I' (boolean, byte, char, short,
 * int), 'J', 'F', 'D', 'A' (references).
 */
public final class Types {
    private Types() {}

    public static char kind(String desc) {
        return switch (desc.charAt(0)) {
            case 'Z', 'B', 'C', 'S', 'I' -> 'I';
            case 'J' -> 'J';
            case 'F' -> 'F';
            case 'D' -> 'D';
            case 'V' -> 'V';
            default -> 'A';
        };
    }

    public static boolean wide(char kind) {
        return kind == 'J' || kind == 'D';
    }

    /** C type of a value of this kind in locals, stack slots, parameters and returns. */
    public static String ctype(char kind) {
        return switch (kind) {
            case 'I' -> "jint";
            case 'J' -> "jlong";
            case 'F' -> "jfloat";
            case 'D' -> "jdouble";
            case 'A' -> "kiln_object *";
            case 'V' -> "void";
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    /** C type of a field or array element of this descriptor (exact width). */
    public static String storageType(String desc) {
        return switch (desc.charAt(0)) {
            case 'Z' -> "jboolean";
            case 'B' -> "jbyte";
            case 'C' -> "jchar";
            case 'S' -> "jshort";
            case 'I' -> "jint";
            case 'J' -> "jlong";
            case 'F' -> "jfloat";
            case 'D' -> "jdouble";
            default -> "kiln_object *";
        };
    }

    public static int storageSize(String desc) {
        return switch (desc.charAt(0)) {
            case 'Z', 'B' -> 1;
            case 'C', 'S' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
    }

    public static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "(-2147483647-1)" : Integer.toString(v);
    }

    public static String longLiteral(long v) {
        return v == Long.MIN_VALUE ? "(-9223372036854775807LL-1)" : v + "LL";
    }

    public static String floatLiteral(float f) {
        if (Float.isNaN(f)) {
            return "__builtin_nanf(\"\")";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "__builtin_inff()" : "(-__builtin_inff())";
        }
        return "(" + Float.toHexString(f) + "f)";
    }

    public static String doubleLiteral(double d) {
        if (Double.isNaN(d)) {
            return "__builtin_nan(\"\")";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        }
        return "(" + Double.toHexString(d) + ")";
    }

    /** A C string literal for a Java string's UTF-8 bytes (for names in crash reports). */
    public static String cString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f && c != '?') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\%03o", c));
            }
        }
        return sb.append('"').toString();
    }
}
