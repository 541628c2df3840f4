package kiln.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body whose length was announced in Content-length: writing more is an error, and closing
 * before all bytes were written is an error too (the connection can then not be reused).
 */
final class FixedLengthOutputStream extends OutputStream {
    private final OutputStream out;
    private final Runnable onClose;
    private long remaining;
    private boolean closed;

    FixedLengthOutputStream(OutputStream out, long length, Runnable onClose) {
        this.out = out;
        this.remaining = length;
        this.onClose = onClose;
    }

    @Override
    public void write(int b) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (remaining == 0) {
            throw new IOException("too many bytes to write to stream");
        }
        out.write(b);
        remaining--;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (len > remaining) {
            throw new IOException("too many bytes to write to stream");
        }
        out.write(b, off, len);
        remaining -= len;
    }

    @Override
    public void flush() throws IOException {
        if (!closed) {
            out.flush();
        }
    }

    boolean complete() {
        return remaining == 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.flush();
        onClose.run();
        if (remaining > 0) {
            throw new IOException("insufficient bytes written to stream");
        }
    }
}
