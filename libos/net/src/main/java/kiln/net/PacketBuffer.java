package kiln.net;

/**
 * One frame's bytes as it moves through the stack: {@code data[start, end)} is the current layer's
 * view. Sending prepends headers by moving {@code start} back into the headroom, so a payload written
 * once by a socket is never copied again on its way to the device; receiving strips headers by moving
 * {@code start} forward, so the driver's buffer reaches the socket without a copy.
 *
 * <p>Buffers are owned by exactly one layer at a time: whoever is handed a buffer either passes it
 * on or releases it to its pool.
 */
public final class PacketBuffer {
    /** Room reserved in front of a transport payload: Ethernet (14) + IPv4 with options (60) + TCP with options (60). */
    public static final int HEADROOM = 14 + 60 + 60;

    public final byte[] data;
    public int start;
    public int end;
    /**
     * Sending: when >= 0, the transport checksum is still to be completed (by the device, as virtio's
     * NEEDS_CSUM, or by {@link #completeChecksum}): the one's-complement sum of {@code data[csumStart,
     * end)} goes at {@code csumStart + csumOffset}, which holds the folded pseudo-header sum.
     */
    public int csumStart = -1;
    public int csumOffset;
    /** Receiving: the device (virtio DATA_VALID) or the loopback path vouches for the transport checksum. */
    public boolean checksumVerified;

    public PacketBuffer(int capacity) {
        this.data = new byte[capacity];
    }

    /** Wraps existing bytes (tests, received frames); the view is the whole array. */
    public PacketBuffer(byte[] data) {
        this.data = data;
        this.end = data.length;
    }

    /** Completes a partial transport checksum in software (see {@link #csumStart}); no-op if none is pending. */
    public void completeChecksum() {
        if (csumStart < 0) {
            return;
        }
        int field = csumStart + csumOffset;
        int sum = Checksum.add(0, data, csumStart, end - csumStart);
        int v = Checksum.finish(sum);
        data[field] = (byte) (v >>> 8);
        data[field + 1] = (byte) v;
        csumStart = -1;
    }

    public int length() {
        return end - start;
    }

    /** Empties the buffer, leaving {@link #HEADROOM} bytes in front for headers. */
    public PacketBuffer resetForPayload() {
        start = end = Math.min(HEADROOM, data.length);
        return this;
    }

    /** Grows the view by {@code n} bytes at the front and returns the new start (where the header goes). */
    public int prepend(int n) {
        if (n > start) {
            throw new IllegalStateException("no headroom for a " + n + "-byte header (" + start + " free)");
        }
        start -= n;
        return start;
    }

    /** Shrinks the view by {@code n} bytes at the front (a header has been consumed). */
    public void strip(int n) {
        if (n < 0 || n > length()) {
            throw new IllegalArgumentException("cannot strip " + n + " of " + length() + " bytes");
        }
        start += n;
    }

    public int u8(int off) {
        return data[start + off] & 0xff;
    }

    public int u16(int off) {
        return ((data[start + off] & 0xff) << 8) | (data[start + off + 1] & 0xff);
    }

    public int i32(int off) {
        return (u16(off) << 16) | u16(off + 2);
    }

    public void put8(int off, int v) {
        data[start + off] = (byte) v;
    }

    public void put16(int off, int v) {
        data[start + off] = (byte) (v >>> 8);
        data[start + off + 1] = (byte) v;
    }

    public void put32(int off, int v) {
        put16(off, v >>> 16);
        put16(off + 2, v);
    }
}
