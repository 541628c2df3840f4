/** A static initialiser that throws: ExceptionInInitializerError first, NoClassDefFoundError on every later use. */
public class Main {
    static int attempts = 0;

    static class Fragile {
        static int value;
        static {
            attempts++;
            if (attempts > 0) throw new IllegalStateException("boom in clinit");
            value = 1;
        }
        static int get() { return value; }
    }

    static class Divider {
        static int zero = 0;
        static int result = 10 / zero;    // ArithmeticException inside <clinit>
    }

    static class Healthy {
        static int value = 42;
    }

    public static void main(String[] args) {
        try {
            System.out.println(Fragile.get());
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause();
            System.out.println("first: " + e.getClass().getName() + " cause=" + cause.getClass().getName() + ": " + cause.getMessage());
        }
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(Fragile.value);
            } catch (NoClassDefFoundError e) {
                System.out.println("again: " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            new Fragile();
        } catch (NoClassDefFoundError e) {
            System.out.println("new: " + e.getMessage());
        } catch (Throwable t) {
            System.out.println("unexpected " + t);
        }
        System.out.println("attempts = " + attempts);
        try {
            System.out.println(Divider.result);
        } catch (ExceptionInInitializerError e) {
            System.out.println("divider: " + e.getCause().getMessage() + " getMessage=" + e.getMessage());
        }
        try {
            System.out.println(Divider.zero);
        } catch (Error e) {
            System.out.println("divider again: " + e.getClass().getSimpleName());
        }
        System.out.println("healthy: " + Healthy.value);
    }
}
