package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Chars to bytes (JDK 25 javadoc) through String.getBytes, so unpaired surrogates become '?' as
 * in the JDK's encoder. A high surrogate at the end of a write waits for its low half.
 * Omitted: the CharsetEncoder constructor.
 */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final Charset charset;
    private char pendingHigh; // 0 if none
    private boolean closed;

    public OutputStreamWriter(OutputStream out) { this(out, StandardCharsets.UTF_8); }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        this.out = Objects.requireNonNull(out);
        this.charset = Objects.requireNonNull(cs, "charset");
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) throw new NullPointerException("charsetName");
        this.out = out;
        try {
            this.charset = Charset.forName(charsetName);
        } catch (RuntimeException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public String getEncoding() {
        if (closed) return null;
        return switch (charset.name()) {
            case "UTF-8" -> "UTF8";
            case "ISO-8859-1" -> "ISO8859_1";
            case "US-ASCII" -> "ASCII";
            default -> charset.name();
        };
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) return;
        StringBuilder sb = new StringBuilder(len + 1);
        if (pendingHigh != 0) { sb.append(pendingHigh); pendingHigh = 0; }
        sb.append(cbuf, off, len);
        char last = sb.charAt(sb.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            sb.setLength(sb.length() - 1);
        }
        out.write(sb.toString().getBytes(charset));
    }

    public void write(int c) throws IOException { write(new char[] {(char) c}, 0, 1); }

    public void write(String str, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, str.length());
        write(str.substring(off, off + len).toCharArray(), 0, len);
    }

    public void flush() throws IOException {
        ensureOpen();
        out.flush();
    }

    public void close() throws IOException {
        if (closed) return;
        if (pendingHigh != 0) {
            out.write(String.valueOf(pendingHigh).getBytes(charset));
            pendingHigh = 0;
        }
        out.flush();
        closed = true;
        out.close();
    }
}
