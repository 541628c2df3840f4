/** Integer division by zero throws ArithmeticException("/ by zero"); floating division does not. */
public class Main {
    static int zero = 0;
    static long lzero = 0L;

    public static void main(String[] args) {
        try {
            System.out.println(10 / zero);
        } catch (ArithmeticException e) {
            System.out.println("int div: " + e.getMessage() + " | " + e);
        }
        try {
            System.out.println(10 % zero);
        } catch (ArithmeticException e) {
            System.out.println("int rem: " + e.getMessage());
        }
        try {
            System.out.println(10L / lzero);
        } catch (ArithmeticException e) {
            System.out.println("long div: " + e.getMessage());
        }
        try {
            System.out.println(10L % lzero);
        } catch (ArithmeticException e) {
            System.out.println("long rem: " + e.getMessage());
        }
        int side = 5;
        try {
            side = 7 / zero;   // the assignment must not happen
        } catch (RuntimeException e) {
            System.out.println("caught as RuntimeException: " + e.getClass().getName() + " side=" + side);
        }
        int caught = 0;
        for (int i = -3; i <= 3; i++) {
            try {
                System.out.print(100 / i + " ");
            } catch (ArithmeticException e) {
                caught++;
                System.out.print("[x] ");
            }
        }
        System.out.println("caught=" + caught);
        System.out.println("1.0/0 = " + (1.0 / zero) + ", -1.0/0 = " + (-1.0 / zero) + ", 0.0/0 = " + (0.0 / zero));
        System.out.println("1f/0 = " + (1f / zero) + ", 5.0%0 = " + (5.0 % zero));
        System.out.println("divisor -0.0: " + (1.0 / -0.0));
    }
}
