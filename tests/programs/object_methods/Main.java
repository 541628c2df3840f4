/** Object and Class basics that are deterministic: getClass, getName, getSimpleName, toString overrides, class identity. */
public class Main {
    static class Plain {}
    static class Named { @Override public String toString() { return "Named!"; } }
    interface Marker {}
    static class Impl implements Marker {}

    public static void main(String[] args) {
        Object[] objs = {new Plain(), new Named(), "s", 1, 2L, 'c', 1.5, true, new int[0], new String[0][0], new Impl(), new Object(), new StringBuilder()};
        for (Object o : objs) System.out.println(o.getClass().getName() + " | " + o.getClass().getSimpleName());
        System.out.println("toString override: " + new Named() + " " + String.valueOf(new Named()));
        System.out.println("class identity: " + (new Plain().getClass() == Plain.class) + " " + ((Object) Plain.class == (Object) Named.class ? "same" : "different")
                + " " + ("a".getClass() == String.class) + " " + (int[].class.getName()) + " " + long[][].class.getSimpleName());
        System.out.println("primitive classes: " + int.class.getName() + " " + double.class.getSimpleName());
        Object o = new Impl();
        System.out.println("Marker.class " + Marker.class.getName() + " instanceof " + (o instanceof Marker));
        System.out.println("equals default identity: " + o.equals(o) + " " + o.equals(new Impl()));
        System.out.println("hashCode stable: " + (o.hashCode() == o.hashCode()));
        System.out.println("String.valueOf(null object) " + String.valueOf((Object) null));
        Class<?> k = objs[1].getClass();
        System.out.println("class of class " + k.getClass().getName());
    }
}
