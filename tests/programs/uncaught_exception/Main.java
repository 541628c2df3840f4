/** An uncaught exception ends the program with exit status 1 after the output written so far. */
public class Main {
    static void level3(int x) {
        if (x > 2) throw new IllegalStateException("uncaught at level3, x=" + x);
    }
    static void level2(int x) { level3(x + 1); }
    static void level1(int x) {
        try {
            level2(x + 1);
        } finally {
            System.out.println("finally in level1 runs before the program dies");
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        for (int i = 0; i < 3; i++) System.out.println("line " + i);
        level1(1);
        System.out.println("never printed");
    }
}
