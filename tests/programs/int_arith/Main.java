/** int arithmetic (JVMS iadd/isub/imul/idiv/irem/ineg/iinc): wrap-around, MIN_VALUE / -1, % with negatives. */
public class Main {
    static int[] VALUES = {0, 1, -1, 2, -2, 7, -7, 13, 100, -100, 65535, 65536, 123456789, -987654321,
                           Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1};

    public static void main(String[] args) {
        System.out.println("MAX+1 = " + (Integer.MAX_VALUE + 1));
        System.out.println("MIN-1 = " + (Integer.MIN_VALUE - 1));
        System.out.println("MAX*2 = " + (Integer.MAX_VALUE * 2));
        System.out.println("MIN*-1 = " + (Integer.MIN_VALUE * -1));
        System.out.println("-MIN = " + (-Integer.MIN_VALUE));
        System.out.println("MIN/-1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN%-1 = " + rem(Integer.MIN_VALUE, -1));
        System.out.println("7/2=" + div(7, 2) + " -7/2=" + div(-7, 2) + " 7/-2=" + div(7, -2) + " -7/-2=" + div(-7, -2));
        System.out.println("7%2=" + rem(7, 2) + " -7%2=" + rem(-7, 2) + " 7%-2=" + rem(7, -2) + " -7%-2=" + rem(-7, -2));
        System.out.println("46341*46341 = " + (46341 * 46341));
        int checksum = 0;
        for (int a : VALUES) {
            for (int b : VALUES) {
                int s = a + b, d = a - b, m = a * b;
                int q = b == 0 ? 0 : div(a, b);
                int r = b == 0 ? 0 : rem(a, b);
                checksum = checksum * 31 + s;
                checksum = checksum * 31 + d;
                checksum = checksum * 31 + m;
                checksum = checksum * 31 + q;
                checksum = checksum * 31 + r;
                if (b != 0 && q * b + r != a) System.out.println("identity broken for " + a + "," + b);
            }
        }
        System.out.println("checksum = " + checksum);
        int i = Integer.MAX_VALUE;
        i++;
        System.out.println("iinc wrap = " + i);
        i += 1000;
        System.out.println("iinc 1000 = " + i);
        i -= 70000;
        System.out.println("iinc -70000 = " + i);
        short sh = Short.MAX_VALUE;
        sh++;
        byte by = Byte.MIN_VALUE;
        by--;
        System.out.println("short wrap = " + sh + ", byte wrap = " + by);
        // A small linear congruential generator: deterministic pseudo-random numbers.
        int x = 12345, acc = 0;
        for (int k = 0; k < 100000; k++) {
            x = x * 1103515245 + 12345;
            acc ^= x >>> 7;
            acc += x % 1000;
        }
        System.out.println("lcg = " + x + " acc = " + acc);
    }

    // Non-constant operands so javac cannot fold the expression.
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
}
