package kiln.virtio;

/**
 * The driver side of device initialisation, virtio 1.2 §3.1.1:
 * <ol>
 * <li>reset the device;
 * <li>set ACKNOWLEDGE, then DRIVER;
 * <li>read the device's features, write the subset the driver understands;
 * <li>set FEATURES_OK and read it back: if the device cleared it, it cannot work with that subset;
 * <li>(the driver sets up its virtqueues and reads config)
 * <li>set DRIVER_OK.
 * </ol>
 * On any failure the driver sets FAILED (§2.1.2) and reports a VirtioException.
 */
public final class DeviceSetup {
    private DeviceSetup() {}

    /** Polls of the status register while waiting for a reset to finish (§4.2.3.1, §4.1.4.3.2). */
    static final int RESET_POLLS = 1_000_000;

    /** Writes 0 to the status register and waits until the device reads back 0. */
    public static void reset(Transport t) {
        t.setStatus(0);
        for (int i = 0; i < RESET_POLLS; i++) {
            if (t.status() == 0) {
                return;
            }
        }
        throw new VirtioException(t.describe() + ": did not finish resetting (status still 0x"
                + Integer.toHexString(t.status()) + ")");
    }

    /**
     * Steps 1 to 6: returns the features both sides agreed on. {@code supported} are the device
     * features the driver understands; {@code required} must all be offered. VERSION_1 is always
     * required (legacy devices are not supported).
     */
    public static long negotiate(Transport t, long supported, long required) {
        reset(t);
        t.setStatus(Status.ACKNOWLEDGE);
        t.setStatus(Status.ACKNOWLEDGE | Status.DRIVER);
        long offered = t.deviceFeatures();
        long need = required | Features.VERSION_1;
        if ((offered & need) != need) {
            fail(t, "lacks required features 0x" + Long.toHexString(need & ~offered)
                    + (Features.has(offered, Features.VERSION_1) ? "" : " (a legacy device: virtio 1.0+ needed)"));
        }
        long accepted = offered & (supported | need);
        t.setDriverFeatures(accepted);
        t.setStatus(Status.ACKNOWLEDGE | Status.DRIVER | Status.FEATURES_OK);
        int s = t.status();
        if ((s & Status.FEATURES_OK) == 0) {
            fail(t, "rejected features 0x" + Long.toHexString(accepted) + " (FEATURES_OK not kept)");
        }
        return accepted;
    }

    /** Step 8: the driver is ready; the device may now use the queues. */
    public static void driverOk(Transport t) {
        t.setStatus(Status.ACKNOWLEDGE | Status.DRIVER | Status.FEATURES_OK | Status.DRIVER_OK);
        int s = t.status();
        if ((s & Status.DEVICE_NEEDS_RESET) != 0) {
            fail(t, "needs reset right after DRIVER_OK (status 0x" + Integer.toHexString(s) + ")");
        }
    }

    /** Sets FAILED (keeping the other bits, §2.1.2) and throws. */
    public static void fail(Transport t, String what) {
        t.setStatus(t.status() | Status.FAILED);
        throw new VirtioException(t.describe() + ": " + what);
    }
}
