package java.lang;

import kiln.rt.Classes;

/**
 * A class, interface, array type or primitive type. A Class object IS the runtime's kiln_class
 * struct (rt.h), so this class declares no instance fields; everything comes from kiln.rt.Classes.
 *
 * Provided: names (getName, getSimpleName, getTypeName, getPackageName, descriptorString), type
 * tests (isInstance, isAssignableFrom, isArray, isInterface, isPrimitive), getComponentType,
 * getSuperclass, cast, toString, desiredAssertionStatus (always false: Kiln has no -ea).
 * getEnumConstants, isEnum, getCanonicalName (for top-level and member classes).
 * Not provided: reflection (getMethods, newInstance, forName ...), annotations.
 */
public final class Class<T> implements java.io.Serializable {
    private Class() {}

    public String getName() {
        return Classes.name(this);
    }

    public boolean isInstance(Object obj) {
        return obj != null && Classes.isSubclass(Classes.classOf(obj), this);
    }

    public boolean isAssignableFrom(Class<?> cls) {
        if (cls == null) {
            throw new NullPointerException();
        }
        return Classes.isSubclass(cls, this);
    }

    public boolean isInterface() {
        return (Classes.flags(this) & Classes.INTERFACE) != 0;
    }

    public boolean isArray() {
        return (Classes.flags(this) & Classes.ARRAY) != 0;
    }

    public boolean isPrimitive() {
        return (Classes.flags(this) & Classes.PRIMITIVE) != 0;
    }

    @SuppressWarnings("unchecked")
    public Class<? super T> getSuperclass() {
        return (Class<? super T>) Classes.superclass(this);
    }

    public Class<?> getComponentType() {
        return Classes.componentType(this);
    }

    public Class<?> componentType() {
        return Classes.componentType(this);
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    /**
     * The simple name, derived from the binary name as javac forms it: an array adds "[]", a
     * nested class is named after its last '$', an anonymous class ("Outer$1") has the empty name
     * and a local class ("Outer$1Local") drops the digits. (The runtime does not keep the
     * InnerClasses attribute, so a top-level class whose own name contains '$' is not supported.)
     */
    /** The constants of an enum class in declaration order (a new array each call), else null. */
    public T[] getEnumConstants() {
        @SuppressWarnings("unchecked")
        T[] values = (T[]) Classes.enumConstants(this);
        return values;
    }

    public boolean isEnum() {
        return getSuperclass() == Enum.class && Classes.enumConstants(this) != null;
    }

    /**
     * The name in source form: nested classes are separated by '.' instead of '$'. (Kiln keeps no
     * InnerClasses attribute at run time, so a top-level class whose own name contains '$' would
     * be misnamed; javac never creates such names.)
     */
    public String getCanonicalName() {
        Class<?> c = componentType();
        if (c != null) {
            String n = c.getCanonicalName();
            return n == null ? null : n + "[]";
        }
        return getName().replace('$', '.');
    }

    public String getSimpleName() {
        Class<?> c = componentType();
        if (c != null) {
            return c.getSimpleName() + "[]";
        }
        String name = getName();
        int dollar = name.lastIndexOf('$');
        int dot = name.lastIndexOf('.');
        if (dollar > dot) {
            int start = dollar + 1;
            while (start < name.length() && Character.isDigit(name.charAt(start))) {
                start++;
            }
            return name.substring(start);
        }
        return name.substring(dot + 1);
    }

    /** Like getName, but arrays read "int[]" / "java.lang.String[][]". */
    public String getTypeName() {
        if (isArray()) {
            Class<?> c = this;
            int dims = 0;
            while (c.isArray()) {
                dims++;
                c = c.componentType();
            }
            String s = c.getName();
            for (int i = 0; i < dims; i++) {
                s = s + "[]";
            }
            return s;
        }
        return getName();
    }

    /** The package of the class ("java.lang"), of an array's element type, or "java.lang" for primitives. */
    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.componentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String name = c.getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** The field descriptor: "I", "[Ljava/lang/String;", "Ljava/lang/Object;". */
    public String descriptorString() {
        if (isPrimitive()) {
            return String.valueOf(Classes.elementType(this));
        }
        if (isArray()) {
            return "[" + componentType().descriptorString();
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    public String toString() {
        String kind = isInterface() ? "interface " : isPrimitive() ? "" : "class ";
        return kind + getName();
    }

    /** Kiln has no assertion switch: assert statements are always disabled, as on a default JVM. */
    public boolean desiredAssertionStatus() {
        return false;
    }
}
