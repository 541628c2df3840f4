package kiln.rt;

/**
 * SecureRandom's generator: ChaCha20 with "fast key erasure" (D. J. Bernstein, 2017). Each refill
 * runs {@link #BLOCKS} ChaCha20 blocks under the current 256-bit key with a zero nonce; the first 32
 * bytes of that key stream become the next key at once, the rest is handed out and each byte is
 * zeroed as it leaves. So the state never holds a key that produced bytes already returned: a later
 * compromise of the state reveals nothing about earlier output (backtracking resistance).
 *
 * <p>Seeding and reseeding replace the key with SHA-256(old key || seed material), so added
 * material can only add unpredictability, never take it away.
 */
public final class Csprng {
    private static final int BLOCKS = 8;
    private static final int BUFFER = 64 * BLOCKS;
    private static final int[] NONCE = new int[3];

    private final int[] key = new int[8];
    private final byte[] buffer = new byte[BUFFER];
    /** Next unused byte of buffer; BUFFER when empty. */
    private int pos = BUFFER;
    private final Sha256 sha = new Sha256();

    /** A generator keyed from {@code seed} (at least 32 bytes of good entropy, see {@link Entropy}). */
    public Csprng(byte[] seed) {
        mix(seed, 0, seed.length);
    }

    /** key = SHA-256(key || material); the buffered key stream of the old key is dropped. */
    public void mix(byte[] material, int off, int len) {
        byte[] k = new byte[32];
        for (int i = 0; i < 8; i++) {
            sha.update((byte) key[i]);
            sha.update((byte) (key[i] >>> 8));
            sha.update((byte) (key[i] >>> 16));
            sha.update((byte) (key[i] >>> 24));
        }
        sha.update(material, off, len);
        sha.digest(k, 0);
        for (int i = 0; i < 8; i++) {
            key[i] = ChaCha20.word(k, 4 * i);
        }
        java.util.Arrays.fill(k, (byte) 0);
        java.util.Arrays.fill(buffer, (byte) 0);
        pos = BUFFER;
    }

    public void nextBytes(byte[] dst, int off, int len) {
        while (len > 0) {
            if (pos == BUFFER) {
                refill();
            }
            int n = Math.min(len, BUFFER - pos);
            System.arraycopy(buffer, pos, dst, off, n);
            java.util.Arrays.fill(buffer, pos, pos + n, (byte) 0);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private void refill() {
        for (int b = 0; b < BLOCKS; b++) {
            ChaCha20.block(key, b, NONCE, buffer, 64 * b);
        }
        for (int i = 0; i < 8; i++) {
            key[i] = ChaCha20.word(buffer, 4 * i);
        }
        java.util.Arrays.fill(buffer, 0, 32, (byte) 0);
        pos = 32;
    }
}
