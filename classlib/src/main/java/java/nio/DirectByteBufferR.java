package java.nio;

/** A read-only view of a direct byte buffer. */
final class DirectByteBufferR extends DirectByteBuffer {
    DirectByteBufferR(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }
}
