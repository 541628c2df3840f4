package kiln.rt;

/**
 * Seeds for SecureRandom, from the best sources the platform has (docs/devices.md, "Entropy"):
 *
 * <ul>
 *   <li>linux target: the getrandom(2) system call (the kernel's CSPRNG), nothing else needed;
 *   <li>kvm target, all of these that exist, hashed together: the virtio-rng device when the image
 *       links the driver and the machine has one ({@code kiln run --rng}); RDSEED or RDRAND when
 *       CPUID offers them (unless the boot property {@code kiln.entropy.cpu=false}); and always
 *       timing jitter of the TSC. Without a device and without the CPU instructions, the jitter is
 *       the only unpredictable input: weaker, and said so in the docs.
 * </ul>
 *
 * The material (with the clocks) is condensed with SHA-256; seed bytes are SHA-256(digest || i)
 * for i = 0, 1, ... The boot property {@code kiln.entropy.report=1} prints the sources of each seed
 * on standard error.
 */
public final class Entropy {
    private Entropy() {}

    /** Bytes asked of each source per seed: twice the 256-bit key they end up in. */
    private static final int SOURCE_BYTES = 64;
    /** TSC samples for the jitter: each delta contributes a fraction of a bit, hashed in whole. */
    private static final int JITTER_SAMPLES = 2048;

    private static long counter;
    private static int[] scratch;

    /**
     * Reads random bytes from the virtio-rng device into {@code dst[off, off+len)}; returns the
     * count, or -1 if the image has no driver for it (the program never reaches kiln.virtio) or the
     * machine has no such device. The compiler generates the body: a call into
     * kiln.virtio.RngEntropy when that class is on the class path (docs/devices.md).
     */
    private static native int device(byte[] dst, int off, int len);

    /** {@code n} seed bytes (SecureRandom.generateSeed, and the key of every new SecureRandom). */
    public static byte[] seed(int n) {
        Sha256 pool = new Sha256();
        StringBuilder sources = new StringBuilder();
        byte[] buf = new byte[SOURCE_BYTES];
        boolean hosted = Platform.isHosted();
        if (!hosted && device(buf, 0, SOURCE_BYTES) == SOURCE_BYTES) {
            pool.update(buf);
            sources.append("virtio-rng, ");
        }
        int cpu = Platform.ENTROPY_NONE;
        if (hosted || !"false".equals(System.getProperty("kiln.entropy.cpu"))) {
            cpu = Platform.entropy(buf, 0, SOURCE_BYTES);
        }
        if (cpu != Platform.ENTROPY_NONE) {
            pool.update(buf);
            sources.append(cpu == Platform.ENTROPY_GETRANDOM ? "getrandom" : cpu == Platform.ENTROPY_RDSEED ? "rdseed" : "rdrand")
                    .append(", ");
        }
        java.util.Arrays.fill(buf, (byte) 0);
        if (!hosted || cpu == Platform.ENTROPY_NONE) {
            jitter(pool);
            sources.append("tsc jitter, ");
        }
        pool.updateLong(Platform.tsc());
        pool.updateLong(Platform.nanoTime());
        pool.updateLong(Platform.currentTimeMillis());
        pool.updateLong(++counter); // two seeds in the same tick still differ
        byte[] digest = pool.digest();
        byte[] out = new byte[n];
        for (int i = 0; i * 32 < n; i++) {
            pool.update(digest);
            pool.updateLong(i);
            byte[] block = pool.digest();
            System.arraycopy(block, 0, out, i * 32, Math.min(32, n - i * 32));
            java.util.Arrays.fill(block, (byte) 0);
        }
        java.util.Arrays.fill(digest, (byte) 0);
        if ("1".equals(System.getProperty("kiln.entropy.report"))) {
            System.err.println("kiln: SecureRandom seed from " + sources.substring(0, sources.length() - 2));
        }
        return out;
    }

    /**
     * Hashes the time-stamp counter's differences around small memory walks. What varies is how
     * long each walk takes: cache and TLB state, interrupts, the host's scheduling of the virtual
     * CPU (and under TCG, the host's own timing, as the guest TSC follows the host clock). The
     * deltas go into the pool whole; no entropy estimate is made, so this is a fallback, not a
     * replacement for a real source.
     */
    private static void jitter(Sha256 pool) {
        if (scratch == null) {
            scratch = new int[4096];
        }
        int[] s = scratch;
        int x = (int) Platform.tsc();
        long prev = Platform.tsc();
        for (int i = 0; i < JITTER_SAMPLES; i++) {
            // A walk whose addresses depend on the clock, so its cost varies.
            for (int k = 0; k < 16; k++) {
                x = x * 1103515245 + 12345;
                s[(x >>> 12) & (s.length - 1)] += x;
            }
            long now = Platform.tsc();
            long delta = now - prev;
            prev = now;
            pool.update((byte) delta);
            pool.update((byte) (delta >>> 8));
            x ^= (int) delta;
        }
    }
}
