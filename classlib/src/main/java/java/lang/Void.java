package java.lang;

/** The uninstantiable placeholder for void. */
public final class Void {
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) kiln.rt.Classes.primitiveClass('V');

    private Void() {}
}
