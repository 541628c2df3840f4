package java.lang;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import kiln.rt.ConsoleInputStream;
import kiln.rt.ConsoleOutputStream;
import kiln.rt.Heap;
import kiln.rt.Memory;
import kiln.rt.Platform;

/**
 * Standard streams, time, exit, system properties and arraycopy.
 *
 * out and err are built as HotSpot builds them: an auto-flushing UTF-8 PrintStream over a
 * 128-byte BufferedOutputStream, so every print/println reaches the console at once but single
 * bytes from write(int) wait for a newline or a full buffer. Properties live in a small table
 * (defaults below; boot arguments can add more, see kiln.rt.BootArgs). getenv: a unikernel has no
 * environment, so every variable is absent. Not provided: getProperties, getenv(), console,
 * security manager, loadLibrary, Logger.
 */
public final class System {
    private System() {}

    public static InputStream in = new ConsoleInputStream();
    public static PrintStream out = new PrintStream(new BufferedOutputStream(new ConsoleOutputStream(1), 128), true);
    public static PrintStream err = new PrintStream(new BufferedOutputStream(new ConsoleOutputStream(2), 128), true);

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    public static long currentTimeMillis() {
        return Platform.currentTimeMillis();
    }

    public static long nanoTime() {
        return Platform.nanoTime();
    }

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static int identityHashCode(Object x) {
        return x == null ? 0 : Heap.identityHash(x);
    }

    public static String lineSeparator() {
        return "\n";
    }

    /** A unikernel has no environment variables. */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return null;
    }

    // ---- properties: parallel arrays, few entries ----

    private static String[] keys = {
        "line.separator", "file.separator", "path.separator", "java.version", "java.specification.version",
        "java.vendor", "java.vm.name", "os.name", "os.arch", "file.encoding", "stdout.encoding",
        "stderr.encoding", "native.encoding", "sun.jnu.encoding", "user.dir", "user.home", "user.name",
        "java.io.tmpdir",
    };
    private static String[] values = {
        "\n", "/", ":", "25", "25",
        "Kiln", "Kiln", "Kiln", "amd64", "UTF-8", "UTF-8",
        "UTF-8", "UTF-8", "UTF-8", "/", "/", "kiln",
        "/tmp",
    };
    private static int propertyCount = keys.length;

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    private static int find(String key) {
        for (int i = 0; i < propertyCount; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public static String getProperty(String key) {
        checkKey(key);
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        int i = find(key);
        if (i >= 0) {
            String old = values[i];
            values[i] = value;
            return old;
        }
        if (propertyCount == keys.length) {
            String[] k = new String[propertyCount * 2];
            String[] v = new String[propertyCount * 2];
            arraycopy(keys, 0, k, 0, propertyCount);
            arraycopy(values, 0, v, 0, propertyCount);
            keys = k;
            values = v;
        }
        keys[propertyCount] = key;
        values[propertyCount] = value;
        propertyCount++;
        return null;
    }

    public static String clearProperty(String key) {
        checkKey(key);
        int i = find(key);
        if (i < 0) {
            return null;
        }
        String old = values[i];
        propertyCount--;
        keys[i] = keys[propertyCount];
        values[i] = values[propertyCount];
        keys[propertyCount] = null;
        values[propertyCount] = null;
        return old;
    }

    // ---- arraycopy ----

    /**
     * Copies length elements with HotSpot's checks and messages (verified against JDK 25): nulls,
     * non-arrays, primitive type mismatch, bounds (in HotSpot's order), then a raw copy, or an
     * element-by-element copy with store checks when the element types differ. A failing store
     * check leaves the elements before it copied, as on HotSpot.
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        // Fast path for the common copies (String and StringBuilder chars, byte buffers, same-class
        // reference arrays) when every check passes; anything else takes the checked path below,
        // which also produces the exceptions. "pos <= length - n" cannot overflow for n >= 0.
        if (srcPos >= 0 && destPos >= 0 && length >= 0) {
            int srcLength = -1, destLength = -1;
            if (src instanceof char[] s && dest instanceof char[] d) {
                srcLength = s.length;
                destLength = d.length;
            } else if (src instanceof byte[] s && dest instanceof byte[] d) {
                srcLength = s.length;
                destLength = d.length;
            } else if (src instanceof Object[] s && dest instanceof Object[] d && src.getClass() == dest.getClass()) {
                srcLength = s.length;
                destLength = d.length;
            }
            if (srcPos <= srcLength - length && destPos <= destLength - length) {
                if (length != 0) {
                    Memory.arrayCopy(src, srcPos, dest, destPos, length);
                }
                return;
            }
        }
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        Class<?> sc = src.getClass();
        Class<?> dc = dest.getClass();
        if (!sc.isArray()) {
            throw new ArrayStoreException("arraycopy: source type " + sc.getName() + " is not an array");
        }
        if (!dc.isArray()) {
            throw new ArrayStoreException("arraycopy: destination type " + dc.getName() + " is not an array");
        }
        Class<?> se = sc.getComponentType();
        Class<?> de = dc.getComponentType();
        if ((se.isPrimitive() || de.isPrimitive()) && se != de) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + kindName(se)
                    + "[] into " + kindName(de) + "[]");
        }
        int srcLength = arrayLength(src, se);
        int destLength = arrayLength(dest, de);
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos
                    + " out of bounds for " + kindName(se) + "[" + srcLength + "]");
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos
                    + " out of bounds for " + kindName(de) + "[" + destLength + "]");
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        long lastSrc = (long) srcPos + length;
        if (lastSrc > srcLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + lastSrc
                    + " out of bounds for " + kindName(se) + "[" + srcLength + "]");
        }
        long lastDest = (long) destPos + length;
        if (lastDest > destLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + lastDest
                    + " out of bounds for " + kindName(de) + "[" + destLength + "]");
        }
        if (length == 0) {
            return;
        }
        if (se.isPrimitive() || de.isAssignableFrom(se)) {
            Memory.arrayCopy(src, srcPos, dest, destPos, length);
            return;
        }
        // Reference arrays whose element types differ: check every element that is stored.
        Object[] s = (Object[]) src;
        Object[] d = (Object[]) dest;
        if (s == d && srcPos < destPos) {
            // Same array, so the types agree and no store can fail; copy backwards for overlap.
            for (int i = length - 1; i >= 0; i--) {
                d[destPos + i] = s[srcPos + i];
            }
            return;
        }
        for (int i = 0; i < length; i++) {
            Object e = s[srcPos + i];
            if (e != null && !de.isInstance(e)) {
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                        + se.getName() + "[] to the type of the destination array, " + de.getName());
            }
            d[destPos + i] = e;
        }
    }

    /** HotSpot's name for an array's element kind in arraycopy messages: "int" or "object array". */
    private static String kindName(Class<?> elementType) {
        return elementType.isPrimitive() ? elementType.getName() : "object array";
    }

    private static int arrayLength(Object array, Class<?> elementType) {
        if (!elementType.isPrimitive()) {
            return ((Object[]) array).length;
        }
        switch (kiln.rt.Classes.elementType(elementType)) {
            case 'Z':
                return ((boolean[]) array).length;
            case 'B':
                return ((byte[]) array).length;
            case 'C':
                return ((char[]) array).length;
            case 'S':
                return ((short[]) array).length;
            case 'I':
                return ((int[]) array).length;
            case 'J':
                return ((long[]) array).length;
            case 'F':
                return ((float[]) array).length;
            default:
                return ((double[]) array).length;
        }
    }
}
