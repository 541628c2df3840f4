package kiln.http;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Writes status lines and header sections (RFC 9112 §4, §5) as ISO-8859-1 bytes. */
final class ResponseWriter {
    private ResponseWriter() {
    }

    static void writeHead(OutputStream out, int code, Headers headers) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append("HTTP/1.1 ").append(code).append(' ').append(StatusText.of(code)).append("\r\n");
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            for (String v : e.getValue()) {
                sb.append(e.getKey()).append(": ").append(v).append("\r\n");
            }
        }
        sb.append("\r\n");
        writeLatin1(out, sb);
    }

    /** A complete error response after which the connection is closed. */
    static void writeError(OutputStream out, int code, long nowMillis) throws IOException {
        String body = "<h1>" + code + " " + StatusText.of(code) + "</h1>";
        StringBuilder sb = new StringBuilder(200);
        sb.append("HTTP/1.1 ").append(code).append(' ').append(StatusText.of(code)).append("\r\n")
                .append("Date: ").append(HttpDate.format(nowMillis)).append("\r\n")
                .append("Content-Type: text/html\r\n")
                .append("Content-Length: ").append(body.length()).append("\r\n")
                .append("Connection: close\r\n\r\n")
                .append(body);
        writeLatin1(out, sb);
        out.flush();
    }

    /** "HTTP/1.1 100 Continue" interim response (RFC 9110 §10.1.1, §15.2.1). */
    static void writeContinue(OutputStream out) throws IOException {
        writeLatin1(out, "HTTP/1.1 100 Continue\r\n\r\n");
        out.flush();
    }

    private static void writeLatin1(OutputStream out, CharSequence s) throws IOException {
        int n = s.length();
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) s.charAt(i);
        }
        out.write(b, 0, n);
    }
}
