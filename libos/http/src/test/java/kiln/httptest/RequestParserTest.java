package kiln.httptest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kiln.http.HttpDate;
import kiln.http.HttpLimits;
import kiln.http.RequestHead;
import org.junit.jupiter.api.Test;

/** Golden-byte tests of the request parser, body framing and the Date format. */
class RequestParserTest {
    private static ParserHarness.Result parse(String s) {
        return ParserHarness.run(s.getBytes(StandardCharsets.ISO_8859_1), HttpLimits.DEFAULT, 8192);
    }

    private static int status(String s) {
        return parse(s).errorStatus();
    }

    @Test
    void requestLineAndFields() {
        ParserHarness.Result r = parse("\r\nPOST /a/b?c=d HTTP/1.1\r\nHost: h\r\nX-A:  v w \t\r\nx-a:2\nContent-Length: 3\r\n\r\nxyzGET / HTTP/1.0\r\n\r\n");
        assertEquals(0, r.errorStatus());
        assertEquals(2, r.requests().size());
        RequestHead h = r.requests().get(0).head();
        assertEquals("POST", h.method());
        assertEquals("/a/b?c=d", h.target());
        assertEquals("HTTP/1.1", h.protocol());
        assertEquals(List.of("v w", "2"), h.values("x-A"));
        assertArrayEquals("xyz".getBytes(), r.requests().get(0).body());
        assertEquals("HTTP/1.0", r.requests().get(1).head().protocol());
    }

    @Test
    void chunkedBodyWithExtensionsAndTrailers() {
        ParserHarness.Result r = parse("PUT / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                + "A ; name=\"v\"\r\n0123456789\r\n01\r\n!\r\n000\r\nT: 1\r\nU: 2\r\n\r\n");
        assertEquals(0, r.errorStatus());
        assertEquals("0123456789!", new String(r.requests().get(0).body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void framingErrors() {
        assertEquals(400, status("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"));
        assertEquals(0, status("POST / HTTP/1.1\r\nContent-Length: 1, 1\r\nContent-Length: 1\r\n\r\nx"));
        assertEquals(400, status("POST / HTTP/1.1\r\nContent-Length: 1, 2\r\n\r\nx"));
        assertEquals(400, status("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx"));
        assertEquals(400, status("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n"));
        assertEquals(501, status("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1ffffffffffffffff\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1 x\r\na\r\n0\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nbad trailer\r\n\r\n"));
        assertEquals(400, status("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab"));
    }

    private static String limitedBody() {
        return "POST / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n";
    }

    @Test
    void bodyLimit() {
        byte[] req = limitedBody().getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(413, ParserHarness.run(req, ParserHarness.SMALL, 64).errorStatus());
        byte[] chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1001\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(413, ParserHarness.run(chunked, ParserHarness.SMALL, 64).errorStatus());
    }

    @Test
    void syntaxErrors() {
        assertEquals(400, status("GET / HTTP/1.1\r\nA : b\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nA: b\rc\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nA: b\u0000\r\n\r\n"));
        assertEquals(400, status("GET /\u00e9 HTTP/1.1\r\n\r\n"));
        assertEquals(400, status("G(T / HTTP/1.1\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1 \r\n\r\n"));
        assertEquals(400, status("GET / http/1.1\r\n\r\n"));
        assertEquals(505, status("GET / HTTP/3.0\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nHost: x\r\n"));
        assertEquals(400, status("\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
        assertEquals(414, status("GET /" + "x".repeat(9000) + " HTTP/1.1\r\n\r\n"));
        assertEquals(431, status("GET / HTTP/1.1\r\n" + "A: b\r\n".repeat(201) + "\r\n"));
        assertEquals(0, status("GET / HTTP/1.1\r\n" + "A: b\r\n".repeat(200) + "\r\n"));
        assertEquals(431, status("GET / HTTP/1.1\r\nA: " + "b".repeat(70000) + "\r\n\r\n"));
        // obs-text in a value is allowed (RFC 9110 §5.5) and kept as ISO-8859-1 characters
        assertEquals("caf\u00e9", parse("GET / HTTP/1.1\r\nA: caf\u00e9\r\n\r\n").requests().get(0).head().first("a"));
    }

    @Test
    void imfFixdate() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(784111777000L));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDate.format(0));
        assertEquals("Tue, 29 Feb 2000 23:59:59 GMT", HttpDate.format(951868799000L));
        assertEquals("Wed, 31 Dec 1969 23:59:59 GMT", HttpDate.format(-1000));
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < 10000; i++) {
            long t = rnd.nextLong(253402300799000L); // up to year 9999
            String expected = f.format(java.time.Instant.ofEpochMilli(t).atZone(java.time.ZoneOffset.UTC));
            // RFC_1123 prints single-digit days without padding; IMF-fixdate always uses two digits.
            if (expected.charAt(6) == ' ') {
                expected = expected.substring(0, 5) + "0" + expected.substring(5);
            }
            assertEquals(expected, HttpDate.format(t));
        }
    }
}
