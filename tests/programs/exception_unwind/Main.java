/** Exceptions unwinding through many frames, running each frame's finally and skipping non-matching handlers. */
public class Main {
    static int finallies = 0;
    static int wrongHandlers = 0;

    static int descend(int depth, int throwAt) {
        try {
            if (depth == throwAt) throw new IllegalArgumentException("thrown at depth " + depth);
            return descend(depth + 1, throwAt) + 1;
        } catch (ArithmeticException e) {   // never matches: must be skipped
            wrongHandlers++;
            return -1;
        } finally {
            finallies++;
        }
    }

    static long mixed(int depth) {
        long local = depth * 31L;
        double d = depth / 3.0;
        if (depth == 0) throw new RuntimeException("bottom");
        try {
            return mixed(depth - 1) + local + (long) d;
        } finally {
            finallies++;
        }
    }

    static int catchHalfway(int depth) {
        if (depth == 500) {
            try {
                return descend(0, 300);
            } catch (IllegalArgumentException e) {
                return -depth;
            }
        }
        return catchHalfway(depth + 1);
    }

    public static void main(String[] args) {
        try {
            descend(0, 1000);
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e.getMessage() + " finallies=" + finallies + " wrong=" + wrongHandlers);
        }
        finallies = 0;
        try {
            mixed(2000);
        } catch (RuntimeException e) {
            System.out.println("mixed caught: " + e.getMessage() + " finallies=" + finallies);
        }
        finallies = 0;
        System.out.println("catchHalfway = " + catchHalfway(0) + " finallies=" + finallies);
        // Many throws through moderate depth: the unwinder must not leak stack or frames.
        int total = 0;
        for (int i = 0; i < 2000; i++) {
            try {
                descend(0, 20 + i % 10);
            } catch (IllegalArgumentException e) {
                total += e.getMessage().length();
            }
        }
        System.out.println("total = " + total + " finallies=" + finallies);
    }
}
