package kiln.net;

/**
 * The device under the stack: virtio-net in an image, an in-memory link in tests. Frames are whole
 * Ethernet frames without FCS.
 */
public interface NetworkInterface {
    /** Transmits {@code frame[start, end)}; ownership passes to the device. False if the device queue is full. */
    boolean transmit(PacketBuffer frame);

    /** Next received frame, or null if none is waiting. Ownership passes to the caller. */
    PacketBuffer receive();

    /** The interface's 6-byte MAC address. */
    byte[] mac();

    /**
     * True if the device completes partial transport checksums on transmit
     * ({@link PacketBuffer#csumStart}; virtio-net's VIRTIO_NET_F_CSUM). Received frames whose
     * checksum the device verified carry {@link PacketBuffer#checksumVerified}.
     */
    default boolean checksumOffload() {
        return false;
    }

    /** Largest Ethernet payload (IP datagram) the link carries, 1500 for Ethernet. */
    int mtu();
}
