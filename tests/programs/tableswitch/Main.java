/** Dense switches compile to tableswitch: negative cases, fall-through, default in the middle. */
public class Main {
    static String name(int d) {
        switch (d) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            default: return "many";
        }
    }

    static int fallThrough(int x) {
        int r = 0;
        switch (x) {
            case -2: r += 1;
            case -1: r += 10;
            default: r += 100;
            case 0: r += 1000;
                break;
            case 1: r += 10000;
            case 2: r += 100000;
        }
        return r;
    }

    static int arrow(int x) {
        return switch (x) {
            case 10, 11, 12 -> 1;
            case 13 -> 2;
            case 14, 15 -> { int y = x * 2; yield y; }
            case 16 -> 3;
            case 17 -> 4;
            default -> -1;
        };
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 9; i++) System.out.print(name(i) + " ");
        System.out.println();
        for (int i = -3; i <= 3; i++) System.out.print(fallThrough(i) + " ");
        System.out.println();
        for (int i = 8; i <= 19; i++) System.out.print(arrow(i) + " ");
        System.out.println();
        System.out.println(name(Integer.MIN_VALUE) + " " + name(Integer.MAX_VALUE) + " " + arrow(Integer.MIN_VALUE));
        int sum = 0;
        for (int i = 0; i < 100000; i++) {
            switch (i & 7) {
                case 0: sum += 3; break;
                case 1: sum -= 1; break;
                case 2: sum ^= i; break;
                case 3: sum += i >> 3; break;
                case 4: case 5: sum *= 3; break;
                default: sum = sum + 7;
            }
        }
        System.out.println("sum = " + sum);
        char c = 'c';
        switch (c) {
            case 'a': System.out.println("a"); break;
            case 'b': System.out.println("b"); break;
            case 'c': System.out.println("c!"); break;
            case 'd': System.out.println("d"); break;
        }
    }
}
