package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Bytes to chars (JDK 25 javadoc) with the charsets kiln's Charset knows (UTF-8 default,
 * ISO-8859-1, US-ASCII). Malformed input becomes U+FFFD exactly as String's decoder does it:
 * bytes are decoded in chunks that never split a UTF-8 sequence, so chunking cannot change the
 * result. Omitted: the CharsetDecoder constructor.
 */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final Charset charset;
    private final byte[] bytes = new byte[8192];
    private int byteCount;          // undecoded bytes at the start of `bytes`
    private String chars = "";      // decoded, not yet returned
    private int charPos;
    private boolean eof;
    private boolean closed;

    public InputStreamReader(InputStream in) { this(in, StandardCharsets.UTF_8); }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        this.in = in;
        this.charset = Objects.requireNonNull(cs, "charset");
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) throw new NullPointerException("charsetName");
        this.in = in;
        try {
            this.charset = Charset.forName(charsetName);
        } catch (RuntimeException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public String getEncoding() { return closed ? null : historicalName(charset.name()); }

    private static String historicalName(String n) {
        return switch (n) {
            case "UTF-8" -> "UTF8";
            case "ISO-8859-1" -> "ISO8859_1";
            case "US-ASCII" -> "ASCII";
            default -> n;
        };
    }

    /** Decodes more input into `chars`; false at end of input with nothing left. */
    private boolean fill() throws IOException {
        while (charPos >= chars.length()) {
            if (eof) {
                if (byteCount == 0) return false;
                chars = new String(bytes, 0, byteCount, charset); // a truncated sequence at the end
                charPos = 0;
                byteCount = 0;
                return true;
            }
            int n = in.read(bytes, byteCount, bytes.length - byteCount);
            if (n < 0) { eof = true; continue; }
            byteCount += n;
            int split = safeSplit();
            chars = new String(bytes, 0, split, charset);
            charPos = 0;
            System.arraycopy(bytes, split, bytes, 0, byteCount - split);
            byteCount -= split;
        }
        return true;
    }

    /**
     * Bytes that can be decoded now: everything except an incomplete UTF-8 sequence at the end.
     * A decoder never takes a non-continuation byte into an earlier sequence, so cutting just
     * before a lead byte is always safe.
     */
    private int safeSplit() {
        if (!charset.name().equals("UTF-8")) return byteCount;
        for (int p = byteCount - 1; p >= 0 && p >= byteCount - 4; p--) {
            int b = bytes[p] & 0xFF;
            if ((b & 0xC0) == 0x80) continue; // continuation byte
            int need = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return byteCount - p >= need ? byteCount : p;
        }
        return byteCount;
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }

    public int read() throws IOException {
        ensureOpen();
        return fill() ? chars.charAt(charPos++) : -1;
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, chars.length() - charPos);
        chars.getChars(charPos, charPos + n, cbuf, off);
        charPos += n;
        return n;
    }

    public boolean ready() throws IOException {
        ensureOpen();
        return charPos < chars.length() || in.available() > 0;
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        in.close();
    }
}
