package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;

/**
 * A text scanner (JDK 25 javadoc) with the default delimiter only: tokens are separated by
 * Character.isWhitespace characters, lines end at \r\n, \n, \r, \u2028, \u2029 or \u0085.
 * Numbers follow the JDK's default-locale ("en") syntax: optional + or -, digits with optional
 * groups of three separated by ',', and for floating values '.' fractions, e/E exponents, NaN and
 * Infinity; any Unicode decimal digits are accepted. A token of the wrong form throws
 * InputMismatchException and is not consumed.
 * Omitted (build errors if used): useDelimiter, pattern and regex methods (findInLine, skip,
 * hasNext(String)...), radix variants, locales, tokens()/findAll streams, Scanner(Readable/File/Path).
 */
public final class Scanner implements Iterator<String>, Closeable {
    private final Reader source;
    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private boolean eof;
    private boolean closed;
    private IOException lastException;

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")));
    }

    public Scanner(InputStream source, String charsetName) {
        this(reader(Objects.requireNonNull(source, "source"), charsetName));
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), charset));
    }

    public Scanner(String source) {
        this(new StringReader(source));
    }

    private Scanner(Reader r) {
        this.source = r;
    }

    private static Reader reader(InputStream in, String charsetName) {
        Objects.requireNonNull(charsetName, "charsetName");
        try {
            return new InputStreamReader(in, charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalArgumentException(charsetName);
        }
    }

    // ---- buffer ----

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("Scanner closed");
    }

    /** Drops consumed text so the buffer holds about one token or line. */
    private void compact() {
        if (pos > 8192) {
            buf.delete(0, pos);
            pos = 0;
        }
    }

    /** True if the char at index i of the buffer exists, reading more input as needed. */
    private boolean has(int i) {
        while (i >= buf.length() && !eof) {
            char[] chunk = new char[1024];
            try {
                int n = source.read(chunk, 0, chunk.length);
                if (n < 0) eof = true; else buf.append(chunk, 0, n);
            } catch (IOException e) {
                lastException = e;
                eof = true;
            }
        }
        return i < buf.length();
    }

    /** Start and end (relative to pos) of the next token, or null if there is none. */
    private int[] token() {
        ensureOpen();
        compact();
        int i = 0;
        while (has(pos + i) && Character.isWhitespace(buf.charAt(pos + i))) i++;
        if (!has(pos + i)) return null;
        int start = i;
        while (has(pos + i) && !Character.isWhitespace(buf.charAt(pos + i))) i++;
        return new int[] {start, i};
    }

    private String text(int[] t) { return buf.substring(pos + t[0], pos + t[1]); }

    public boolean hasNext() { return token() != null; }

    public String next() {
        int[] t = token();
        if (t == null) throw new NoSuchElementException();
        String s = text(t);
        pos += t[1];
        return s;
    }

    public boolean hasNextLine() {
        ensureOpen();
        return has(pos);
    }

    public String nextLine() {
        ensureOpen();
        compact();
        if (!has(pos)) throw new NoSuchElementException("No line found");
        int i = pos;
        while (has(i)) {
            char c = buf.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String line = buf.substring(pos, i);
                int end = i + 1;
                if (c == '\r' && has(end) && buf.charAt(end) == '\n') end++;
                pos = end;
                return line;
            }
            i++;
        }
        String line = buf.substring(pos);
        pos = buf.length();
        return line;
    }

    // ---- numbers ----

    /** Sign and ASCII digits of an integer token ("-123"), or null if the token is not one. */
    private static String integerDigits(String s) {
        int i = 0;
        StringBuilder sb = new StringBuilder();
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            if (s.charAt(0) == '-') sb.append('-');
            i = 1;
        }
        int end = numeral(s, i, sb);
        return end == s.length() && end > i ? sb.toString() : null;
    }

    /**
     * Scans digits+ or d{1,3}(,ddd)+ from i, appending ASCII digits to sb; returns the end index
     * (i if there is no numeral).
     */
    private static int numeral(String s, int i, StringBuilder sb) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        if (j == i) return i;
        int end = j;
        if (j - i <= 3) { // maybe grouped
            int k = j;
            while (k + 4 <= s.length() && s.charAt(k) == ',' && allDigits(s, k + 1, k + 4)
                    && (k + 4 == s.length() || !Character.isDigit(s.charAt(k + 4)))) {
                k += 4;
            }
            end = k;
        }
        for (int p = i; p < end; p++) {
            char c = s.charAt(p);
            if (c != ',') sb.append((char) ('0' + Character.digit(c, 10)));
        }
        return end;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Java double syntax of a floating token ("-1.5e3", "NaN"), or null if the token is not one. */
    private static String decimalDigits(String s, boolean allowSpecial) {
        int i = 0;
        StringBuilder sb = new StringBuilder();
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            if (s.charAt(0) == '-') sb.append('-');
            i = 1;
        }
        String rest = s.substring(i);
        if (allowSpecial && (rest.equals("NaN") || rest.equals("Infinity"))) return sb.append(rest).toString();
        int j = numeral(s, i, sb);
        boolean digits = j > i;
        if (j < s.length() && s.charAt(j) == '.') {
            sb.append('.');
            int k = j + 1;
            while (k < s.length() && Character.isDigit(s.charAt(k))) sb.append((char) ('0' + Character.digit(s.charAt(k++), 10)));
            digits |= k > j + 1;
            j = k;
        }
        if (!digits) return null;
        if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            sb.append('E');
            int k = j + 1;
            if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) sb.append(s.charAt(k++));
            int d = k;
            while (k < s.length() && Character.isDigit(s.charAt(k))) sb.append((char) ('0' + Character.digit(s.charAt(k++), 10)));
            if (k == d) return null;
            j = k;
        }
        return j == s.length() ? sb.toString() : null;
    }

    /** Parses the next token with `parse`; mismatches and range errors leave it unconsumed. */
    private <T> T nextNumber(boolean integer, java.util.function.Function<String, T> parse) {
        int[] t = token();
        if (t == null) throw new NoSuchElementException();
        String s = integer ? integerDigits(text(t)) : decimalDigits(text(t), true);
        if (s == null) throw new InputMismatchException();
        T v;
        try {
            v = parse.apply(s);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
        pos += t[1];
        return v;
    }

    private boolean hasNextNumber(boolean integer, java.util.function.Function<String, ?> parse) {
        int[] t = token();
        if (t == null) return false;
        String s = integer ? integerDigits(text(t)) : decimalDigits(text(t), true);
        if (s == null) return false;
        try {
            parse.apply(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double parseDouble(String s) {
        if (s.endsWith("NaN")) return Double.NaN;
        if (s.endsWith("Infinity")) return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return Double.parseDouble(s);
    }

    public boolean hasNextInt() { return hasNextNumber(true, Integer::parseInt); }

    public int nextInt() { return nextNumber(true, Integer::parseInt); }

    public boolean hasNextLong() { return hasNextNumber(true, Long::parseLong); }

    public long nextLong() { return nextNumber(true, Long::parseLong); }

    public boolean hasNextShort() { return hasNextNumber(true, Short::parseShort); }

    public short nextShort() { return nextNumber(true, Short::parseShort); }

    public boolean hasNextByte() { return hasNextNumber(true, Byte::parseByte); }

    public byte nextByte() { return nextNumber(true, Byte::parseByte); }

    public boolean hasNextBigInteger() { return hasNextNumber(true, BigInteger::new); }

    public BigInteger nextBigInteger() { return nextNumber(true, BigInteger::new); }

    public boolean hasNextDouble() { return hasNextNumber(false, Scanner::parseDouble); }

    public double nextDouble() { return nextNumber(false, Scanner::parseDouble); }

    public boolean hasNextFloat() { return hasNextNumber(false, s -> (float) parseDouble(s)); }

    public float nextFloat() { return nextNumber(false, s -> s.endsWith("NaN") || s.endsWith("Infinity") ? (float) parseDouble(s) : Float.parseFloat(s)); }

    public boolean hasNextBigDecimal() {
        int[] t = token();
        return t != null && decimalDigits(text(t), false) != null;
    }

    public BigDecimal nextBigDecimal() {
        int[] t = token();
        if (t == null) throw new NoSuchElementException();
        String s = decimalDigits(text(t), false);
        if (s == null) throw new InputMismatchException();
        pos += t[1];
        return new BigDecimal(s);
    }

    public boolean hasNextBoolean() {
        int[] t = token();
        return t != null && isBoolean(text(t));
    }

    public boolean nextBoolean() {
        int[] t = token();
        if (t == null) throw new NoSuchElementException();
        String s = text(t);
        if (!isBoolean(s)) throw new InputMismatchException();
        pos += t[1];
        return s.equalsIgnoreCase("true");
    }

    private static boolean isBoolean(String s) { return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"); }

    // ---- misc ----

    public void remove() { throw new UnsupportedOperationException(); }

    public IOException ioException() { return lastException; }

    public void close() {
        if (closed) return;
        try {
            source.close();
        } catch (IOException e) {
            lastException = e;
        }
        closed = true;
    }
}
