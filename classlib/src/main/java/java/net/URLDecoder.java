package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.HexFormat;

/**
 * Decodes HTML form encoding: '+' is a space, and each run of "%XX" escapes is a byte sequence
 * decoded with the given charset (malformed input becomes U+FFFD). As in JDK 25, an escape's two
 * characters are read with HexFormat.fromHexDigits, whose message a bad digit's error carries.
 */
public class URLDecoder {
    private URLDecoder() {
    }

    /** Decodes with the default charset (UTF-8). */
    @Deprecated
    public static String decode(String s) {
        return decode(s, Charset.defaultCharset());
    }

    public static String decode(String s, String enc) throws UnsupportedEncodingException {
        if (enc == null) {
            throw new NullPointerException("Cannot invoke \"String.isEmpty()\" because \"enc\" is null");
        }
        if (enc.isEmpty()) {
            throw new UnsupportedEncodingException("URLDecoder: empty string enc parameter");
        }
        return decode(s, URLEncoder.charsetNamed(enc));
    }

    public static String decode(String s, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("Charset");
        }
        int n = s.length();
        StringBuilder out = null;
        byte[] bytes = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '+' && c != '%') {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
                out.append(s, 0, i);
            }
            if (c == '+') {
                out.append(' ');
                i++;
                continue;
            }
            if (bytes == null) {
                bytes = new byte[(n - i) / 3];
            }
            int count = 0;
            while (i + 2 < n && s.charAt(i) == '%') {
                try {
                    bytes[count++] = (byte) HexFormat.fromHexDigits(s, i + 1, i + 3);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "URLDecoder: Illegal hex characters in escape (%) pattern - " + e.getMessage());
                }
                i += 3;
            }
            if (i < n && s.charAt(i) == '%') {
                throw new IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern");
            }
            out.append(new String(bytes, 0, count, charset));
        }
        return out == null ? s : out.toString();
    }
}
