package kiln.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes a chunked request body (RFC 9112 §7.1): chunk-size in hex, optional extensions (ignored, but
 * length-limited), data, CRLF, ..., last-chunk "0", a trailer section (read with the header limits and
 * discarded, as §7.1.2 allows), and the final empty line. Errors are {@link HttpParseException}s.
 */
public final class ChunkedInputStream extends InputStream {
    private final HttpInput in;
    private final byte[] line;
    private final HttpLimits limits;
    private long remainingInChunk;
    private long total;
    private boolean done;
    private int trailerCount;

    public ChunkedInputStream(HttpInput in, byte[] line, HttpLimits limits) {
        this.in = in;
        this.line = line;
        this.limits = limits;
    }

    /** Number of trailer fields received (they are validated, counted and dropped). */
    public int trailerCount() {
        return trailerCount;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (remainingInChunk == 0 && !done) {
            nextChunk();
        }
        if (done) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remainingInChunk));
        if (n < 0) {
            throw new HttpParseException(400, "connection closed inside a chunk");
        }
        remainingInChunk -= n;
        if (remainingInChunk == 0) {
            int end = in.readLine(line, 0, 400);
            if (end != 0) {
                throw new HttpParseException(400, "chunk data not followed by CRLF");
            }
        }
        return n;
    }

    /** chunk-size [ chunk-ext ] CRLF, then the trailer section after the last chunk. */
    private void nextChunk() throws IOException {
        int n = in.readLine(line, limits.maxChunkLine, 400);
        if (n < 0) {
            throw new HttpParseException(400, "connection closed before a chunk size");
        }
        long size = 0;
        int i = 0;
        while (i < n && hexValue(line[i]) >= 0) {
            // 15 hex digits = 60 bits: more cannot be a real body and would overflow a long.
            if (size >= (1L << 56)) {
                throw new HttpParseException(400, "chunk size overflow");
            }
            size = (size << 4) | hexValue(line[i]);
            i++;
        }
        if (i == 0) {
            throw new HttpParseException(400, "missing chunk size");
        }
        // chunk-ext = *( BWS ";" BWS name [ BWS "=" BWS value ] ): we only check it starts right and
        // holds no control characters; its meaning is ignored (§7.1.1 allows that).
        int j = i;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) {
            j++;
        }
        if (j < n && line[j] != ';') {
            throw new HttpParseException(400, "invalid chunk extension");
        }
        for (; j < n; j++) {
            int c = line[j] & 0xFF;
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw new HttpParseException(400, "invalid character in chunk extension");
            }
        }
        if (size > limits.maxBodyBytes - total) {
            throw new HttpParseException(413, "request body larger than " + limits.maxBodyBytes + " bytes");
        }
        total += size;
        if (size == 0) {
            RequestParser.readFields(in, line, limits, (name, value) -> trailerCount++);
            done = true;
        }
        remainingInChunk = size;
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    /** Reads and discards the rest of the body so the next request on the connection can be parsed. */
    public void drain() throws IOException {
        byte[] sink = new byte[512];
        while (read(sink, 0, sink.length) >= 0) {
            // discard
        }
    }
}
