package kiln.tests.classlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SecureRandom's primitives (kiln.rt.Sha256, ChaCha20, Csprng), loaded from the class library's
 * build output on HotSpot and checked against the JDK's own SHA-256 and ChaCha20 and the
 * published test vectors (FIPS 180-4 examples, RFC 8439 §2.3.2).
 */
class CryptoPrimitivesTest {
    static ClassLoader loader;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Path.of(System.getProperty("kiln.home"), "classlib", "target", "classes");
        if (!Files.isRegularFile(dir.resolve("kiln/rt/Sha256.class"))) {
            throw new IllegalStateException("build the classlib module first: " + dir);
        }
        loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    static byte[] kilnSha256(byte[] data) throws Exception {
        Class<?> c = Class.forName("kiln.rt.Sha256", true, loader);
        Object sha = c.getConstructor().newInstance();
        // Byte-at-a-time and array updates mixed, to cover both paths and the block boundaries.
        int half = data.length / 3;
        for (int i = 0; i < half; i++) {
            c.getMethod("update", byte.class).invoke(sha, data[i]);
        }
        c.getMethod("update", byte[].class, int.class, int.class).invoke(sha, data, half, data.length - half);
        return (byte[]) c.getMethod("digest").invoke(sha);
    }

    @Test
    void sha256MatchesTheStandardAndTheJdk() throws Exception {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(kilnSha256("abc".getBytes())));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", HexFormat.of().formatHex(
                kilnSha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes())));
        Random r = new Random(1);
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        for (int len = 0; len < 300; len++) {
            byte[] d = new byte[len];
            r.nextBytes(d);
            assertArrayEquals(jdk.digest(d), kilnSha256(d), "length " + len);
        }
    }

    static byte[] kilnBlock(byte[] key, int counter, byte[] nonce) throws Exception {
        Class<?> c = Class.forName("kiln.rt.ChaCha20", true, loader);
        int[] k = new int[8];
        int[] n = new int[3];
        Method word = c.getMethod("word", byte[].class, int.class);
        for (int i = 0; i < 8; i++) {
            k[i] = (int) word.invoke(null, key, 4 * i);
        }
        for (int i = 0; i < 3; i++) {
            n[i] = (int) word.invoke(null, nonce, 4 * i);
        }
        byte[] out = new byte[64];
        c.getMethod("block", int[].class, int.class, int[].class, byte[].class, int.class).invoke(null, k, counter, n, out, 0);
        return out;
    }

    @Test
    void chacha20BlockMatchesRfc8439AndTheJdk() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) {
            key[i] = (byte) i;
        }
        byte[] nonce = HexFormat.of().parseHex("000000090000004a00000000");
        assertEquals("10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                + "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e",
                HexFormat.of().formatHex(kilnBlock(key, 1, nonce)));
        Random r = new Random(2);
        for (int i = 0; i < 50; i++) {
            r.nextBytes(key);
            r.nextBytes(nonce);
            int counter = r.nextInt() & 0x7fffffff;
            // The JDK's cipher XORs the key stream into the input: zeros in, key stream out.
            Cipher c = Cipher.getInstance("ChaCha20");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new ChaCha20ParameterSpec(nonce, counter));
            assertArrayEquals(c.doFinal(new byte[64]), kilnBlock(key, counter, nonce), "case " + i);
        }
    }

    @Test
    void generatorErasesItsKeyAndDependsOnEveryMixedByte() throws Exception {
        Class<?> c = Class.forName("kiln.rt.Csprng", true, loader);
        Method next = c.getMethod("nextBytes", byte[].class, int.class, int.class);
        Method mix = c.getMethod("mix", byte[].class, int.class, int.class);
        byte[] seed = new byte[32];
        Object a = c.getConstructor(byte[].class).newInstance((Object) seed);
        Object b = c.getConstructor(byte[].class).newInstance((Object) seed);
        byte[] x = new byte[1000], y = new byte[1000];
        next.invoke(a, x, 0, 1000);
        next.invoke(b, y, 0, 1000);
        assertArrayEquals(x, y, "same seed, same stream");
        // The first output is not the key stream of the seed key: the first 32 bytes became the next key.
        int[] k = new int[8];
        byte[] sha = kilnSha256(new byte[64]); // SHA-256(zero key || zero seed)
        for (int i = 0; i < 8; i++) {
            k[i] = (sha[4 * i] & 0xff) | (sha[4 * i + 1] & 0xff) << 8 | (sha[4 * i + 2] & 0xff) << 16 | (sha[4 * i + 3] & 0xff) << 24;
        }
        byte[] block0 = new byte[64];
        Class.forName("kiln.rt.ChaCha20", true, loader).getMethod("block", int[].class, int.class, int[].class, byte[].class, int.class)
                .invoke(null, k, 0, new int[3], block0, 0);
        assertArrayEquals(java.util.Arrays.copyOfRange(block0, 32, 64), java.util.Arrays.copyOf(x, 32));
        mix.invoke(b, new byte[] {1}, 0, 1);
        next.invoke(a, x, 0, 1000);
        next.invoke(b, y, 0, 1000);
        assertNotEquals(HexFormat.of().formatHex(x), HexFormat.of().formatHex(y));
    }
}
