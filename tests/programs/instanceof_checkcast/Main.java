/** instanceof and checkcast against classes, interfaces, arrays and null; ClassCastException and its message. */
public class Main {
    interface Pet {}
    static class Animal {}
    static class Dog extends Animal implements Pet {}
    static class Cat extends Animal implements Pet {}
    static class Rock {}

    static String test(Object o) {
        return (o instanceof Animal ? "A" : "-") + (o instanceof Dog ? "D" : "-") + (o instanceof Cat ? "C" : "-")
                + (o instanceof Pet ? "P" : "-") + (o instanceof Object ? "O" : "-") + (o instanceof Object[] ? "[" : "-")
                + (o instanceof Comparable ? "K" : "-") + (o instanceof CharSequence ? "S" : "-") + (o instanceof Number ? "N" : "-");
    }

    public static void main(String[] args) {
        Object[] objs = {new Animal(), new Dog(), new Cat(), new Rock(), null, "str", Integer.valueOf(3), new Dog[0], new int[0]};
        for (Object o : objs) System.out.println((o == null ? "null" : o.getClass().getName()) + " -> " + test(o));
        Object o = new Dog();
        Animal a = (Animal) o;
        Pet p = (Pet) a;
        Dog d = (Dog) p;
        System.out.println("casts ok: " + (d == o));
        Object n = null;
        Dog nd = (Dog) n;     // casting null always succeeds
        System.out.println("null cast ok: " + (nd == null));
        try {
            Cat c = (Cat) o;
            System.out.println("no exception?! " + c);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            Object s = "text";
            Integer i = (Integer) s;
            System.out.println("no exception?! " + i);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            Object r = new Rock();
            Pet rp = (Pet) r;
            System.out.println("no exception?! " + rp);
        } catch (ClassCastException e) {
            System.out.println("CCE caught for interface cast: " + e.getClass().getName());
        }
        int hits = 0;
        for (int i = 0; i < 90000; i++) {
            Object x = objs[i % objs.length];
            if (x instanceof Pet) hits++;
            if (x instanceof Animal an && !(an instanceof Dog)) hits += 10;
        }
        System.out.println("hits = " + hits);
    }
}
