package java.nio;

/** A byte buffer on an ordinary array (allocate, wrap). */
class HeapByteBuffer extends ByteBuffer {
    HeapByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    ByteBuffer derive(int mark, int pos, int lim, int cap, int offset, boolean readOnly) {
        return readOnly ? new HeapByteBufferR(mark, pos, lim, cap, hb, offset)
                : new HeapByteBuffer(mark, pos, lim, cap, hb, offset);
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }
}
