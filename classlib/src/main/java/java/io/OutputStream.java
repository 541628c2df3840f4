package java.io;

import java.util.Objects;

/** A sink of bytes: subclasses implement write(int); the array forms write byte by byte unless overridden. */
public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {}

    /** A stream that discards everything (and throws once closed, as the JDK's does). */
    public static OutputStream nullOutputStream() {
        return new NullOutputStream();
    }

    private static final class NullOutputStream extends OutputStream {
        private boolean closed;

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException("Stream closed");
            }
        }

        public void write(int b) throws IOException {
            ensureOpen();
        }

        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            ensureOpen();
        }

        public void close() {
            closed = true;
        }
    }

    public abstract void write(int b) throws IOException;

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    public void flush() throws IOException {
    }

    public void close() throws IOException {
    }
}
