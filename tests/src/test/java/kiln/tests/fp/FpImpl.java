package kiln.tests.fp;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * Access to Kiln's floating-point conversion classes (kiln.rt.DoubleToDecimal, FloatToDecimal,
 * FloatingParser), loaded from the class library's build output with their own class loader, so that
 * the test can call them side by side with HotSpot's Double/Float methods.
 *
 * <p>Location: system property kiln.fp.classes, else ${kiln.home}/classlib/target/classes (kiln.home
 * is set by the tests module's surefire configuration). java.* resolves to HotSpot's own classes
 * through the platform class loader; only kiln.rt.* comes from the directory.
 */
final class FpImpl {
    static final ClassLoader LOADER;
    private static final MethodHandle D2S, F2S, PD, PF;

    static {
        try {
            String dir = System.getProperty("kiln.fp.classes");
            if (dir == null) {
                String home = System.getProperty("kiln.home", ".");
                dir = home + "/classlib/target/classes";
            }
            File f = new File(dir);
            if (!new File(f, "kiln/rt/FloatingParser.class").isFile()) {
                throw new IllegalStateException("kiln.rt classes not found in " + f.getAbsolutePath()
                        + " (build the classlib module first, or set -Dkiln.fp.classes=DIR)");
            }
            LOADER = new URLClassLoader(new URL[] {f.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            D2S = l.findStatic(cls("kiln.rt.DoubleToDecimal"), "toString",
                    MethodType.methodType(String.class, double.class));
            F2S = l.findStatic(cls("kiln.rt.FloatToDecimal"), "toString",
                    MethodType.methodType(String.class, float.class));
            PD = l.findStatic(cls("kiln.rt.FloatingParser"), "parseDouble",
                    MethodType.methodType(double.class, String.class));
            PF = l.findStatic(cls("kiln.rt.FloatingParser"), "parseFloat",
                    MethodType.methodType(float.class, String.class));
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FpImpl() {}

    static Class<?> cls(String name) throws ClassNotFoundException {
        return Class.forName(name, true, LOADER);
    }

    /** A package-private static method of a kiln.rt class, made accessible for white-box checks. */
    static Method method(String cls, String name, Class<?>... params) throws ReflectiveOperationException {
        Method m = cls(cls).getDeclaredMethod(name, params);
        m.setAccessible(true);
        return m;
    }

    static String toString(double v) {
        try {
            return (String) D2S.invokeExact(v);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static String toString(float v) {
        try {
            return (String) F2S.invokeExact(v);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static double parseDouble(String s) {
        try {
            return (double) PD.invokeExact(s);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static float parseFloat(String s) {
        try {
            return (float) PF.invokeExact(s);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new RuntimeException(t);
    }
}
