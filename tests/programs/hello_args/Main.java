/** Smoke test: the smallest program; prints its argument count (the harness passes none). */
public class Main {
    public static void main(String[] args) {
        System.out.println("Hello from Kiln test program");
        System.out.println("args=" + args.length);
        System.out.print("no newline, then ");
        System.out.println();
        System.out.println(42);
    }
}
