package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;

/**
 * printf-style formatting, written from the JDK 25 javadoc of java.util.Formatter and checked
 * against HotSpot. The locale is fixed: digits, '.' and ',' grouping in threes, as in Locale.ROOT /
 * Locale.US. Covered: %b %h %s %c %d %o %x %e %f %g %a %% %n and their upper-case forms, explicit
 * ("2$") and relative ("<") argument indexes, width, precision, the flags - # + space 0 , ( and the
 * JDK's exceptions for every illegal combination. Integral arguments: Byte, Short, Integer, Long;
 * floating: Float, Double (BigInteger/BigDecimal do not exist here). Omitted: Formattable, Locale
 * overloads, file/stream constructors, and date/time (%t) values (a %t with a Long argument throws
 * UnsupportedOperationException; every parse-time check and argument-type check still matches).
 *
 * <p>As on the JDK the whole format string is parsed (and checked) before anything is appended; then
 * each piece is appended in turn, so output before a failing argument reaches the destination.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private IOException lastException;
    private boolean closed;

    public Formatter() {
        this.a = new StringBuilder();
    }

    public Formatter(Appendable a) {
        this.a = a == null ? new StringBuilder() : a;
    }

    public Formatter(PrintStream ps) {
        this.a = Objects.requireNonNull(ps);
    }

    private void ensureOpen() {
        if (closed) {
            throw new FormatterClosedException();
        }
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable f) {
            try {
                f.flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (a instanceof Closeable c) {
            try {
                c.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        ensureOpen();
        Object[] pieces = parse(format);
        int last = -1;     // index of the argument used last, for '<'
        int ordinary = -1; // index of the argument used by the last ordinary specifier
        for (Object piece : pieces) {
            if (piece == null) {
                break;
            }
            if (piece instanceof String text) {
                append(text);
                continue;
            }
            FormatterSpec fs = (FormatterSpec) piece;
            Object arg = null;
            switch (fs.index) {
                case -2 -> { }
                case -1 -> {
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                    arg = args == null ? null : args[last];
                }
                case 0 -> {
                    ordinary++;
                    last = ordinary;
                    if (args != null && ordinary > args.length - 1) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                    arg = args == null ? null : args[ordinary];
                }
                default -> {
                    last = fs.index - 1;
                    if (args != null && last > args.length - 1) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                    arg = args == null ? null : args[last];
                }
            }
            append(FormatterPrinter.print(fs, arg));
        }
        return this;
    }

    private void append(String s) {
        try {
            a.append(s);
        } catch (IOException e) {
            lastException = e;
        }
    }

    /** Splits the format into fixed-text Strings and FormatterSpecs (null-terminated when short). */
    private static Object[] parse(String s) {
        if (s == null) {
            // HotSpot's helpful message for its own parser's first use of the format string.
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        }
        Object[] out = new Object[8];
        int n = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int p = s.indexOf('%', i);
            Object piece;
            if (p != i) {
                int e = p < 0 ? max : p;
                piece = s.substring(i, e);
                i = e;
            } else if (p + 1 >= max) {
                throw new UnknownFormatConversionException("%");
            } else {
                FormatterSpec fs = FormatterSpec.parse(s, p + 1);
                piece = fs;
                i = fs.end;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * n);
            }
            out[n++] = piece;
        }
        return out;
    }
}
