package kiln.virtio;

import kiln.net.Clock;

/**
 * virtio entropy device, virtio 1.2 §5.4: one queue; the driver posts device-writable buffers and
 * the device fills them with random bytes. No device-specific features or configuration.
 */
public final class VirtioRng {
    public static final int DEVICE_ID = 4;
    static final int BUFFER = 256;

    private final Transport transport;
    private final Virtqueue queue;
    private final DeviceMemory mem;
    private final long buffer;
    private final Object token = new Object();

    public VirtioRng(Transport transport, DeviceMemory mem) {
        if (transport.deviceId() != DEVICE_ID) {
            throw new VirtioException(transport.describe() + ": device type " + transport.deviceId() + " is not an entropy device");
        }
        this.transport = transport;
        this.mem = mem;
        DeviceSetup.negotiate(transport, 0, 0);
        this.queue = new Virtqueue(transport, mem, 0, 8);
        this.buffer = mem.allocate(BUFFER, 16);
        DeviceSetup.driverOk(transport);
    }

    public Transport transport() {
        return transport;
    }

    /**
     * Fills {@code dst[off, off+len)} with bytes from the device, polling until they arrive or
     * {@code timeoutNanos} pass on {@code clock} (then a VirtioException).
     */
    public void read(byte[] dst, int off, int len, Clock clock, long timeoutNanos) {
        long deadline = clock.nanoTime() + timeoutNanos;
        while (len > 0) {
            int n = Math.min(len, BUFFER);
            queue.begin();
            queue.writable(buffer, n);
            queue.submit(token);
            queue.publish();
            while (queue.takeUsed() == null) {
                if (clock.nanoTime() - deadline > 0) {
                    throw new VirtioException(transport.describe() + ": no random bytes within "
                            + timeoutNanos / 1_000_000 + " ms");
                }
            }
            int got = queue.lastUsedLength(); // checked by the queue: at most n
            mem.copyOut(buffer, dst, off, got);
            off += got;
            len -= got;
        }
    }
}
