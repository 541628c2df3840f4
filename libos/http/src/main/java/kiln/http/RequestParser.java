package kiln.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 request head parser (RFC 9112 §2-§6) working on bytes, with the limits of
 * {@link HttpLimits}. Bad input never escapes as anything but {@link HttpParseException} (whose status
 * says how to answer); only a real I/O failure of the connection is a plain IOException.
 */
public final class RequestParser {
    /** {@link #bodyLength} result for a chunked body. */
    public static final long CHUNKED = -1;

    /** Empty lines tolerated before a request line (RFC 9112 §2.2: "SHOULD ignore at least one"). */
    private static final int MAX_LEADING_EMPTY_LINES = 4;

    private RequestParser() {
    }

    /** A line buffer big enough for every line the limits allow; allocate once per connection. */
    public static byte[] newLineBuffer(HttpLimits limits) {
        return new byte[limits.lineBufferSize()];
    }

    /**
     * Reads one request head. Returns null if the connection ended cleanly before a request began.
     */
    public static RequestHead parseHead(HttpInput in, byte[] line, HttpLimits limits) throws IOException {
        int n;
        int empties = 0;
        while (true) {
            n = in.readLine(line, limits.maxRequestLine, 414);
            if (n < 0) {
                return null;
            }
            if (n > 0) {
                break;
            }
            if (++empties > MAX_LEADING_EMPTY_LINES) {
                throw new HttpParseException(400, "too many empty lines before the request line");
            }
        }
        RequestHead head = parseRequestLine(line, n);
        readFields(in, line, limits, head::addField);
        return head;
    }

    /** Receives one parsed field line. */
    interface FieldSink {
        void field(String name, String value);
    }

    /**
     * Reads field lines up to and including the empty line that ends a header or trailer section
     * (RFC 9112 §5, §7.1.2), enforcing the byte and count limits (431 when exceeded).
     */
    static void readFields(HttpInput in, byte[] line, HttpLimits limits, FieldSink sink) throws IOException {
        int budget = limits.maxHeaderBytes;
        int count = 0;
        while (true) {
            int n = in.readLine(line, budget, 431);
            if (n < 0) {
                throw new HttpParseException(400, "connection closed inside the header section");
            }
            if (n == 0) {
                return;
            }
            budget -= n;
            if (++count > limits.maxHeaderCount) {
                throw new HttpParseException(431, "more than " + limits.maxHeaderCount + " header fields");
            }
            parseFieldLine(line, n, sink);
        }
    }

    /** request-line = method SP request-target SP HTTP-version (RFC 9112 §3), single spaces only. */
    static RequestHead parseRequestLine(byte[] b, int n) throws HttpParseException {
        int sp1 = indexOf(b, 0, n, (byte) ' ');
        if (sp1 <= 0) {
            throw new HttpParseException(400, "malformed request line");
        }
        int sp2 = indexOf(b, sp1 + 1, n, (byte) ' ');
        if (sp2 < 0 || sp2 == sp1 + 1) {
            throw new HttpParseException(400, "malformed request line");
        }
        for (int i = 0; i < sp1; i++) {
            if (!isTchar(b[i])) {
                throw new HttpParseException(400, "invalid character in method");
            }
        }
        // request-target: visible US-ASCII only (RFC 3986 characters plus what clients send raw;
        // java.net.URI decides the rest later). No CTL, no space, no obs-text.
        for (int i = sp1 + 1; i < sp2; i++) {
            int c = b[i] & 0xFF;
            if (c <= 0x20 || c >= 0x7F) {
                throw new HttpParseException(400, "invalid character in request target");
            }
        }
        int minor = parseVersion(b, sp2 + 1, n);
        return new RequestHead(latin1(b, 0, sp1), latin1(b, sp1 + 1, sp2), minor);
    }

    /** HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 §2.3); only 1.0 and 1.1 are served (else 505). */
    private static int parseVersion(byte[] b, int off, int end) throws HttpParseException {
        if (end - off != 8 || b[off] != 'H' || b[off + 1] != 'T' || b[off + 2] != 'T' || b[off + 3] != 'P'
                || b[off + 4] != '/' || !isDigit(b[off + 5]) || b[off + 6] != '.' || !isDigit(b[off + 7])) {
            throw new HttpParseException(400, "malformed HTTP version");
        }
        if (b[off + 5] != '1' || (b[off + 7] != '0' && b[off + 7] != '1')) {
            throw new HttpParseException(505, "HTTP version not supported");
        }
        return b[off + 7] - '0';
    }

    /**
     * field-line = field-name ":" OWS field-value OWS (RFC 9112 §5). A line starting with whitespace
     * is obs-fold (§5.2), and whitespace before the colon is forbidden (§5.1): both are rejected.
     */
    static void parseFieldLine(byte[] b, int n, FieldSink sink) throws HttpParseException {
        if (b[0] == ' ' || b[0] == '\t') {
            throw new HttpParseException(400, "obsolete line folding");
        }
        int colon = 0;
        while (colon < n && isTchar(b[colon])) {
            colon++;
        }
        if (colon == 0 || colon == n || b[colon] != ':') {
            throw new HttpParseException(400, "malformed header field name");
        }
        int start = colon + 1;
        int end = n;
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        // field-vchar = VCHAR / obs-text, with SP/HTAB between (RFC 9110 §5.5); CR, LF, NUL and other
        // controls are invalid.
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw new HttpParseException(400, "invalid character in header field value");
            }
        }
        sink.field(latin1(b, 0, colon), latin1(b, start, end));
    }

    /**
     * The length of the request body as RFC 9112 §6.3 determines it: {@link #CHUNKED}, or a byte
     * count (0 when neither Transfer-Encoding nor Content-Length is present).
     */
    public static long bodyLength(RequestHead head, HttpLimits limits) throws HttpParseException {
        List<String> te = splitList(head.values("Transfer-Encoding"));
        List<String> cl = splitList(head.values("Content-Length"));
        boolean hasTe = head.first("Transfer-Encoding") != null;
        boolean hasCl = head.first("Content-Length") != null;
        if (hasTe) {
            // §6.3 item 3: both present "ought to be handled as an error" (request smuggling); we reject.
            if (hasCl) {
                throw new HttpParseException(400, "both Transfer-Encoding and Content-Length");
            }
            // §6.1: an HTTP/1.0 message with Transfer-Encoding has faulty framing.
            if (head.minorVersion() == 0) {
                throw new HttpParseException(400, "Transfer-Encoding in an HTTP/1.0 request");
            }
            if (te.isEmpty() || !te.get(te.size() - 1).equalsIgnoreCase("chunked")) {
                // §6.3 item 4: chunked not final, so the length cannot be determined.
                throw new HttpParseException(400, "chunked is not the final transfer coding");
            }
            if (te.size() > 1) {
                for (int i = 0; i < te.size() - 1; i++) {
                    if (te.get(i).equalsIgnoreCase("chunked")) {
                        throw new HttpParseException(400, "chunked applied more than once");
                    }
                }
                // §6.1: a transfer coding we do not implement.
                throw new HttpParseException(501, "unsupported transfer coding " + te.get(0));
            }
            return CHUNKED;
        }
        if (!hasCl) {
            return 0;
        }
        // RFC 9110 §8.6: a list of identical values may be accepted; anything else is invalid.
        long length = -1;
        if (cl.isEmpty()) {
            throw new HttpParseException(400, "empty Content-Length");
        }
        for (String v : cl) {
            long x = parseDecimal(v);
            if (length >= 0 && x != length) {
                throw new HttpParseException(400, "conflicting Content-Length values");
            }
            length = x;
        }
        if (length > limits.maxBodyBytes) {
            throw new HttpParseException(413, "request body larger than " + limits.maxBodyBytes + " bytes");
        }
        return length;
    }

    /** Content-Length = 1*DIGIT; values that do not fit in a long are rejected, not wrapped. */
    private static long parseDecimal(String s) throws HttpParseException {
        if (s.isEmpty() || s.length() > 18) {
            throw new HttpParseException(400, "invalid Content-Length");
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new HttpParseException(400, "invalid Content-Length");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Splits comma-separated list values (RFC 9110 §5.6.1), dropping empty elements and OWS. */
    private static List<String> splitList(List<String> values) {
        ArrayList<String> out = new ArrayList<>();
        for (String v : values) {
            int start = 0;
            while (start <= v.length()) {
                int comma = v.indexOf(',', start);
                int end = comma < 0 ? v.length() : comma;
                String item = v.substring(start, end).trim();
                if (!item.isEmpty()) {
                    out.add(item);
                }
                start = end + 1;
            }
        }
        return out;
    }

    /** tchar (RFC 9110 §5.6.2). */
    static boolean isTchar(byte b) {
        int c = b & 0xFF;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(c) >= 0 && c < 0x80;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int indexOf(byte[] b, int from, int end, byte x) {
        for (int i = from; i < end; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** Bytes to a String, one char per byte (ISO-8859-1), as HTTP field values are octets. */
    static String latin1(byte[] b, int from, int to) {
        char[] c = new char[to - from];
        for (int i = from; i < to; i++) {
            c[i - from] = (char) (b[i] & 0xFF);
        }
        return new String(c);
    }
}
