package java.nio;

/**
 * A direct byte buffer (allocateDirect). In Kiln its memory is a Java array, which the garbage
 * collector never moves (see {@link ByteBuffer}); the program still sees a direct buffer: no
 * accessible array.
 */
class DirectByteBuffer extends ByteBuffer {
    DirectByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    ByteBuffer derive(int mark, int pos, int lim, int cap, int offset, boolean readOnly) {
        return readOnly ? new DirectByteBufferR(mark, pos, lim, cap, hb, offset)
                : new DirectByteBuffer(mark, pos, lim, cap, hb, offset);
    }

    @Override
    public boolean isDirect() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }
}
