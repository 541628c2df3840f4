package java.nio.charset;

/**
 * A named character encoding. Kiln supports exactly UTF-8, ISO-8859-1 and US-ASCII (with the JDK's
 * aliases); String and PrintStream do the encoding. Name checks and exceptions follow the JDK.
 * Not provided: encoders/decoders (newEncoder, newDecoder, encode, decode), aliases(),
 * availableCharsets().
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        String[] as = aliases == null ? new String[0] : aliases.clone();
        for (String a : as) {
            checkName(a);
        }
        this.name = canonicalName;
        this.aliases = as;
    }

    /** A legal name starts with a letter or digit and continues with letters, digits and "-+:_.". */
    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) {
                throw new IllegalCharsetNameException(s);
            }
        }
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        Charset[] all = {BuiltinCharset.UTF_8, BuiltinCharset.ISO_8859_1, BuiltinCharset.US_ASCII};
        for (Charset cs : all) {
            if (cs.name.equalsIgnoreCase(charsetName)) {
                return cs;
            }
            for (String a : cs.aliases) {
                if (a.equalsIgnoreCase(charsetName)) {
                    return cs;
                }
            }
        }
        checkName(charsetName);
        return null;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    public static Charset forName(String charsetName, Charset fallback) {
        Charset cs = lookup(charsetName);
        return cs != null ? cs : fallback;
    }

    /** UTF-8, the charset of every Kiln image. */
    public static Charset defaultCharset() {
        return BuiltinCharset.UTF_8;
    }

    public final String name() {
        return name;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public boolean canEncode() {
        return true;
    }

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    public final int hashCode() {
        return name().hashCode();
    }

    public final boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof Charset)) {
            return false;
        }
        return name.equals(((Charset) ob).name());
    }

    public final String toString() {
        return name();
    }
}
