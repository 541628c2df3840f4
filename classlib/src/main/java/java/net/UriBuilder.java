package java.net;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Builds URI strings: from the arguments of URI's multi-argument constructors (quoting what each
 * component does not admit), from the components of a computed URI, and the US-ASCII form.
 */
final class UriBuilder {
    private UriBuilder() {
    }

    /** The string the multi-argument constructors parse; opaquePart is the 3-argument form's ssp. */
    static String build(String scheme, String opaquePart, String authority, String userInfo, String host, int port,
                        String path, String query, String fragment) {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) {
            sb.append(scheme).append(':');
        }
        appendSchemeSpecificPart(sb, opaquePart, authority, userInfo, host, port, path, query);
        if (fragment != null) {
            sb.append('#').append(UriChars.quote(fragment, UriChars.URIC));
        }
        return sb.toString();
    }

    static void appendSchemeSpecificPart(StringBuilder sb, String opaquePart, String authority, String userInfo,
                                         String host, int port, String path, String query) {
        if (opaquePart != null) {
            if (opaquePart.startsWith("//[")) {
                // An IPv6 literal at the start is kept as it is. (As in the JDK, a part starting
                // "//[" without both ']' and ':' contributes nothing.)
                int end = opaquePart.indexOf(']');
                if (end != -1 && opaquePart.indexOf(':') != -1) {
                    sb.append(opaquePart, 0, end + 1);
                    sb.append(UriChars.quote(opaquePart.substring(end + 1), UriChars.URIC));
                }
            } else {
                sb.append(UriChars.quote(opaquePart, UriChars.URIC));
            }
            return;
        }
        appendAuthority(sb, authority, userInfo, host, port);
        if (path != null) {
            sb.append(UriChars.quote(path, UriChars.PATH));
        }
        if (query != null) {
            sb.append('?').append(UriChars.quote(query, UriChars.URIC));
        }
    }

    private static void appendAuthority(StringBuilder sb, String authority, String userInfo, String host, int port) {
        if (host != null) {
            sb.append("//");
            if (userInfo != null) {
                sb.append(UriChars.quote(userInfo, UriChars.USERINFO)).append('@');
            }
            appendHost(sb, host, port);
        } else if (authority != null) {
            sb.append("//");
            int end = authority.indexOf(']');
            if (authority.startsWith("[") && end != -1 && authority.indexOf(':') != -1) {
                // an IPv6 literal is kept as it is; only what follows it is quoted
                sb.append(authority, 0, end + 1);
                sb.append(UriChars.quote(authority.substring(end + 1), UriChars.AUTHORITY));
            } else {
                sb.append(UriChars.quote(authority, UriChars.AUTHORITY));
            }
        }
    }

    /** host[:port], bracketing a bare IPv6 address. */
    private static void appendHost(StringBuilder sb, String host, int port) {
        boolean brackets = host.indexOf(':') >= 0 && !host.startsWith("[") && !host.endsWith("]");
        if (brackets) {
            sb.append('[');
        }
        sb.append(host);
        if (brackets) {
            sb.append(']');
        }
        if (port != -1) {
            sb.append(':').append(port);
        }
    }

    /** The string of a URI computed by normalize, resolve or relativize (components are already escaped). */
    static String fromComponents(URI u) {
        StringBuilder sb = new StringBuilder();
        if (u.scheme != null) {
            sb.append(u.scheme).append(':');
        }
        if (u.isOpaque()) {
            sb.append(u.getRawSchemeSpecificPart());
        } else {
            if (u.host != null) {
                sb.append("//");
                if (u.userInfo != null) {
                    sb.append(u.userInfo).append('@');
                }
                appendHost(sb, u.host, u.port);
            } else if (u.authority != null) {
                sb.append("//").append(u.authority);
            }
            if (u.path != null) {
                sb.append(u.path);
            }
            if (u.query != null) {
                sb.append('?').append(u.query);
            }
        }
        if (u.fragment != null) {
            sb.append('#').append(u.fragment);
        }
        return sb.toString();
    }

    /**
     * Replaces each non-US-ASCII character by the escaped octets of its UTF-8 form, after Unicode
     * normalization form C (which matters only for text with combining marks and the like).
     */
    static String encodeNonAscii(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        String ns = Normalizer.normalize(s, Normalizer.Form.NFC);
        for (int k = 0; k < ns.length(); k++) {
            char c = ns.charAt(k);
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && k + 1 < ns.length() && Character.isLowSurrogate(ns.charAt(k + 1)))
                    && !(Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(ns.charAt(k - 1)))) {
                // The JDK's strict encoder rejects a lone surrogate and toASCIIString then fails so.
                throw new NullPointerException(
                        "Cannot invoke \"java.nio.ByteBuffer.hasRemaining()\" because \"bb\" is null");
            }
        }
        StringBuilder sb = new StringBuilder(ns.length() + 16);
        for (byte b : ns.getBytes(StandardCharsets.UTF_8)) {
            if (b < 0) {
                UriChars.appendEscape(sb, b & 0xff);
            } else {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
