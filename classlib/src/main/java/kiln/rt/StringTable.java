package kiln.rt;

/**
 * The table behind String.intern(): an open-addressing hash set of strings, keyed by content.
 *
 * JLS §3.10.5 requires {@code s.intern() == "literal"} when s equals a literal, so the compiler
 * must make every string literal of the image canonical here before it can be the answer of
 * intern(): it does so by calling {@link #addLiteral} for each literal (or by seeding the table
 * some other way) before main. Until the compiler does, intern() still returns one canonical
 * instance per content, but it is a literal only if the literal was interned first.
 */
public final class StringTable {
    private StringTable() {}

    private static String[] slots = new String[256];
    private static int count;

    /** The canonical string equal to s (s itself if none yet). */
    public static String intern(String s) {
        String[] t = slots;
        int mask = t.length - 1;
        int i = s.hashCode() & mask;
        while (t[i] != null) {
            if (t[i].equals(s)) {
                return t[i];
            }
            i = (i + 1) & mask;
        }
        t[i] = s;
        if (++count * 2 > t.length) {
            grow();
        }
        return s;
    }

    /** Registers a string literal as the canonical instance of its content. */
    public static void addLiteral(String literal) {
        intern(literal);
    }

    private static void grow() {
        String[] old = slots;
        String[] t = new String[old.length * 2];
        int mask = t.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = s.hashCode() & mask;
                while (t[i] != null) {
                    i = (i + 1) & mask;
                }
                t[i] = s;
            }
        }
        slots = t;
    }
}
