package java.lang;

/**
 * The base of every enum: name, ordinal, identity equality, ordinal order.
 * valueOf(Class, String) works without reflection: every constant registers itself when its
 * enum class initialises (see {@link #register}). Not provided: describeConstable.
 */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
        register(this);
    }

    /** All enum constants created so far, in creation order (a program has few). */
    private static Enum<?>[] constants = new Enum<?>[32];
    private static int constantCount;

    private static void register(Enum<?> e) {
        if (constantCount == constants.length) {
            Enum<?>[] bigger = new Enum<?>[constantCount * 2];
            System.arraycopy(constants, 0, bigger, 0, constantCount);
            constants = bigger;
        }
        constants[constantCount++] = e;
    }

    /** The constant of enumClass named name; initialises enumClass first so its constants exist. */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        kiln.rt.ClassInit.initialize(enumClass);
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (int i = 0; i < constantCount; i++) {
            Enum<?> e = constants[i];
            if (e.getDeclaringClass() == enumClass && e.name.equals(name)) {
                return enumClass.cast(e);
            }
        }
        throw new IllegalArgumentException("No enum constant " + canonicalName(enumClass) + "." + name);
    }

    /** Class.getCanonicalName for a top-level or member enum; null for a local one (Outer$1Local). */
    private static String canonicalName(Class<?> c) {
        String n = c.getName();
        int d = n.lastIndexOf('$');
        if (d >= 0 && d + 1 < n.length() && Character.isDigit(n.charAt(d + 1))) {
            return null;
        }
        return n.replace('$', '.');
    }

    public final String name() {
        return name;
    }

    public final int ordinal() {
        return ordinal;
    }

    public String toString() {
        return name;
    }

    public final boolean equals(Object other) {
        return this == other;
    }

    public final int hashCode() {
        return super.hashCode();
    }

    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    public final int compareTo(E o) {
        Enum<?> other = o;
        if (getClass() != other.getClass() && getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return ordinal - other.ordinal;
    }

    /** The enum class (constants with bodies are instances of anonymous subclasses). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> clazz = getClass();
        Class<?> zuper = clazz.getSuperclass();
        return (zuper == Enum.class) ? (Class<E>) clazz : (Class<E>) zuper;
    }
}
