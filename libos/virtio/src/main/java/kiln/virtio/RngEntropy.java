package kiln.virtio;

/**
 * The virtio-rng device as a source of SecureRandom's seeds. The class library cannot depend on
 * kiln.virtio, so it declares the native kiln.rt.Entropy.device and the compiler generates its body
 * as a call to {@link #read} whenever this class is on the class path (docs/devices.md, "Entropy").
 * The device is found and started on the first seed, once; the image then owns it. A program that
 * wants raw bytes from the same device should use {@link #device()} rather than a second
 * VirtioRng, which would reset the device under this one.
 */
public final class RngEntropy {
    private RngEntropy() {}

    /** How long one seed waits for the device before doing without it. */
    private static final long TIMEOUT_NANOS = 1_000_000_000L;

    private static VirtioRng rng;
    private static boolean probed;

    /** The shared virtio-rng driver, started on first use; null if the machine has no such device. */
    public static synchronized VirtioRng device() {
        if (!probed) {
            probed = true;
            Transport t = Discovery.find(VirtioRng.DEVICE_ID);
            if (t != null) {
                rng = new VirtioRng(t, HwMemory.INSTANCE);
            }
        }
        return rng;
    }

    /**
     * Fills {@code dst[off, off+len)} from the device and returns len, or -1 if there is no device
     * or it failed (a device that misbehaves or stays silent is not asked again).
     */
    public static synchronized int read(byte[] dst, int off, int len) {
        try {
            VirtioRng r = device();
            if (r == null) {
                return -1;
            }
            r.read(dst, off, len, System::nanoTime, TIMEOUT_NANOS);
            return len;
        } catch (VirtioException e) {
            rng = null;
            return -1;
        }
    }
}
