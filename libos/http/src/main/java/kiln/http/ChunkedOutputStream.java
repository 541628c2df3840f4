package kiln.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A chunked response body (RFC 9112 §7.1). Bytes are collected into chunks of up to BUFFER bytes;
 * close() writes the last-chunk "0" and the empty trailer section.
 */
final class ChunkedOutputStream extends OutputStream {
    private static final int BUFFER = 4096;
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    private final OutputStream out;
    private final Runnable onClose;
    private final byte[] buf = new byte[BUFFER];
    private int count;
    private boolean closed;

    ChunkedOutputStream(OutputStream out, Runnable onClose) {
        this.out = out;
        this.onClose = onClose;
    }

    @Override
    public void write(int b) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        buf[count++] = (byte) b;
        if (count == BUFFER) {
            writeChunk();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        while (len > 0) {
            int n = Math.min(len, BUFFER - count);
            System.arraycopy(b, off, buf, count, n);
            count += n;
            off += n;
            len -= n;
            if (count == BUFFER) {
                writeChunk();
            }
        }
    }

    /** Writes buffered bytes as one chunk; an empty buffer writes nothing (a 0 chunk would end the body). */
    private void writeChunk() throws IOException {
        if (count == 0) {
            return;
        }
        byte[] size = new byte[10];
        int p = size.length;
        size[--p] = '\n';
        size[--p] = '\r';
        int v = count;
        do {
            size[--p] = HEX[v & 0xF];
            v >>>= 4;
        } while (v != 0);
        out.write(size, p, size.length - p);
        out.write(buf, 0, count);
        out.write('\r');
        out.write('\n');
        count = 0;
    }

    @Override
    public void flush() throws IOException {
        if (closed) {
            return;
        }
        writeChunk();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        writeChunk();
        out.write(new byte[] {'0', '\r', '\n', '\r', '\n'});
        out.flush();
        onClose.run();
    }
}
