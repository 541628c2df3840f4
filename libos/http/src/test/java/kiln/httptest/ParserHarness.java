package kiln.httptest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kiln.http.ChunkedInputStream;
import kiln.http.FixedLengthInputStream;
import kiln.http.HttpInput;
import kiln.http.HttpLimits;
import kiln.http.HttpParseException;
import kiln.http.RequestHead;
import kiln.http.RequestParser;

/**
 * Drives the request parser and body decoders over a byte array the way a connection does (head,
 * framing, body, next pipelined request) and checks invariants. Shared by the unit and fuzz tests;
 * it references only kiln.http parser classes, not com.sun.net.httpserver.
 */
final class ParserHarness {
    /** Small limits so that random inputs reach the limit checks. */
    static final HttpLimits SMALL = new HttpLimits(256, 512, 16, 64, 4096, 0);
    /** Room for the canonical re-serialisation, which can be longer than the input. */
    private static final HttpLimits ROOMY = new HttpLimits(1 << 16, 1 << 20, 10_000, 64, 4096, 0);

    private ParserHarness() {
    }

    /** One parsed request: its head and its body bytes. */
    record Parsed(RequestHead head, byte[] body) {
    }

    /** The requests parsed before the end or the first error, and that error's status (0 if none). */
    record Result(List<Parsed> requests, int errorStatus) {
    }

    static Result run(byte[] data, HttpLimits limits, int bufferSize) {
        HttpInput in = new HttpInput(new ByteArrayInputStream(data), bufferSize);
        byte[] line = RequestParser.newLineBuffer(limits);
        List<Parsed> out = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                RequestHead head = RequestParser.parseHead(in, line, limits);
                if (head == null) {
                    return new Result(out, 0);
                }
                checkRoundTrip(head);
                long length = RequestParser.bodyLength(head, limits);
                if (length > limits.maxBodyBytes) {
                    throw new AssertionError("length above the limit was accepted: " + length);
                }
                InputStream body = length == RequestParser.CHUNKED
                        ? new ChunkedInputStream(in, line, limits)
                        : new FixedLengthInputStream(in, length);
                byte[] bytes = body.readAllBytes();
                if (length >= 0 && bytes.length != length) {
                    throw new AssertionError("fixed body of " + bytes.length + " bytes, expected " + length);
                }
                if (bytes.length > limits.maxBodyBytes) {
                    throw new AssertionError("body above the limit was accepted");
                }
                out.add(new Parsed(head, bytes));
            }
            return new Result(out, 0);
        } catch (HttpParseException e) {
            int s = e.status();
            if (s != 400 && s != 413 && s != 414 && s != 431 && s != 501 && s != 505) {
                throw new AssertionError("unexpected status " + s, e);
            }
            return new Result(out, s);
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail with a plain IOException", e);
        }
    }

    /** The canonical form of a parsed head must parse back to the same head. */
    private static void checkRoundTrip(RequestHead head) throws IOException {
        String wire = head.toWire();
        HttpInput again = new HttpInput(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), 256);
        RequestHead h2;
        try {
            h2 = RequestParser.parseHead(again, RequestParser.newLineBuffer(ROOMY), ROOMY);
        } catch (HttpParseException e) {
            throw new AssertionError("canonical head does not parse: " + wire, e);
        }
        if (h2 == null || !h2.toWire().equals(wire)) {
            throw new AssertionError("round trip changed the head: " + wire);
        }
    }
}
