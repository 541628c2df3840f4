import java.util.*;

/** Bit manipulation idioms checked against straightforward versions. */
public class Main {
    static int popSwar(int x) {
        x = x - ((x >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        x = (x + (x >>> 4)) & 0x0F0F0F0F;
        return (x * 0x01010101) >>> 24;
    }

    static int popLoop(int x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    static int reverseBits(int x) {
        x = (x & 0x55555555) << 1 | (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) << 2 | (x >>> 2) & 0x33333333;
        x = (x & 0x0F0F0F0F) << 4 | (x >>> 4) & 0x0F0F0F0F;
        return Integer.reverseBytes(x);
    }

    static int nextPow2(int x) {
        x--;
        x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16;
        return x + 1;
    }

    static long interleave(int x, int y) {  // Morton code
        long z = 0;
        for (int i = 0; i < 32; i++) z |= ((long) (x >>> i & 1) << (2 * i)) | ((long) (y >>> i & 1) << (2 * i + 1));
        return z;
    }

    static int nextSameBits(int v) {  // Gosper's hack
        int c = v & -v, r = v + c;
        return (((r ^ v) >>> 2) / c) | r;
    }

    public static void main(String[] args) {
        Random rnd = new Random(5);
        int mism = 0;
        long acc = 0;
        for (int i = 0; i < 200000; i++) {
            int x = rnd.nextInt();
            if (popSwar(x) != Integer.bitCount(x) || popLoop(x) != popSwar(x)) mism++;
            if (reverseBits(x) != Integer.reverse(x)) mism++;
            int g = x ^ (x >>> 1);
            int back = g;
            for (int s = 1; s < 32; s <<= 1) back ^= back >>> s;
            if (back != x) mism++;
            acc += (x & -x) ^ (x >> 31) ^ ((x ^ (x >> 31)) - (x >> 31)) ^ Integer.rotateLeft(x, x & 31);
        }
        System.out.println("mismatches " + mism + " acc " + acc);
        for (int x : new int[] {0, 1, 2, 3, 5, 17, 1000, 1 << 20, (1 << 30) + 1}) {
            System.out.print(x + "->" + nextPow2(x) + (Integer.bitCount(x) == 1 ? "(pow2) " : " "));
        }
        System.out.println();
        System.out.println("morton " + Long.toHexString(interleave(0xFFFF, 0)) + " " + Long.toHexString(interleave(3, 5)) + " " + interleave(-1, -1));
        List<String> subsets = new ArrayList<>();
        int set = 0b10110;
        for (int sub = set; ; sub = (sub - 1) & set) {
            subsets.add(Integer.toBinaryString(sub));
            if (sub == 0) break;
        }
        System.out.println("subsets of 10110: " + subsets);
        StringBuilder combos = new StringBuilder();
        for (int v = 0b111, k = 0; v < 1 << 6 && k < 25; v = nextSameBits(v), k++) combos.append(Integer.toBinaryString(v)).append(' ');
        System.out.println("3-of-6: " + combos.toString().trim());
        int a = 12345, b = -678;
        a ^= b; b ^= a; a ^= b;
        System.out.println("swapped " + a + " " + b + " avg " + ((a & b) + ((a ^ b) >> 1)) + " min " + (b ^ ((a ^ b) & -(a < b ? 1 : 0))));
        long mask = 0;
        for (int bit : new int[] {0, 5, 63, 31, 32}) mask |= 1L << bit;
        System.out.println(Long.toBinaryString(mask) + " " + Long.bitCount(mask) + " " + Long.numberOfTrailingZeros(mask & (mask - 1)));
        System.out.println(Integer.toBinaryString(-8 >>> 28) + " " + (-8 >> 28) + " " + ((byte) 0x90 >> 2) + " " + (((byte) 0x90 & 0xFF) >> 2)
                + " " + (char) ('a' ^ ' ') + " " + (1 << -1) + " " + (1L << -1));
        int bits = 0;
        for (char c : "hello world".toCharArray()) if (c != ' ') bits |= 1 << (c - 'a');
        System.out.println("letters used: " + Integer.bitCount(bits) + " " + Integer.toBinaryString(bits));
        System.out.println(Integer.toHexString(Float.floatToIntBits(-1.5f)) + " " + Long.toHexString(Double.doubleToLongBits(0.1))
                + " " + Float.intBitsToFloat(0x3f800001) + " " + Math.getExponent(1024.0) + " " + Math.ulp(1.0f));
    }
}
