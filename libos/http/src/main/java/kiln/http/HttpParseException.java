package kiln.http;

import java.io.IOException;

/**
 * The only exception the request parser and the body decoders throw for bad bytes. It carries the
 * status code the server answers with (400, 413, 414, 431, 501 or 505, as RFC 9110 §15.5/§15.6 and
 * RFC 6585 §5 name them). It is an IOException so that it can travel through InputStream.read()
 * when a handler reads a malformed chunked body.
 */
public final class HttpParseException extends IOException {
    private final int status;

    public HttpParseException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    /** The HTTP status code to answer with. */
    public int status() {
        return status;
    }
}
