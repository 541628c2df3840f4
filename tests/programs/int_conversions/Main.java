/** Narrowing and widening integer conversions: i2b, i2c, i2s, l2i, i2l and char arithmetic. */
public class Main {
    public static void main(String[] args) {
        int[] is = {0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, -32769,
                    0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int i : is) {
            byte b = (byte) i;
            char c = (char) i;
            short s = (short) i;
            long l = i;
            System.out.println(i + " -> b=" + b + " c=" + (int) c + " s=" + s + " l=" + l + " b&0xff=" + (b & 0xff));
        }
        long[] ls = {0x1_0000_0000L, 0xFFFF_FFFFL, 0x8000_0000L, -1L, 0x7FFF_FFFF_FFFF_FFFFL, 0x1234_5678_9ABC_DEF0L};
        for (long l : ls) {
            System.out.println(l + " -> int " + (int) l + " short " + (short) l + " byte " + (byte) l + " char " + (int) (char) l);
        }
        byte b = 100;
        b += 100;            // implicit narrowing on compound assignment
        short s = 30000;
        s *= 3;
        char c = 'z';
        c += 10;
        System.out.println("compound: b=" + b + " s=" + s + " c=" + (int) c);
        byte[] bytes = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};
        int word = ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        int signedWord = (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
        System.out.println("word=" + Integer.toHexString(word) + " signedWord=" + Integer.toHexString(signedWord));
        long unsigned = word & 0xFFFFFFFFL;
        System.out.println("unsigned=" + unsigned + " signed=" + (long) word);
        char ch = 65535;
        ch++;
        System.out.println("char wrap = " + (int) ch);
        short sm = (short) 0x8000;
        System.out.println("short min = " + sm + " to char = " + (int) (char) sm);
        boolean t = true;
        System.out.println("boolean in array: " + java.util.Arrays.toString(new boolean[]{t, !t}));
    }
}
