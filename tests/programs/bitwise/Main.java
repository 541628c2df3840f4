/** Bitwise operators and the Integer/Long bit-twiddling helpers. */
public class Main {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 0x55555555, 0xF0F0F0F0, 0x80000000, 0x7FFFFFFF, 12345678, 96};
        for (int i : is) {
            System.out.println(i + ": ~" + ~i + " &" + (i & 0x0FF0) + " |" + (i | 0x1001) + " ^" + (i ^ 0xDEADBEEF)
                    + " bc=" + Integer.bitCount(i) + " nlz=" + Integer.numberOfLeadingZeros(i)
                    + " ntz=" + Integer.numberOfTrailingZeros(i) + " hob=" + Integer.highestOneBit(i)
                    + " lob=" + Integer.lowestOneBit(i) + " rl=" + Integer.rotateLeft(i, 7)
                    + " rr=" + Integer.rotateRight(i, 35) + " rev=" + Integer.reverse(i)
                    + " revb=" + Integer.reverseBytes(i) + " sig=" + Integer.signum(i));
        }
        long[] ls = {0L, 1L, -1L, 0x5555555555555555L, 0x8000000000000000L, 0x00FF00FF00FF00FFL, 1L << 40};
        for (long l : ls) {
            System.out.println(l + ": ~" + ~l + " &" + (l & 0xFFFF0000FFFFL) + " ^" + (l ^ -2L)
                    + " bc=" + Long.bitCount(l) + " nlz=" + Long.numberOfLeadingZeros(l)
                    + " ntz=" + Long.numberOfTrailingZeros(l) + " hob=" + Long.highestOneBit(l)
                    + " rl=" + Long.rotateLeft(l, 13) + " rev=" + Long.reverse(l) + " revb=" + Long.reverseBytes(l));
        }
        boolean t = true, f = false;
        System.out.println("bool ops: " + (t & f) + (t | f) + (t ^ f) + (t ^ t) + (!t));
        int popcount = 0;
        for (int i = 0; i < 100000; i++) {
            int v = i * 0x9E3779B9;
            v ^= v >>> 16;
            popcount += Integer.bitCount(v) + (v & 1);
        }
        System.out.println("popcount = " + popcount);
        // Classic trick: swap without temporary.
        int a = 17, b = -42;
        a ^= b; b ^= a; a ^= b;
        System.out.println("swapped " + a + " " + b);
    }
}
