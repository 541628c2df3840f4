package kiln.rt;

/** Runtime class metadata (kiln_class in rt.h) for java.lang.Class and the class initialiser. */
public final class Classes {
    private Classes() {}

    public static final int INTERFACE = 0x1;
    public static final int ARRAY = 0x2;
    public static final int PRIMITIVE = 0x4;
    public static final int ABSTRACT = 0x8;

    public static final int INIT_NONE = 0;
    public static final int INIT_RUNNING = 1;
    public static final int INIT_DONE = 2;
    public static final int INIT_FAILED = 3;

    /** Binary name: "java.lang.String", "[I", "[Ljava.lang.String;", "int". */
    public static native String name(Class<?> c);

    public static native Class<?> superclass(Class<?> c);

    /** Element class of an array class, else null. */
    public static native Class<?> componentType(Class<?> c);

    /** KILN_CLASS_* flags. */
    public static native int flags(Class<?> c);

    /** Is s assignable to t (checkcast rules)? */
    public static native boolean isSubclass(Class<?> s, Class<?> t);

    /** The class of o (o non-null). */
    public static native Class<?> classOf(Object o);

    /** Initialisation state (INIT_*). */
    public static native int initState(Class<?> c);

    public static native void setInitState(Class<?> c, int state);

    /** Runs the class's static initialiser, if it has one; exceptions propagate. */
    public static native void runClinit(Class<?> c);

    /** The class of a primitive type by descriptor letter ('I' -> int.class, 'V' -> void.class). */
    public static native Class<?> primitiveClass(char type);

    /** Element type letter of a primitive class or primitive array ('I', 'Z' ...), else 0. */
    public static native char elementType(Class<?> c);
}
