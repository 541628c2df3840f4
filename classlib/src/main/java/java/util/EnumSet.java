package java.util;

/**
 * A set of the constants of one enum class, kept as a bit vector indexed by ordinal (so iteration
 * is in ordinal order). One implementation (EnumBitSet) serves every universe size; its iterator
 * behaves like the JDK's: a universe of up to 64 constants is iterated from a snapshot taken when
 * the iterator is created, a larger one word by word. The constants of the element type come from
 * the compiler's enum table (kiln.rt.Classes.enumConstants).
 */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    final transient Class<E> elementType;
    /** The constants of elementType in ordinal order; shared by sets copied from one another. */
    final transient Enum<?>[] universe;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        Object[] constants = kiln.rt.Classes.enumConstants(elementType);
        if (constants == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        Enum<?>[] universe = new Enum<?>[constants.length];
        System.arraycopy(constants, 0, universe, 0, constants.length);
        return new EnumBitSet<E>(elementType, universe);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addAllConstants();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            return ((EnumSet<E>) c).clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) {
            result.add(i.next());
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = of(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = of(e1, e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = of(e1, e2, e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = of(e1, e2, e3, e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = of(first);
        for (E e : rest) {
            result.add(e);
        }
        return result;
    }

    /** The constants from..to inclusive (IllegalArgumentException "from > to" as the JDK says it). */
    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRange(from.ordinal(), to.ordinal());
        return result;
    }

    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Throws the JDK's ClassCastException if e is not a constant of the element type. */
    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType) {
            throw new ClassCastException(eClass + " != " + elementType);
        }
    }

    /** The ordinal of o if it is a constant of enum class type (maybe with a body), else -1. */
    static int ordinalIn(Object o, Class<?> type) {
        if (o == null) {
            return -1;
        }
        Class<?> c = o.getClass();
        if (c != type && c.getSuperclass() != type) {
            return -1;
        }
        return ((Enum<?>) o).ordinal();
    }

    abstract void addAllConstants();

    abstract void addRange(int fromOrdinal, int toOrdinal);

    abstract void complement();
}
