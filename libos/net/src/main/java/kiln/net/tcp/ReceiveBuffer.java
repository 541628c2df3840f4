package kiln.net.tcp;

/**
 * The receive side of a connection: a ring of bytes holding data ready for the application, followed
 * by room for the rest of the window. Segments that arrive out of order are copied straight to their
 * place in that room and remembered as ranges; when the gap before them fills, they become readable
 * without being copied again. So the whole reassembly queue costs no memory beyond the buffer itself
 * and a few ints, and its size is bounded by the window (RFC 9293 §3.10.7.4 lets a receiver keep
 * in-window out-of-order data; RFC 5681 §4.2 wants the duplicate ACKs this enables).
 */
final class ReceiveBuffer {
    private static final byte[] NONE = new byte[0];
    private final int capacity;
    /**
     * Allocated on the first byte stored and dropped again by {@link #release}, so half-open and
     * TIME-WAIT connections (which can be many) cost no buffer memory.
     */
    private byte[] ring = NONE;
    private int head;
    private int count;
    /** Out-of-order ranges [start, end), as distances past the in-order end; sorted, disjoint, not touching. */
    private final int[] oooStart;
    private final int[] oooEnd;
    private int ranges;

    ReceiveBuffer(int capacity, int maxRanges) {
        this.capacity = capacity;
        oooStart = new int[maxRanges];
        oooEnd = new int[maxRanges];
    }

    int capacity() {
        return capacity;
    }

    /** Bytes the application can read now. */
    int readable() {
        return count;
    }

    /** Room after the readable bytes: the most the window may offer. */
    int free() {
        return capacity - count;
    }

    boolean allocated() {
        return ring.length > 0;
    }

    boolean hasOutOfOrder() {
        return ranges > 0;
    }

    /**
     * Stores {@code len} bytes that belong {@code dist >= 0} bytes past the in-order end; the caller has
     * trimmed them to {@code dist + len <= free()}. Returns how many bytes became readable (how far
     * RCV.NXT advances), or -1 if the bytes were dropped because too many separate ranges are pending.
     */
    int store(int dist, byte[] src, int off, int len) {
        if (len <= 0) {
            return 0;
        }
        if (dist > 0 && !addRange(dist, dist + len)) {
            return -1;
        }
        if (ring.length == 0) {
            ring = new byte[capacity];
            head = 0;
        }
        int pos = head + count + dist;
        if (pos >= ring.length) {
            pos -= ring.length;
        }
        int first = Math.min(len, ring.length - pos);
        System.arraycopy(src, off, ring, pos, first);
        System.arraycopy(src, off + first, ring, 0, len - first);
        if (dist > 0) {
            return 0;
        }
        // In-order bytes: advance, then absorb every pending range that now touches the in-order end.
        int advance = len;
        while (ranges > 0 && oooStart[0] <= advance) {
            advance = Math.max(advance, oooEnd[0]);
            removeRange(0);
        }
        for (int i = 0; i < ranges; i++) {
            oooStart[i] -= advance;
            oooEnd[i] -= advance;
        }
        count += advance;
        return advance;
    }

    /** Inserts [s, e) into the sorted range list, merging with overlapping or touching neighbours. */
    private boolean addRange(int s, int e) {
        int i = 0;
        while (i < ranges && oooEnd[i] < s) {
            i++;
        }
        if (i < ranges && oooStart[i] <= e) {
            // Overlaps or touches range i: merge, then swallow any following ranges it now reaches.
            oooStart[i] = Math.min(oooStart[i], s);
            oooEnd[i] = Math.max(oooEnd[i], e);
            while (i + 1 < ranges && oooStart[i + 1] <= oooEnd[i]) {
                oooEnd[i] = Math.max(oooEnd[i], oooEnd[i + 1]);
                removeRange(i + 1);
            }
            return true;
        }
        if (ranges == oooStart.length) {
            return false;
        }
        System.arraycopy(oooStart, i, oooStart, i + 1, ranges - i);
        System.arraycopy(oooEnd, i, oooEnd, i + 1, ranges - i);
        oooStart[i] = s;
        oooEnd[i] = e;
        ranges++;
        return true;
    }

    private void removeRange(int i) {
        System.arraycopy(oooStart, i + 1, oooStart, i, ranges - i - 1);
        System.arraycopy(oooEnd, i + 1, oooEnd, i, ranges - i - 1);
        ranges--;
    }

    /** Copies up to {@code len} readable bytes out; returns how many. */
    int read(byte[] dst, int off, int len) {
        int n = Math.min(len, count);
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, dst, off, first);
        System.arraycopy(ring, 0, dst, off + first, n - first);
        head += n;
        if (head >= ring.length) {
            head -= ring.length;
        }
        count -= n;
        return n;
    }

    /** Discards everything (the connection was reset). */
    void clear() {
        head = 0;
        count = 0;
        ranges = 0;
        ring = NONE;
    }

    /** Gives the memory back if nothing is buffered; no more data will come (FIN received). */
    void release() {
        if (count == 0 && ranges == 0) {
            clear();
        }
    }
}
