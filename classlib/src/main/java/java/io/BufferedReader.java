package java.io;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Buffered character input with readLine (JDK 25 javadoc): lines end at "\n", "\r" or "\r\n".
 * lines() is lazy, as in the JDK. Omitted: mark/reset.
 */
public class BufferedReader extends Reader {
    private Reader in;
    private final char[] buf;
    private int pos, limit;
    private boolean skipLF; // the last line ended with '\r': a following '\n' belongs to it

    public BufferedReader(Reader in) { this(in, 8192); }

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.in = in;
        this.buf = new char[sz];
    }

    private void ensureOpen() throws IOException {
        if (in == null) throw new IOException("Stream closed");
    }

    /** Ensures buffered chars are available (consuming a pending '\n'); false at end of input. */
    private boolean fill() throws IOException {
        while (true) {
            if (pos >= limit) {
                int n = in.read(buf, 0, buf.length);
                if (n <= 0) return false;
                pos = 0;
                limit = n;
            }
            if (skipLF) {
                skipLF = false;
                if (buf[pos] == '\n') { pos++; continue; }
            }
            return true;
        }
    }

    public int read() throws IOException {
        ensureOpen();
        return fill() ? buf[pos++] : -1;
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, cbuf, off, n);
        pos += n;
        return n;
    }

    public String readLine() throws IOException {
        ensureOpen();
        StringBuilder sb = null;
        while (true) {
            if (!fill()) return sb == null ? null : sb.toString();
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    String line = sb == null ? new String(buf, start, pos - start)
                            : sb.append(buf, start, pos - start).toString();
                    pos++;
                    skipLF = c == '\r';
                    return line;
                }
                pos++;
            }
            if (sb == null) sb = new StringBuilder();
            sb.append(buf, start, pos - start);
        }
    }

    public long skip(long n) throws IOException {
        if (n < 0L) throw new IllegalArgumentException("skip value is negative");
        ensureOpen();
        long left = n;
        while (left > 0 && fill()) {
            int k = (int) Math.min(left, limit - pos);
            pos += k;
            left -= k;
        }
        return n - left;
    }

    public boolean ready() throws IOException {
        ensureOpen();
        if (skipLF && pos < limit && buf[pos] == '\n') { pos++; skipLF = false; }
        return pos < limit || in.ready();
    }

    public Stream<String> lines() {
        return Stream.generate(this::readLineUnchecked).takeWhile(Objects::nonNull);
    }

    private String readLineUnchecked() {
        try {
            return readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void close() throws IOException {
        if (in == null) return;
        Reader r = in;
        in = null;
        r.close();
    }
}
