package kiln.net.tcp;

import java.util.ArrayDeque;
import kiln.net.PacketBuffer;

/**
 * Bytes the application has written and the peer has not yet acknowledged. They are kept in
 * segment-sized {@link PacketBuffer} chunks, each with {@link PacketBuffer#HEADROOM} free in front, so
 * the application's bytes are copied exactly once (in {@link #write}): the first transmission of a
 * chunk hands the lower layers a view of the chunk itself, and they write their headers into the
 * headroom. Only retransmissions, and segments that start in the middle of a chunk, are copied into a
 * fresh buffer (the chunk's headroom is already used, or the bytes before them are still needed).
 *
 * <p>Positions are stream offsets (a {@code long} counting bytes since the SYN), so no sequence
 * arithmetic is needed here.
 */
final class SendQueue {
    private final ArrayDeque<PacketBuffer> chunks = new ArrayDeque<>();
    private final int capacity;
    private int chunkPayload;
    /** Stream offset of the first byte of the first chunk. */
    private long headOffset;
    /** Stream offset just past the last byte written. */
    private long endOffset;
    /** Everything before this offset is acknowledged. */
    private long ackedOffset;

    SendQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Sets the payload size of chunks created from now on (the effective send MSS). */
    void setChunkPayload(int bytes) {
        chunkPayload = Math.max(1, bytes);
    }

    boolean allocated() {
        return !chunks.isEmpty();
    }

    long endOffset() {
        return endOffset;
    }

    /** Room for more application bytes. */
    int space() {
        return (int) Math.max(0, capacity - (endOffset - ackedOffset));
    }

    /** Copies as much of {@code src[off, off+len)} as fits; returns the number of bytes taken. */
    int write(byte[] src, int off, int len) {
        int n = Math.min(len, space());
        int done = 0;
        while (done < n) {
            PacketBuffer tail = chunks.peekLast();
            if (tail == null || tail.end == tail.data.length) {
                tail = new PacketBuffer(PacketBuffer.HEADROOM + chunkPayload).resetForPayload();
                chunks.addLast(tail);
            }
            int k = Math.min(n - done, tail.data.length - tail.end);
            System.arraycopy(src, off + done, tail.data, tail.end, k);
            tail.end += k;
            done += k;
        }
        endOffset += n;
        return n;
    }

    /** Forgets bytes before {@code offset} (acknowledged); whole chunks go back to the garbage collector. */
    void acknowledge(long offset) {
        ackedOffset = Math.max(ackedOffset, Math.min(offset, endOffset));
        while (!chunks.isEmpty()) {
            PacketBuffer c = chunks.peekFirst();
            long chunkEnd = headOffset + c.length();
            boolean tailStillFilling = chunks.size() == 1 && c.end < c.data.length;
            if (chunkEnd > ackedOffset || tailStillFilling) {
                break;
            }
            chunks.removeFirst();
            headOffset = chunkEnd;
        }
    }

    /** Drops all chunks: everything including our FIN is acknowledged, nothing more will be written. */
    void releaseAll() {
        chunks.clear();
        headOffset = endOffset;
        ackedOffset = endOffset;
    }

    /**
     * Returns a buffer whose view is the bytes {@code [off, off+len)}, with headroom in front.
     * {@code firstTransmission} says these bytes have never been sent, which allows the zero-copy view
     * when they start a chunk.
     */
    PacketBuffer segment(long off, int len, boolean firstTransmission) {
        long chunkStart = headOffset;
        PacketBuffer found = null;
        for (PacketBuffer c : chunks) {
            if (off < chunkStart + c.length()) {
                found = c;
                break;
            }
            chunkStart += c.length();
        }
        if (found == null) {
            throw new IllegalStateException("offset " + off + " is not in the send queue");
        }
        if (firstTransmission && off == chunkStart && len <= found.length()) {
            PacketBuffer view = new PacketBuffer(found.data);
            view.start = found.start;
            view.end = found.start + len;
            return view;
        }
        PacketBuffer copy = new PacketBuffer(PacketBuffer.HEADROOM + len).resetForPayload();
        int done = 0;
        int from = found.start + (int) (off - chunkStart);
        boolean first = true;
        for (PacketBuffer c : chunks) {
            if (first && c != found) {
                continue;
            }
            if (!first) {
                from = c.start;
            }
            first = false;
            int k = Math.min(len - done, c.end - from);
            System.arraycopy(c.data, from, copy.data, copy.end, k);
            copy.end += k;
            done += k;
            if (done == len) {
                break;
            }
        }
        return copy;
    }
}
