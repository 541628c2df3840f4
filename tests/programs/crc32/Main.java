/** CRC-32 (IEEE 802.3 polynomial, reflected) computed bit by bit and with a table; Adler-32 and FNV-1a for good measure. */
public class Main {
    static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            t[n] = c;
        }
        return t;
    }

    static int crcTable(int[] t, byte[] data) {
        int c = 0xFFFFFFFF;
        for (byte b : data) c = t[(c ^ b) & 0xFF] ^ (c >>> 8);
        return ~c;
    }

    static int crcBitwise(byte[] data) {
        int c = ~0;
        for (byte b : data) {
            c ^= b & 0xFF;
            for (int k = 0; k < 8; k++) c = (c >>> 1) ^ (0xEDB88320 & -(c & 1));
        }
        return ~c;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte x : data) { a = (a + (x & 0xFF)) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    static long fnv1a64(byte[] data) {
        long h = 0xcbf29ce484222325L;
        for (byte x : data) { h ^= x & 0xFF; h *= 0x100000001b3L; }
        return h;
    }

    static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    public static void main(String[] args) {
        int[] t = table();
        String[] inputs = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog"};
        for (String s : inputs) {
            byte[] d = ascii(s);
            System.out.println("\"" + s + "\" crc32=" + Integer.toHexString(crcTable(t, d)) + " bitwise=" + Integer.toHexString(crcBitwise(d))
                    + " adler32=" + Integer.toHexString(adler32(d)) + " fnv1a=" + Long.toHexString(fnv1a64(d)));
        }
        byte[] big = new byte[1 << 20];
        int x = 1;
        for (int i = 0; i < big.length; i++) { x = x * 1103515245 + 12345; big[i] = (byte) (x >>> 16); }
        System.out.println("1 MiB: crc32=" + Integer.toHexString(crcTable(t, big)) + " adler32=" + Integer.toHexString(adler32(big)) + " fnv1a=" + Long.toHexString(fnv1a64(big)));
    }
}
