package kiln.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered byte reader over a connection's input. The request head, the body streams and the next
 * pipelined request all read through the same buffer, so bytes that arrive together with a request
 * are never lost. Not thread-safe: one connection's requests are read by one thread at a time.
 */
public final class HttpInput {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int lim;

    public HttpInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** Makes at least one byte available; returns false at end of stream. */
    private boolean fill() throws IOException {
        if (pos < lim) {
            return true;
        }
        pos = 0;
        lim = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        lim = n;
        return true;
    }

    /** True if bytes are already buffered (used to tell a pipelined request from an idle connection). */
    public boolean hasBuffered() {
        return pos < lim;
    }

    /** Next byte (0..255) or -1 at end of stream. */
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** Reads up to len bytes; -1 at end of stream. Returns buffered bytes before blocking again. */
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, lim - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    /**
     * Reads one line into {@code line}, without its terminator, and returns its length; -1 if the stream
     * ends before the first byte. The terminator is CRLF or, as RFC 9112 §2.2 allows a recipient to
     * accept, a bare LF. A CR anywhere else stays in the line, where the callers' syntax checks reject it.
     *
     * @param max          the longest line accepted (without terminator)
     * @param tooLongStatus the status of the error thrown when the line is longer
     */
    public int readLine(byte[] line, int max, int tooLongStatus) throws IOException {
        int n = 0;
        while (true) {
            if (!fill()) {
                if (n == 0) {
                    return -1;
                }
                throw new HttpParseException(400, "connection closed in the middle of a line");
            }
            while (pos < lim) {
                byte b = buf[pos++];
                if (b == '\n') {
                    if (n > 0 && line[n - 1] == '\r') {
                        n--;
                    }
                    if (n > max) {
                        throw new HttpParseException(tooLongStatus, "line longer than " + max + " bytes");
                    }
                    return n;
                }
                // max + 1: the CR of a CRLF may still come.
                if (n >= max + 1 || n >= line.length) {
                    throw new HttpParseException(tooLongStatus, "line longer than " + max + " bytes");
                }
                line[n++] = b;
            }
        }
    }
}
