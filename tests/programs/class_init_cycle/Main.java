/** Cyclic static initialisation: a class under initialisation is seen with default values by the other class. */
public class Main {
    static class A {
        static int a1 = 1;
        static int fromB = B.b1 + 100;      // triggers B's init while A is being initialised
        static int a2 = 2;
        static { System.out.println("A done: a1=" + a1 + " fromB=" + fromB + " a2=" + a2); }
    }
    static class B {
        static int b1 = 10;
        static int seenA2 = A.a2;            // A is in progress: sees the default 0
        static int seenA1 = A.a1;            // already assigned before the cycle: 1
        static { System.out.println("B done: b1=" + b1 + " seenA2=" + seenA2 + " seenA1=" + seenA1); }
    }
    static class Self {
        static final Self INSTANCE = new Self();
        static int count = 5;                // runs after INSTANCE is created
        final int snapshot;
        Self() { snapshot = count; count++; }
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("A.fromB = " + A.fromB);
        System.out.println("B.seenA2 = " + B.seenA2);
        System.out.println("Self: snapshot=" + Self.INSTANCE.snapshot + " count=" + Self.count);
    }
}
