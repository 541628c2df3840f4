package kiln.virtio;

/**
 * A virtio device is absent, refused the driver (feature negotiation, queue setup) or broke the
 * protocol. The message names the device and what it did.
 */
public final class VirtioException extends RuntimeException {
    public VirtioException(String message) {
        super(message);
    }
}
