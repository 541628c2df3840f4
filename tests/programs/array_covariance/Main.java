/** Array covariance: a String[] seen as Object[] rejects other types with ArrayStoreException (JVMS aastore). */
public class Main {
    static class Animal { public String toString() { return "Animal"; } }
    static class Dog extends Animal { public String toString() { return "Dog"; } }
    interface Shape {}
    static class Square implements Shape {}

    public static void main(String[] args) {
        Object[] objs = new String[2];
        objs[0] = "fine";
        try {
            objs[1] = Integer.valueOf(1);
            System.out.println("no exception?!");
        } catch (ArrayStoreException e) {
            System.out.println("ASE: " + e.getMessage());
        }
        objs[1] = null;   // null is always storable
        System.out.println("stored null: " + objs[1]);
        Animal[] animals = new Dog[1];
        try {
            animals[0] = new Animal();
        } catch (ArrayStoreException e) {
            System.out.println("ASE: " + e.getMessage());
        }
        animals[0] = new Dog();
        System.out.println("stored " + animals[0]);
        Shape[] shapes = new Square[1];
        shapes[0] = new Square();
        Object[] ints = new int[1][];
        ints[0] = new int[3];
        try {
            ints[0] = new long[3];
        } catch (ArrayStoreException e) {
            System.out.println("ASE: " + e.getMessage());
        }
        Object o = new String[0];
        System.out.println("String[] instanceof Object[]: " + (o instanceof Object[]) + ", CharSequence[]: " + (o instanceof CharSequence[])
                + ", Integer[]: " + (o instanceof Integer[]) + ", Object: " + (o instanceof Object));
        Object ia = new int[0];
        System.out.println("int[] instanceof Object[]: " + (ia instanceof Object[]) + ", int[]: " + (ia instanceof int[]) + ", long[]: " + (ia instanceof long[]));
        Object[][] nested = new String[1][1];
        System.out.println("String[][] instanceof Object[][]: " + (nested instanceof Object[][]) + ", Object[]: " + ((Object) nested instanceof Object[]));
        Object cloneable = new Dog[0];
        System.out.println("arrays are Cloneable: " + (cloneable instanceof Cloneable) + ", Serializable: " + (cloneable instanceof java.io.Serializable));
        Object[] back = (Object[]) o;
        String[] strs = (String[]) back;
        System.out.println("casts ok, length " + strs.length);
        try {
            Integer[] bad = (Integer[]) back;
            System.out.println("no exception?! " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("CCE on array cast");
        }
    }
}
