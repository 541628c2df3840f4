package java.util;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * java.util.HexFormat, written from the javadoc: of/ofDelimiter, the with* builders, formatHex,
 * parseHex (with the JDK's messages for bad input), toHexDigits, toHigh/LowHexDigit,
 * isHexDigit, fromHexDigit(s), fromHexDigitsToLong, equals/hashCode/toString.
 */
public final class HexFormat {
    private static final String LOWER = "0123456789abcdef";
    private static final String UPPER = "0123456789ABCDEF";
    private static final HexFormat HEX_FORMAT = new HexFormat("", "", "", LOWER);

    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final String digits;

    private HexFormat(String delimiter, String prefix, String suffix, String digits) {
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.digits = digits;
    }

    public static HexFormat of() {
        return HEX_FORMAT;
    }

    public static HexFormat ofDelimiter(String delimiter) {
        return new HexFormat(delimiter, "", "", LOWER);
    }

    public HexFormat withDelimiter(String delimiter) {
        return new HexFormat(delimiter, prefix, suffix, digits);
    }

    public HexFormat withPrefix(String prefix) {
        return new HexFormat(delimiter, prefix, suffix, digits);
    }

    public HexFormat withSuffix(String suffix) {
        return new HexFormat(delimiter, prefix, suffix, digits);
    }

    public HexFormat withUpperCase() {
        return this == HEX_FORMAT ? new HexFormat("", "", "", UPPER) : new HexFormat(delimiter, prefix, suffix, UPPER);
    }

    public HexFormat withLowerCase() {
        return new HexFormat(delimiter, prefix, suffix, LOWER);
    }

    public String delimiter() {
        return delimiter;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public boolean isUpperCase() {
        return digits == UPPER;
    }

    public String formatHex(byte[] bytes) {
        return formatHex(bytes, 0, bytes.length);
    }

    public String formatHex(byte[] bytes, int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        StringBuilder sb = new StringBuilder();
        for (int i = fromIndex; i < toIndex; i++) {
            if (i > fromIndex) {
                sb.append(delimiter);
            }
            sb.append(prefix).append(toHighHexDigit(bytes[i])).append(toLowHexDigit(bytes[i])).append(suffix);
        }
        return sb.toString();
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes) {
        return formatHex(out, bytes, 0, bytes.length);
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes, int fromIndex, int toIndex) {
        Objects.requireNonNull(out, "out");
        Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        try {
            if (fromIndex < toIndex && prefix.isEmpty() && suffix.isEmpty()) {
                out.append(formatHex(bytes, fromIndex, toIndex));
                return out;
            }
            for (int i = fromIndex; i < toIndex; i++) {
                if (i > fromIndex) {
                    out.append(delimiter);
                }
                out.append(prefix);
                out.append(toHighHexDigit(bytes[i]));
                out.append(toLowHexDigit(bytes[i]));
                out.append(suffix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    public byte[] parseHex(CharSequence string) {
        return parseHex(string, 0, string.length());
    }

    public byte[] parseHex(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        return parse(string.subSequence(fromIndex, toIndex).toString());
    }

    public byte[] parseHex(char[] chars, int fromIndex, int toIndex) {
        Objects.requireNonNull(chars, "chars");
        Objects.checkFromToIndex(fromIndex, toIndex, chars.length);
        return parse(new String(chars, fromIndex, toIndex - fromIndex));
    }

    private byte[] parse(String s) {
        int len = s.length();
        if (len == 0) {
            return new byte[0];
        }
        if (delimiter.isEmpty() && prefix.isEmpty() && suffix.isEmpty()) {
            if ((len & 1) != 0) {
                throw new IllegalArgumentException("string length not even: " + len);
            }
            byte[] out = new byte[len / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) fromHexDigits(s, 2 * i, 2 * i + 2);
            }
            return out;
        }
        int stride = prefix.length() + 2 + suffix.length() + delimiter.length();
        if ((len + delimiter.length()) % stride != 0) {
            throw new IllegalArgumentException("extra or missing delimiters or values consisting of prefix, "
                    + "two hexadecimal digits, and suffix");
        }
        int n = (len + delimiter.length()) / stride;
        byte[] out = new byte[n];
        String between = suffix + delimiter + prefix;
        checkLiteral(s, 0, prefix);
        int pos = prefix.length();
        for (int i = 0; i < n; i++) {
            out[i] = (byte) fromHexDigits(s, pos, pos + 2);
            pos += 2;
            String lit = i == n - 1 ? suffix : between;
            checkLiteral(s, pos, lit);
            pos += lit.length();
        }
        return out;
    }

    private static void checkLiteral(String s, int index, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            char ch = s.charAt(index + i);
            if (ch != expected.charAt(i)) {
                throw new IllegalArgumentException("found: \"" + s.substring(index, index + expected.length())
                        + "\", expected: \"" + expected + "\", index: " + index + " ch: " + (int) ch);
            }
        }
    }

    public char toLowHexDigit(int value) {
        return digits.charAt(value & 0xf);
    }

    public char toHighHexDigit(int value) {
        return digits.charAt((value >> 4) & 0xf);
    }

    public <A extends Appendable> A toHexDigits(A out, byte value) {
        Objects.requireNonNull(out, "out");
        try {
            out.append(toHighHexDigit(value));
            out.append(toLowHexDigit(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    private String hex(long value, int n) {
        char[] buf = new char[n];
        for (int i = n - 1; i >= 0; i--) {
            buf[i] = digits.charAt((int) (value & 0xf));
            value >>>= 4;
        }
        return new String(buf);
    }

    public String toHexDigits(byte value) {
        return hex(value, 2);
    }

    public String toHexDigits(char value) {
        return hex(value, 4);
    }

    public String toHexDigits(short value) {
        return hex(value, 4);
    }

    public String toHexDigits(int value) {
        return hex(value, 8);
    }

    public String toHexDigits(long value) {
        return hex(value, 16);
    }

    public String toHexDigits(long value, int digits) {
        if (digits < 0 || digits > 16) {
            throw new IllegalArgumentException("number of digits: " + digits);
        }
        return hex(value, digits);
    }

    public static boolean isHexDigit(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    public static int fromHexDigit(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        throw new NumberFormatException("not a hexadecimal digit: \"" + (char) ch + "\" = " + ch);
    }

    public static int fromHexDigits(CharSequence string) {
        return fromHexDigits(string, 0, string.length());
    }

    public static int fromHexDigits(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        int len = toIndex - fromIndex;
        if (len > 8) {
            throw new IllegalArgumentException("string length greater than 8: " + len);
        }
        int v = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            v = (v << 4) | fromHexDigit(string.charAt(i));
        }
        return v;
    }

    public static long fromHexDigitsToLong(CharSequence string) {
        return fromHexDigitsToLong(string, 0, string.length());
    }

    public static long fromHexDigitsToLong(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        int len = toIndex - fromIndex;
        if (len > 16) {
            throw new IllegalArgumentException("string length greater than 16: " + len);
        }
        long v = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            v = (v << 4) | fromHexDigit(string.charAt(i));
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexFormat f && f.digits == digits && f.delimiter.equals(delimiter)
                && f.prefix.equals(prefix) && f.suffix.equals(suffix);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(delimiter, prefix, suffix) + Boolean.hashCode(digits == UPPER);
    }

    @Override
    public String toString() {
        return "uppercase: " + (digits == UPPER) + ", delimiter: \"" + delimiter + "\", prefix: \"" + prefix
                + "\", suffix: \"" + suffix + "\"";
    }
}
