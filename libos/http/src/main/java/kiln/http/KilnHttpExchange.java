package kiln.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One request/response on a connection, with the JDK's semantics for sendResponseHeaders
 * (length 0 = chunked, -1 = no body, > 0 = exactly that many bytes) and for completion: the exchange
 * is complete when the response body stream (or the exchange) is closed. The connection thread waits
 * for that before it reads the next request, so requests on one connection never overlap.
 */
public final class KilnHttpExchange extends HttpExchange {
    /** Unread request body beyond this is not drained; the connection is closed instead. */
    private static final long MAX_DRAIN = 65536;

    private final Connection conn;
    private final RequestHead head;
    private final URI uri;
    private final KilnHttpContext context;
    private final Headers requestHeaders = new Headers();
    private final Headers responseHeaders = new Headers();
    private final InputStream rawBody;
    private final boolean http10;
    private InputStream userIn;
    private OutputStream userOut;
    private final ResponseBody responseBody = new ResponseBody();
    private boolean sentHeaders;
    private int responseCode = -1;
    private boolean closed;
    private boolean finished;
    /** Set when the connection must not carry another request after this one. */
    volatile boolean closeConnection;
    /** Set when the handler failed and an error response (if still possible) was sent. */
    volatile boolean failed;

    KilnHttpExchange(Connection conn, RequestHead head, URI uri, KilnHttpContext context, InputStream rawBody) {
        this.conn = conn;
        this.head = head;
        this.uri = uri;
        this.context = context;
        this.rawBody = rawBody;
        this.userIn = rawBody;
        this.userOut = responseBody;
        this.http10 = head.minorVersion() == 0;
        for (int i = 0; i < head.fieldCount(); i++) {
            requestHeaders.add(head.fieldName(i), head.fieldValue(i));
        }
        // Connection handling as the JDK server does it (RFC 9112 §9.3): HTTP/1.1 persists unless
        // "close"; HTTP/1.0 persists only with "keep-alive".
        String connection = head.first("Connection");
        if (connection != null && connection.equalsIgnoreCase("close")) {
            closeConnection = true;
        }
        if (http10) {
            if (connection == null) {
                closeConnection = true;
                responseHeaders.set("Connection", "close");
            } else if (connection.equalsIgnoreCase("keep-alive")) {
                responseHeaders.set("Connection", "keep-alive");
                responseHeaders.set("Keep-Alive", "timeout=" + conn.limits().readTimeoutMillis / 1000);
            }
        }
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return uri;
    }

    @Override
    public String getRequestMethod() {
        return head.method();
    }

    @Override
    public HttpContext getHttpContext() {
        return context;
    }

    @Override
    public InputStream getRequestBody() {
        return userIn;
    }

    @Override
    public OutputStream getResponseBody() {
        return userOut;
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            userIn = i;
        }
        if (o != null) {
            userOut = o;
        }
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return conn.remoteAddress();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return conn.localAddress();
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public String getProtocol() {
        return head.protocol();
    }

    /** Attributes are those of the context, as in the JDK. */
    @Override
    public Object getAttribute(String name) {
        if (name == null) {
            throw new NullPointerException("null name parameter");
        }
        return context.getAttributes().get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (name == null) {
            throw new NullPointerException("null name parameter");
        }
        Map<String, Object> attributes = context.getAttributes();
        if (value != null) {
            attributes.put(name, value);
        } else {
            attributes.remove(name);
        }
    }

    /** No Authenticator support yet, so there is never a principal. */
    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    @Override
    public void sendResponseHeaders(int rCode, long contentLen) throws IOException {
        if (sentHeaders) {
            throw new IOException("headers already sent");
        }
        responseCode = rCode;
        responseHeaders.set("Date", HttpDate.format(conn.server().currentTimeMillis()));
        boolean noBody = false;
        boolean lengthHeader = true;
        // RFC 9110 §6.4.1: 1xx, 204 and 304 responses have no content.
        if ((rCode >= 100 && rCode < 200) || rCode == 204 || rCode == 304) {
            contentLen = -1;
            lengthHeader = rCode == 304;
        }
        OutputStream raw = conn.output();
        OutputStream body;
        if (head.method().equals("HEAD") || rCode == 304) {
            // The handler sets Content-length itself if it wants one (it describes the GET response).
            noBody = true;
            body = new FixedLengthOutputStream(raw, 0, this::responseClosed);
        } else if (contentLen == 0) {
            if (http10) {
                // HTTP/1.0 has no chunked coding: the body ends when the connection closes.
                closeConnection = true;
                body = new UntilCloseOutputStream(raw);
            } else {
                responseHeaders.set("Transfer-encoding", "chunked");
                body = new ChunkedOutputStream(raw, this::responseClosed);
            }
        } else {
            if (contentLen == -1) {
                noBody = true;
                contentLen = 0;
            }
            if (lengthHeader) {
                responseHeaders.set("Content-length", Long.toString(contentLen));
            }
            body = new FixedLengthOutputStream(raw, contentLen, this::responseClosed);
        }
        List<String> connection = responseHeaders.get("Connection");
        if (connection != null) {
            for (String v : connection) {
                if (v.equalsIgnoreCase("close")) {
                    closeConnection = true;
                }
            }
        }
        ResponseWriter.writeHead(raw, rCode, responseHeaders);
        responseBody.target = body;
        sentHeaders = true;
        if (noBody) {
            raw.flush();
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!sentHeaders) {
            // No response can be sent any more: the JDK closes the connection, so do we.
            closeConnection = true;
            finish();
            return;
        }
        try {
            userOut.close();
        } catch (IOException e) {
            closeConnection = true;
        }
        finish();
    }

    /** Called when the response body stream closes: read what is left of the request, then finish. */
    private void responseClosed() {
        if (responseBody.target instanceof FixedLengthOutputStream f && !f.complete()) {
            closeConnection = true;
        }
        finish();
    }

    /** Reads the unread request body so the next request can be parsed, or gives up the connection. */
    private void drainRequestBody() {
        if (closeConnection) {
            return;
        }
        try {
            byte[] sink = new byte[512];
            long total = 0;
            while (total <= MAX_DRAIN) {
                int n = rawBody.read(sink, 0, sink.length);
                if (n < 0) {
                    return;
                }
                total += n;
            }
            closeConnection = true;
        } catch (IOException e) {
            closeConnection = true;
        }
    }

    private void finish() {
        synchronized (this) {
            if (finished) {
                return;
            }
        }
        drainRequestBody();
        synchronized (this) {
            finished = true;
            notifyAll();
        }
    }

    /** Runs the context's filters and handler; a failure before the response started becomes an error response. */
    void run() {
        try {
            new com.sun.net.httpserver.Filter.Chain(context.getFilters(), context.getHandler()).doFilter(this);
        } catch (Throwable t) {
            fail(t instanceof HttpParseException p ? p.status() : 500);
        }
    }

    /**
     * Ends the exchange after a handler failure: a response that has not started becomes an error
     * response (500, or the parse status for a malformed request body), and the connection closes.
     */
    void fail(int status) {
        closeConnection = true;
        failed = true;
        if (!sentHeaders) {
            sentHeaders = true;
            responseCode = status;
            try {
                ResponseWriter.writeError(conn.output(), status, conn.server().currentTimeMillis());
            } catch (IOException ignored) {
                // the connection is closed below anyway
            }
        }
        closed = true;
        synchronized (this) {
            finished = true;
            notifyAll();
        }
    }

    /** Blocks the connection thread until the exchange is complete. */
    synchronized void awaitFinished() throws InterruptedException {
        while (!finished) {
            wait();
        }
    }

    /** The stream handlers get from getResponseBody(): unusable until sendResponseHeaders chose the framing. */
    private static final class ResponseBody extends OutputStream {
        OutputStream target;

        private OutputStream target() throws IOException {
            if (target == null) {
                throw new IOException("response headers not sent yet");
            }
            return target;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }

        @Override
        public void close() throws IOException {
            target().close();
        }
    }

    /** HTTP/1.0 body of unknown length: delimited by closing the connection (RFC 9112 §6.3 item 8). */
    private final class UntilCloseOutputStream extends OutputStream {
        private final OutputStream out;
        private boolean done;

        UntilCloseOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (done) {
                throw new IOException("stream closed");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (done) {
                throw new IOException("stream closed");
            }
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                out.flush();
                responseClosed();
            }
        }
    }
}
