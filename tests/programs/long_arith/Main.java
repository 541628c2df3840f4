/** long arithmetic (ladd/lsub/lmul/ldiv/lrem/lneg): wrap-around, MIN_VALUE / -1, % with negatives. */
public class Main {
    static long[] VALUES = {0L, 1L, -1L, 3L, -3L, 1000000007L, -99999999999L, 4294967296L, 4294967295L,
                            Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                            Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 0x123456789ABCDEFL};

    public static void main(String[] args) {
        System.out.println("MAX+1 = " + (Long.MAX_VALUE + 1));
        System.out.println("MIN-1 = " + (Long.MIN_VALUE - 1));
        System.out.println("MAX*3 = " + (Long.MAX_VALUE * 3));
        System.out.println("-MIN = " + (-Long.MIN_VALUE));
        System.out.println("MIN/-1 = " + div(Long.MIN_VALUE, -1));
        System.out.println("MIN%-1 = " + rem(Long.MIN_VALUE, -1));
        System.out.println("-7/2=" + div(-7, 2) + " -7%2=" + rem(-7, 2) + " 7%-2=" + rem(7, -2));
        System.out.println("int*int widened = " + (long) 100000 * 100000 + " vs int " + 100000 * 100000);
        long checksum = 0;
        for (long a : VALUES) {
            for (long b : VALUES) {
                long q = b == 0 ? 0 : div(a, b);
                long r = b == 0 ? 0 : rem(a, b);
                checksum = checksum * 1000003 + (a + b);
                checksum = checksum * 1000003 + (a - b);
                checksum = checksum * 1000003 + (a * b);
                checksum = checksum * 1000003 + q;
                checksum = checksum * 1000003 + r;
                if (b != 0 && q * b + r != a) System.out.println("identity broken for " + a + "," + b);
            }
        }
        System.out.println("checksum = " + checksum);
        // 64-bit LCG (Knuth's MMIX constants).
        long x = 42;
        long acc = 0;
        for (int k = 0; k < 100000; k++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            acc += x >>> 33;
            acc ^= x % 977;
        }
        System.out.println("lcg = " + x + " acc = " + acc);
        long big = 1;
        for (int k = 1; k <= 25; k++) {
            big *= k;
            System.out.print(k + "!=" + big + (k % 5 == 0 ? "\n" : " "));
        }
    }

    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }
}
