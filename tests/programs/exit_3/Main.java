/** System.exit(3) from inside nested calls and try/finally: finally blocks do not run, later output never appears. */
public class Main {
    static int depth(int n) {
        if (n == 0) {
            System.out.println("exiting with 3");
            System.exit(3);
        }
        try {
            return depth(n - 1) + 1;
        } finally {
            System.out.println("finally must not run");
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            depth(10);
        } catch (Throwable t) {
            System.out.println("no throwable expected: " + t);
        } finally {
            System.out.println("outer finally must not run");
        }
        System.out.println("not reached");
    }
}
