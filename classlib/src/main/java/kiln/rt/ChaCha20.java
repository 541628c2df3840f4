package kiln.rt;

/**
 * The ChaCha20 block function of RFC 8439 §2.3, written for Kiln: 32-byte key, 32-bit block
 * counter, 96-bit nonce, 64 bytes of key stream per block. {@link Csprng} builds SecureRandom's
 * generator on it.
 */
public final class ChaCha20 {
    private ChaCha20() {}

    /** "expand 32-byte k" as four little-endian words (§2.3). */
    private static final int C0 = 0x61707865, C1 = 0x3320646e, C2 = 0x79622d32, C3 = 0x6b206574;

    /**
     * Writes key-stream block {@code counter} to {@code out[off, off+64)}. {@code key} holds 8
     * words, {@code nonce} 3, each the little-endian reading of the RFC's byte strings.
     */
    public static void block(int[] key, int counter, int[] nonce, byte[] out, int off) {
        int x0 = C0, x1 = C1, x2 = C2, x3 = C3;
        int x4 = key[0], x5 = key[1], x6 = key[2], x7 = key[3];
        int x8 = key[4], x9 = key[5], x10 = key[6], x11 = key[7];
        int x12 = counter, x13 = nonce[0], x14 = nonce[1], x15 = nonce[2];
        for (int round = 0; round < 10; round++) {
            // A column round then a diagonal round (§2.3.1), quarter rounds of §2.1 written out.
            x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 16); x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 12);
            x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 8); x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 7);
            x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 16); x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 12);
            x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 8); x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 7);
            x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 16); x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 12);
            x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 8); x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 7);
            x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 16); x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 12);
            x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 8); x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 7);

            x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 16); x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 12);
            x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 8); x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 7);
            x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 16); x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 12);
            x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 8); x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 7);
            x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 16); x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 12);
            x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 8); x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 7);
            x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 16); x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 12);
            x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 8); x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 7);
        }
        // §2.3: add the input state, serialise little-endian.
        put(out, off, x0 + C0);
        put(out, off + 4, x1 + C1);
        put(out, off + 8, x2 + C2);
        put(out, off + 12, x3 + C3);
        put(out, off + 16, x4 + key[0]);
        put(out, off + 20, x5 + key[1]);
        put(out, off + 24, x6 + key[2]);
        put(out, off + 28, x7 + key[3]);
        put(out, off + 32, x8 + key[4]);
        put(out, off + 36, x9 + key[5]);
        put(out, off + 40, x10 + key[6]);
        put(out, off + 44, x11 + key[7]);
        put(out, off + 48, x12 + counter);
        put(out, off + 52, x13 + nonce[0]);
        put(out, off + 56, x14 + nonce[1]);
        put(out, off + 60, x15 + nonce[2]);
    }

    private static void put(byte[] out, int off, int v) {
        out[off] = (byte) v;
        out[off + 1] = (byte) (v >>> 8);
        out[off + 2] = (byte) (v >>> 16);
        out[off + 3] = (byte) (v >>> 24);
    }

    /** Little-endian word at {@code b[off]}. */
    public static int word(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }
}
