package java.nio;

/** A read-only view of a heap byte buffer (asReadOnlyBuffer). */
final class HeapByteBufferR extends HeapByteBuffer {
    HeapByteBufferR(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }
}
