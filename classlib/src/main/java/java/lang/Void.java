package java.lang;

/**
 * The uninstantiable placeholder for void. Void.TYPE (void.class) is not provided yet: the runtime
 * has no way to name the primitive class void (there are no void arrays to take it from).
 */
public final class Void {
    private Void() {}
}
