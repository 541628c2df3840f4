/** StackOverflowError is catchable; the program keeps working afterwards, and can overflow again. */
public class Main {
    static int depth = 0;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, double b) {
        depth++;
        long x = a * 3 + 1;
        double y = b / 2 + x;
        return recurseWithLocals(x, y) + (long) y;
    }

    static int finallyCount = 0;
    static void recurseWithFinally(int n) {
        try {
            recurseWithFinally(n + 1);
        } finally {
            finallyCount++;
        }
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, deep: " + (depth > 1000) + ", is Error: " + (e instanceof VirtualMachineError));
        }
        depth = 0;
        try {
            recurseWithLocals(1, 1.0);
        } catch (StackOverflowError e) {
            System.out.println("caught again, deep: " + (depth > 1000));
        }
        try {
            recurseWithFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("with finally: every frame ran its finally: " + (finallyCount > 1000));
        }
        // The stack is usable again: normal deep-ish work still succeeds.
        System.out.println("fib(20) after overflow = " + fib(20));
        int caught = 0;
        for (int i = 0; i < 3; i++) {
            try {
                recurse();
            } catch (Throwable t) {
                if (t instanceof StackOverflowError) caught++;
            }
        }
        System.out.println("caught " + caught + " more");
        System.out.println("done");
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
}
