package kiln.nio;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Moves bytes between ByteBuffers and the stack's byte[]-based sockets: straight through the
 * backing array when the buffer exposes one, else (direct and read-only buffers) through a
 * temporary array, at most 64 KiB per call.
 */
final class Buffers {
    private Buffers() {}

    private static final int CHUNK = 65536;

    /** An I/O call on a byte range: returns the bytes moved, 0 for none yet, -1 at the end. */
    interface RangeIo {
        int apply(byte[] b, int off, int len) throws IOException;
    }

    /** Reads into {@code dst}'s remaining space and advances its position by the count. */
    static int read(ByteBuffer dst, RangeIo io) throws IOException {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        int pos = dst.position(), rem = dst.remaining();
        if (dst.hasArray()) {
            int n = io.apply(dst.array(), dst.arrayOffset() + pos, rem);
            if (n > 0) {
                dst.position(pos + n);
            }
            return n;
        }
        byte[] tmp = new byte[Math.min(rem, CHUNK)];
        int n = io.apply(tmp, 0, tmp.length);
        if (n > 0) {
            dst.put(tmp, 0, n);
        }
        return n;
    }

    /** Writes from {@code src}'s remaining bytes and advances its position by the count. */
    static int write(ByteBuffer src, RangeIo io) throws IOException {
        int pos = src.position(), rem = src.remaining();
        int n;
        if (src.hasArray()) {
            n = io.apply(src.array(), src.arrayOffset() + pos, rem);
        } else {
            byte[] tmp = new byte[Math.min(rem, CHUNK)];
            src.get(pos, tmp);
            n = io.apply(tmp, 0, tmp.length);
        }
        if (n > 0) {
            src.position(pos + n);
        }
        return n;
    }

    static void checkRange(ByteBuffer[] bufs, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bufs.length);
    }
}
