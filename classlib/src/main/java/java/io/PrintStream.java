package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Prints text as bytes of a charset (UTF-8 unless given; ISO-8859-1 and US-ASCII also work), never
 * throwing IOException (checkError reports failures). Flushing follows the JDK: with autoFlush,
 * every print/println and every write of a byte array flushes, and write(int) flushes on '\n'.
 * A high surrogate at the end of one print is kept until the next, so a pair split across two
 * prints is still encoded as one character, as the JDK's encoder does.
 * format/printf use java.util.Formatter (no Locale overloads). Every print is synchronized on the
 * stream, as in the JDK, so lines printed by different threads never interleave.
 * Not provided: the file constructors, PrintStream(OutputStream, boolean, String).
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final Charset charset;
    private boolean trouble;
    private boolean closing;
    private char pendingHigh;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, StandardCharsets.UTF_8);
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.charset = requireNonNull(charset, "charset");
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, toCharset(encoding));
    }

    private static Charset toCharset(String csn) throws UnsupportedEncodingException {
        requireNonNull(csn, "charsetName");
        if (!Charset.isSupported(csn)) {
            throw new UnsupportedEncodingException(csn);
        }
        return Charset.forName(csn);
    }

    private static <T> T requireNonNull(T obj, String message) {
        if (obj == null) {
            throw new NullPointerException(message);
        }
        return obj;
    }

    public Charset charset() {
        return charset;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    public synchronized void flush() {
        try {
            ensureOpen();
            out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    public synchronized void close() {
        if (!closing) {
            closing = true;
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException x) {
                trouble = true;
            }
            out = null;
        }
    }

    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public synchronized void write(int b) {
        try {
            ensureOpen();
            out.write(b);
            if (b == '\n' && autoFlush) {
                out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public synchronized void write(byte[] buf, int off, int len) {
        try {
            ensureOpen();
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public synchronized void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public synchronized void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    /** Encodes s (after any pending high surrogate), writes it, flushes if autoFlush. */
    private void writeText(String s) {
        if (pendingHigh != 0) {
            s = pendingHigh + s;
            pendingHigh = 0;
        }
        int n = s.length();
        if (n > 0 && Character.isHighSurrogate(s.charAt(n - 1))) {
            pendingHigh = s.charAt(n - 1);
            s = s.substring(0, n - 1);
        }
        try {
            ensureOpen();
            byte[] bytes = s.getBytes(charset);
            out.write(bytes, 0, bytes.length);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void newLine() {
        writeText(System.lineSeparator());
    }

    public synchronized void print(boolean b) {
        writeText(String.valueOf(b));
    }

    public synchronized void print(char c) {
        writeText(String.valueOf(c));
    }

    public synchronized void print(int i) {
        writeText(String.valueOf(i));
    }

    public synchronized void print(long l) {
        writeText(String.valueOf(l));
    }

    public synchronized void print(float f) {
        writeText(String.valueOf(f));
    }

    public synchronized void print(double d) {
        writeText(String.valueOf(d));
    }

    public synchronized void print(char[] s) {
        writeText(new String(s));
    }

    public synchronized void print(String s) {
        writeText(String.valueOf(s));
    }

    public synchronized void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    /** A subclass that overrides print sees println go through print, as in the JDK. */
    private boolean plain() {
        return getClass() == PrintStream.class;
    }

    public synchronized void println() {
        newLine();
    }

    public synchronized void println(boolean x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(char x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(int x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(long x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(float x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(double x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(char[] x) {
        if (plain()) {
            writeText(new String(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(String x) {
        if (plain()) {
            writeText(String.valueOf(x) + System.lineSeparator());
        } else {
            print(x);
            newLine();
        }
    }

    public synchronized void println(Object x) {
        String s = String.valueOf(x);
        if (plain()) {
            writeText(s + System.lineSeparator());
        } else {
            print(s);
            newLine();
        }
    }

    public synchronized PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public synchronized PrintStream format(String format, Object... args) {
        try {
            ensureOpen();
            new java.util.Formatter((Appendable) this).format(format, args);
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }

    public synchronized PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public synchronized PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    public synchronized PrintStream append(char c) {
        print(c);
        return this;
    }
}
