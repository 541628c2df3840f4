package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * HTML form encoding (application/x-www-form-urlencoded): letters, digits and "-_.*" stay, a
 * space becomes '+', and every other run of characters becomes the "%XX" escapes (upper-case hex)
 * of its bytes in the given charset. The run is encoded at once, so a surrogate pair is one
 * character; what the charset cannot encode (a lone surrogate too) becomes '?', as in getBytes.
 */
public class URLEncoder {
    private URLEncoder() {
    }

    /** Encodes with the default charset (UTF-8). */
    @Deprecated
    public static String encode(String s) {
        return encode(s, Charset.defaultCharset());
    }

    public static String encode(String s, String enc) throws UnsupportedEncodingException {
        if (enc == null) {
            throw new NullPointerException("charsetName");
        }
        return encode(s, URLEncoder.charsetNamed(enc));
    }

    public static String encode(String s, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        int n = s.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (staysAsIs(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
                out.append(s, 0, i);
            }
            if (c == ' ') {
                out.append('+');
                i++;
                continue;
            }
            int end = i;
            do {
                end++;
            } while (end < n && !staysAsIs(s.charAt(end)) && s.charAt(end) != ' ');
            for (byte b : s.substring(i, end).getBytes(charset)) {
                UriChars.appendEscape(out, b & 0xff);
            }
            i = end;
        }
        return out == null ? s : out.toString();
    }

    /** The charset of a name, or the checked exception both URLEncoder and URLDecoder throw. */
    static Charset charsetNamed(String enc) throws UnsupportedEncodingException {
        try {
            return Charset.forName(enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(enc);
        }
    }

    private static boolean staysAsIs(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '*';
    }
}
