/** Shifts: counts are masked to 5 bits (int) or 6 bits (long), including counts >= width and negative counts. */
public class Main {
    public static void main(String[] args) {
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100, Integer.MIN_VALUE};
        int[] values = {1, -1, 0x80000000, 0x12345678, -123456789, Integer.MAX_VALUE};
        long[] lvalues = {1L, -1L, 0x8000000000000000L, 0x123456789ABCDEF0L, -98765432123L};
        for (int v : values) {
            StringBuilder sb = new StringBuilder("int " + v + ":");
            for (int c : counts) {
                sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            }
            System.out.println(sb);
        }
        for (long v : lvalues) {
            StringBuilder sb = new StringBuilder("long " + v + ":");
            for (int c : counts) {
                sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            }
            System.out.println(sb);
        }
        long lc = 65;
        System.out.println("long count as shift: " + (1 << (int) lc) + " " + (1L << lc));
        byte b = -16;
        short s = -32000;
        char ch = 0xFFFF;
        System.out.println("byte>>>2=" + (b >>> 2) + " (byte)(b>>>2)=" + (byte) (b >>> 2) + " short>>1=" + (s >> 1) + " char>>>4=" + (ch >>> 4));
        int x = 0x0F0F0F0F;
        x <<= 36;
        System.out.println("compound <<= 36: " + x);
        x >>>= -1;
        System.out.println("compound >>>= -1: " + x);
    }
}
