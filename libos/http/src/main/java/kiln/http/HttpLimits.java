package kiln.http;

/**
 * Hard limits applied while reading a request. Every limit bounds memory or time that a client can
 * make the server spend, so a hostile client cannot grow buffers without bound.
 * Immutable; the with* methods return a copy.
 */
public final class HttpLimits {
    /** Longest request line (method SP target SP version), without CRLF. Exceeding it: 414. */
    public final int maxRequestLine;
    /** Total bytes of all header lines (and, separately, of all trailer lines). Exceeding it: 431. */
    public final int maxHeaderBytes;
    /** Number of header fields (and of trailer fields). Exceeding it: 431 (RFC 6585 §5). */
    public final int maxHeaderCount;
    /** Longest chunk-size line including extensions (RFC 9112 §7.1.1). Exceeding it: 400. */
    public final int maxChunkLine;
    /** Largest request body accepted, fixed or chunked. Exceeding it: 413. */
    public final long maxBodyBytes;
    /** Socket read timeout in milliseconds while a connection waits for or reads a request (0 = none). */
    public final int readTimeoutMillis;

    public static final HttpLimits DEFAULT = new HttpLimits(8192, 65536, 200, 1024, Long.MAX_VALUE, 30_000);

    public HttpLimits(int maxRequestLine, int maxHeaderBytes, int maxHeaderCount, int maxChunkLine,
                      long maxBodyBytes, int readTimeoutMillis) {
        if (maxRequestLine < 16 || maxHeaderBytes < 16 || maxHeaderCount < 1 || maxChunkLine < 3
                || maxBodyBytes < 0 || readTimeoutMillis < 0) {
            throw new IllegalArgumentException("HttpLimits out of range");
        }
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxHeaderCount = maxHeaderCount;
        this.maxChunkLine = maxChunkLine;
        this.maxBodyBytes = maxBodyBytes;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    public HttpLimits withMaxRequestLine(int v) {
        return new HttpLimits(v, maxHeaderBytes, maxHeaderCount, maxChunkLine, maxBodyBytes, readTimeoutMillis);
    }

    public HttpLimits withMaxHeaderBytes(int v) {
        return new HttpLimits(maxRequestLine, v, maxHeaderCount, maxChunkLine, maxBodyBytes, readTimeoutMillis);
    }

    public HttpLimits withMaxHeaderCount(int v) {
        return new HttpLimits(maxRequestLine, maxHeaderBytes, v, maxChunkLine, maxBodyBytes, readTimeoutMillis);
    }

    public HttpLimits withMaxBodyBytes(long v) {
        return new HttpLimits(maxRequestLine, maxHeaderBytes, maxHeaderCount, maxChunkLine, v, readTimeoutMillis);
    }

    public HttpLimits withReadTimeoutMillis(int v) {
        return new HttpLimits(maxRequestLine, maxHeaderBytes, maxHeaderCount, maxChunkLine, maxBodyBytes, v);
    }

    /** Size of the per-connection line buffer that can hold any line these limits allow. */
    int lineBufferSize() {
        return Math.max(Math.max(maxRequestLine, maxHeaderBytes), maxChunkLine) + 2;
    }
}
