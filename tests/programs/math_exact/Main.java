/** Math.*Exact methods: results when in range, ArithmeticException with its message on overflow. */
public class Main {
    public static void main(String[] args) {
        System.out.println("in range: " + Math.addExact(1, 2) + " " + Math.subtractExact(10, 20) + " " + Math.multiplyExact(46340, 46340)
                + " " + Math.negateExact(-5) + " " + Math.incrementExact(9) + " " + Math.decrementExact(-9) + " " + Math.toIntExact(123L)
                + " " + Math.addExact(1L << 62, 1L << 61) + " " + Math.multiplyExact(3000000000L, 3L) + " " + Math.absExact(-7));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println("addExact int: " + e.getMessage()); }
        try { Math.subtractExact(Integer.MIN_VALUE, 1); } catch (ArithmeticException e) { System.out.println("subtractExact int: " + e.getMessage()); }
        try { Math.multiplyExact(65536, 65536); } catch (ArithmeticException e) { System.out.println("multiplyExact int: " + e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("negateExact int: " + e.getMessage()); }
        try { Math.incrementExact(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println("incrementExact int: " + e.getMessage()); }
        try { Math.toIntExact(1L << 31); } catch (ArithmeticException e) { System.out.println("toIntExact: " + e.getMessage()); }
        try { Math.addExact(Long.MAX_VALUE, 1L); } catch (ArithmeticException e) { System.out.println("addExact long: " + e.getMessage()); }
        try { Math.multiplyExact(Long.MAX_VALUE / 2, 3L); } catch (ArithmeticException e) { System.out.println("multiplyExact long: " + e.getMessage()); }
        try { Math.multiplyExact(Long.MIN_VALUE, -1L); } catch (ArithmeticException e) { System.out.println("multiplyExact MIN*-1: " + e.getMessage()); }
        try { Math.absExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("absExact: " + e.getMessage()); }
        try { Math.floorDiv(1, 0); } catch (ArithmeticException e) { System.out.println("floorDiv by zero: " + e.getMessage()); }
        // Factorials until overflow.
        long f = 1;
        int n = 1;
        try {
            while (true) { f = Math.multiplyExact(f, n); n++; }
        } catch (ArithmeticException e) {
            System.out.println("largest factorial in a long: " + (n - 1) + "! = " + f);
        }
        int fib1 = 0, fib2 = 1, k = 1;
        try {
            while (true) { int t = Math.addExact(fib1, fib2); fib1 = fib2; fib2 = t; k++; }
        } catch (ArithmeticException e) {
            System.out.println("largest int fibonacci: F(" + k + ") = " + fib2);
        }
    }
}
