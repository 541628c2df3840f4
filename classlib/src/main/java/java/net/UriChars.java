package java.net;

import java.nio.charset.StandardCharsets;

/**
 * The character classes of RFC 2396 (with RFC 2732's brackets) as java.net.URI uses them, and the
 * escaping helpers shared by the parser and the URI value class.
 *
 * A class is a set of US-ASCII characters, held as two 64-bit masks (characters 0-63 and 64-127),
 * plus a flag saying whether the component also admits escaped octets ("%XX") and visible
 * non-US-ASCII characters (those that are neither space nor ISO control characters), which the JDK
 * allows everywhere RFC 2396 allows escapes.
 */
final class UriChars {
    final long low;
    final long high;
    final boolean escapes;

    private UriChars(long low, long high, boolean escapes) {
        this.low = low;
        this.high = high;
        this.escapes = escapes;
    }

    private static UriChars of(String chars) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 64) {
                lo |= 1L << c;
            } else {
                hi |= 1L << (c - 64);
            }
        }
        return new UriChars(lo, hi, false);
    }

    private static UriChars range(char first, char last) {
        StringBuilder sb = new StringBuilder();
        for (char c = first; c <= last; c++) {
            sb.append(c);
        }
        return of(sb.toString());
    }

    UriChars or(UriChars other) {
        return new UriChars(low | other.low, high | other.high, escapes || other.escapes);
    }

    private UriChars withEscapes() {
        return new UriChars(low, high, true);
    }

    /** True if c is one of this class's US-ASCII characters (never NUL). */
    boolean has(char c) {
        if (c == 0 || c >= 128) {
            return false;
        }
        return c < 64 ? (low & (1L << c)) != 0 : (high & (1L << (c - 64))) != 0;
    }

    static final UriChars DIGIT = range('0', '9');
    static final UriChars ALPHA = range('A', 'Z').or(range('a', 'z'));
    static final UriChars ALPHANUM = ALPHA.or(DIGIT);
    static final UriChars HEX = DIGIT.or(range('A', 'F')).or(range('a', 'f'));
    static final UriChars DIGIT_DOT = DIGIT.or(of("."));
    static final UriChars ALPHANUM_DASH = ALPHANUM.or(of("-"));
    static final UriChars SCHEME = ALPHANUM.or(of("+-."));
    static final UriChars UNRESERVED = ALPHANUM.or(of("-_.!~*'()"));
    static final UriChars RESERVED = of(";/?:@&=+$,[]");
    /** Any character of a URI: query, fragment, opaque part. */
    static final UriChars URIC = RESERVED.or(UNRESERVED).withEscapes();
    static final UriChars PCHAR = UNRESERVED.or(of(":@&=+$,")).withEscapes();
    static final UriChars PATH = PCHAR.or(of(";/"));
    static final UriChars USERINFO = UNRESERVED.or(of(";:&=+$,")).withEscapes();
    static final UriChars REG_NAME = UNRESERVED.or(of("$,;:@&=+")).withEscapes();
    static final UriChars SERVER = USERINFO.or(ALPHANUM).or(of("-.:@[]"));
    /** Server characters when a '%' may start an IPv6 scope id rather than an escape. */
    static final UriChars SERVER_PERCENT = SERVER.or(of("%"));
    static final UriChars SCOPE_ID = ALPHANUM.or(of("_."));
    /** What the multi-argument constructors leave unquoted in an authority. */
    static final UriChars AUTHORITY = REG_NAME.or(SERVER);

    /** Visible non-US-ASCII characters stand for themselves where escapes are allowed. */
    static boolean isOtherVisible(char c) {
        return c > 128 && !Character.isSpaceChar(c) && !Character.isISOControl(c);
    }

    static boolean isHex(char c) {
        return HEX.has(c);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c - 'A' + 10;
    }

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    static void appendEscape(StringBuilder sb, int b) {
        sb.append('%').append(HEX_DIGITS[(b >> 4) & 0xf]).append(HEX_DIGITS[b & 0xf]);
    }

    /**
     * Escapes the characters of s that the class does not admit: US-ASCII ones as one octet, and
     * (where the class admits non-US-ASCII at all) non-US-ASCII space and control characters as
     * their UTF-8 octets. Returns s itself when nothing needed escaping.
     */
    static String quote(String s, UriChars allowed) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape;
            if (c < 128) {
                escape = !allowed.has(c);
            } else {
                escape = allowed.escapes && (Character.isSpaceChar(c) || Character.isISOControl(c));
            }
            if (escape && sb == null) {
                sb = new StringBuilder(s.length() + 16);
                sb.append(s, 0, i);
            }
            if (!escape) {
                if (sb != null) {
                    sb.append(c);
                }
            } else if (c < 128) {
                appendEscape(sb, c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    appendEscape(sb, b & 0xff);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Decodes the escaped octets of a parsed component: each run of escapes is decoded as UTF-8,
     * malformed sequences becoming U+FFFD. Where ignoreInBrackets is set, a '%' between '[' and
     * ']' (an IPv6 scope id) is left alone.
     */
    static String decode(String s, boolean ignoreInBrackets) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        byte[] octets = new byte[n / 3];
        boolean inBrackets = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            }
            if (c != '%' || (inBrackets && ignoreInBrackets)) {
                sb.append(c);
                i++;
                continue;
            }
            int count = 0;
            while (i + 2 < n && s.charAt(i) == '%') {
                octets[count++] = (byte) (hexValue(s.charAt(i + 1)) << 4 | hexValue(s.charAt(i + 2)));
                i += 3;
            }
            if (count == 0) {
                // a lone '%' cannot come out of the parser; keep it rather than loop
                sb.append(c);
                i++;
            } else {
                sb.append(new String(octets, 0, count, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
