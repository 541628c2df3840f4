/** Exceptions thrown from constructors, field initialisers and super constructors. */
public class Main {
    static int created = 0;

    static class Validated {
        final int value;
        Validated(int v) {
            if (v < 0) throw new IllegalArgumentException("negative: " + v);
            value = v;
            created++;
        }
    }
    static class BadInit {
        int[] data = new int[compute()];
        static int compute() { throw new UnsupportedOperationException("field init failed"); }
    }
    static class Parent {
        Parent(boolean fail) { if (fail) throw new IllegalStateException("parent ctor failed"); }
    }
    static class Child extends Parent {
        static int childBodies = 0;
        Child(boolean fail) { super(fail); childBodies++; }
    }
    static class Holder {
        Validated v;
        Holder(int x) {
            try {
                v = new Validated(x);
            } catch (IllegalArgumentException e) {
                v = new Validated(0);
            }
        }
    }

    public static void main(String[] args) {
        Validated ok = new Validated(5);
        Validated bad = null;
        try {
            bad = new Validated(-3);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage() + ", bad still null: " + (bad == null));
        }
        try {
            new BadInit();
        } catch (UnsupportedOperationException e) {
            System.out.println("field init: " + e.getMessage());
        }
        try {
            new Child(true);
        } catch (IllegalStateException e) {
            System.out.println("super ctor: " + e.getMessage() + " childBodies=" + Child.childBodies);
        }
        new Child(false);
        System.out.println("childBodies=" + Child.childBodies);
        System.out.println("holder: " + new Holder(-1).v.value + " " + new Holder(9).v.value + " created=" + created + " ok=" + ok.value);
        int failures = 0;
        for (int i = -500; i < 500; i++) {
            try { new Validated(i); } catch (IllegalArgumentException e) { failures++; }
        }
        System.out.println("failures=" + failures + " created=" + created);
    }
}
