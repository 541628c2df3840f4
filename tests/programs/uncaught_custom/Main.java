/** An uncaught checked, custom exception thrown from deep recursion; main declares it. Exit status 1. */
public class Main {
    static class Fatal extends Exception {
        Fatal(String m, Throwable cause) { super(m, cause); }
    }

    static int dig(int n) throws Fatal {
        if (n == 0) {
            try {
                int[] a = new int[1];
                return a[n + 1];
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new Fatal("gave up", e);
            }
        }
        return dig(n - 1) + 1;
    }

    public static void main(String[] args) throws Fatal {
        System.out.print("partial line without newline... ");
        System.out.println("digging");
        dig(50);
    }
}
