package java.io;

import java.util.Objects;

/**
 * Abstract character input (JDK 25 javadoc). Omitted: the Readable interface and read(CharBuffer)
 * (no java.nio buffers yet), mark/reset support in the base class, of(CharSequence).
 */
public abstract class Reader implements Closeable {
    protected Object lock;

    protected Reader() { this.lock = this; }

    protected Reader(Object lock) { this.lock = Objects.requireNonNull(lock); }

    public static Reader nullReader() {
        return new Reader() {
            private boolean closed;

            public int read(char[] cbuf, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, cbuf.length);
                if (closed) throw new IOException("Stream closed");
                return len == 0 ? 0 : -1;
            }

            public void close() { closed = true; }
        };
    }

    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    public int read(char[] cbuf) throws IOException { return read(cbuf, 0, cbuf.length); }

    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    public long skip(long n) throws IOException {
        if (n < 0L) throw new IllegalArgumentException("skip value is negative");
        char[] buf = new char[(int) Math.min(n, 8192)];
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(left, buf.length));
            if (r == -1) break;
            left -= r;
        }
        return n - left;
    }

    public boolean ready() throws IOException { return false; }

    public boolean markSupported() { return false; }

    public void mark(int readAheadLimit) throws IOException { throw new IOException("mark() not supported"); }

    public void reset() throws IOException { throw new IOException("reset() not supported"); }

    public long transferTo(Writer out) throws IOException {
        char[] buf = new char[8192];
        long total = 0;
        int n;
        while ((n = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }

    public abstract void close() throws IOException;
}
