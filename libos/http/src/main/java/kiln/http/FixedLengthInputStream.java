package kiln.http;

import java.io.IOException;
import java.io.InputStream;

/** A request body of Content-Length bytes (RFC 9112 §6.2); ends exactly there. */
public final class FixedLengthInputStream extends InputStream {
    private final HttpInput in;
    private long remaining;

    public FixedLengthInputStream(HttpInput in, long length) {
        this.in = in;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            throw new HttpParseException(400, "connection closed before the end of the body");
        }
        remaining--;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new HttpParseException(400, "connection closed before the end of the body");
        }
        remaining -= n;
        return n;
    }

    @Override
    public int available() {
        return 0;
    }

    /** Reads and discards the rest of the body so the next request on the connection can be parsed. */
    public void drain() throws IOException {
        byte[] sink = new byte[512];
        while (read(sink, 0, sink.length) >= 0) {
            // discard
        }
    }
}
