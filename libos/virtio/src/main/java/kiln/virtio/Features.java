package kiln.virtio;

/** Feature bits reserved for the transport and ring (virtio 1.2 §6), shared by all device types. */
public final class Features {
    private Features() {}

    /** §6: the device follows virtio 1.x (non-legacy). Kiln drivers require it. */
    public static final long VERSION_1 = 1L << 32;
    /** §2.7.5: indirect descriptors (not used by Kiln). */
    public static final long RING_INDIRECT_DESC = 1L << 28;
    /** §2.7.10: used_event/avail_event notification suppression (not used: drivers poll). */
    public static final long RING_EVENT_IDX = 1L << 29;
    /** §6: the device is behind an IOMMU; Kiln has none, so it is not accepted. */
    public static final long ACCESS_PLATFORM = 1L << 33;
    /** §2.8: packed virtqueues (not used: Kiln uses split queues). */
    public static final long RING_PACKED = 1L << 34;

    public static boolean has(long features, long bit) {
        return (features & bit) != 0;
    }
}
