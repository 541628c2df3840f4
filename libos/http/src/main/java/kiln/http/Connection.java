package kiln.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * One accepted TCP connection and its request loop (RFC 9112 §9: persistent connections, pipelining).
 * Runs on its own thread; it parses a request head, hands the exchange to the server's executor, waits
 * until that exchange is complete, and reads the next request. A malformed request gets an error
 * response and the connection closes; the server keeps serving other connections.
 */
final class Connection implements Runnable {
    private static final int LINGER_MILLIS = 250;
    private static final long LINGER_MAX_BYTES = 256 * 1024;
    private final KilnHttpServer server;
    private final Socket socket;
    private final HttpLimits limits;
    private OutputStream out;
    /** True while the connection waits for the next request (stop() may close it at once). */
    volatile boolean idle = true;

    Connection(KilnHttpServer server, Socket socket, HttpLimits limits) {
        this.server = server;
        this.socket = socket;
        this.limits = limits;
    }

    KilnHttpServer server() {
        return server;
    }

    HttpLimits limits() {
        return limits;
    }

    OutputStream output() {
        return out;
    }

    InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do with a connection that cannot even be closed
        }
    }

    @Override
    public void run() {
        try {
            socket.setSoTimeout(limits.readTimeoutMillis);
            socket.setTcpNoDelay(true);
            HttpInput in = new HttpInput(socket.getInputStream(), 8192);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            byte[] line = RequestParser.newLineBuffer(limits);
            while (!server.isStopping()) {
                idle = true;
                KilnHttpExchange exchange;
                try {
                    exchange = nextExchange(in, line);
                } catch (HttpParseException e) {
                    server.countMalformed();
                    ResponseWriter.writeError(out, e.status(), server.currentTimeMillis());
                    lingerBeforeClose(in);
                    break;
                }
                if (exchange == null) {
                    break;
                }
                idle = false;
                server.dispatch(exchange);
                exchange.awaitFinished();
                if (exchange.closeConnection) {
                    if (exchange.failed) {
                        lingerBeforeClose(in);
                    }
                    break;
                }
                out.flush();
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // read timeout, reset by peer, or stop(): the connection just ends
        } finally {
            close();
            server.connectionClosed(this);
        }
    }

    /**
     * After an error response, reads (and drops) what the client is still sending for a moment before
     * closing: closing a socket with unread input makes TCP send a reset, which can destroy the error
     * response before the client has read it.
     */
    private void lingerBeforeClose(HttpInput in) {
        try {
            socket.setSoTimeout(LINGER_MILLIS);
            byte[] sink = new byte[4096];
            long total = 0;
            while (total < LINGER_MAX_BYTES) {
                int n = in.read(sink, 0, sink.length);
                if (n < 0) {
                    return;
                }
                total += n;
            }
        } catch (IOException e) {
            // timeout or reset: close now
        }
    }

    /**
     * Reads the next request head and builds its exchange; null at a clean end of the connection or
     * when an error response has already been sent for a request that cannot be served.
     */
    private KilnHttpExchange nextExchange(HttpInput in, byte[] line) throws IOException {
        RequestHead head = RequestParser.parseHead(in, line, limits);
        if (head == null) {
            return null;
        }
        idle = false;
        long length = RequestParser.bodyLength(head, limits);
        URI uri;
        try {
            uri = new URI(head.target());
        } catch (URISyntaxException e) {
            throw new HttpParseException(400, "invalid request target");
        }
        String path = uri.getPath();
        if (path == null) {
            throw new HttpParseException(400, "request target has no path");
        }
        KilnHttpContext context = server.findContext(path);
        if (context == null || context.getHandler() == null) {
            // The JDK answers 404 (no context) / 500 (no handler) and closes the connection.
            ResponseWriter.writeError(out, context == null ? 404 : 500, server.currentTimeMillis());
            return null;
        }
        InputStream body = length == RequestParser.CHUNKED
                ? new ChunkedInputStream(in, line, limits)
                : new FixedLengthInputStream(in, length);
        // RFC 9110 §10.1.1: answer 100 before the client sends the body (only HTTP/1.1 clients wait).
        String expect = head.first("Expect");
        if (expect != null && expect.equalsIgnoreCase("100-continue") && head.minorVersion() == 1) {
            ResponseWriter.writeContinue(out);
        }
        return new KilnHttpExchange(this, head, uri, context, body);
    }
}
