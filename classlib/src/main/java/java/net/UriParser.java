package java.net;

/**
 * Parses a URI string the way java.net.URI does: RFC 2396 with the JDK's deviations (IPv6
 * literals per RFC 2732, an empty authority before a path, an empty path, a '%' scope id in an
 * IPv6 literal). Errors are URISyntaxExceptions with the JDK's reasons and indexes.
 *
 * An authority is first tried as server-based (user info, host, port); if that fails and the
 * caller does not insist on a server, it is kept as a registry-based name when its characters
 * allow one.
 */
final class UriParser {
    private final String input;
    private final boolean requireServer;

    String scheme;
    /** Set for opaque URIs only; hierarchical ones compute it from the input when asked. */
    String schemeSpecificPart;
    String authority;
    String userInfo;
    String host;
    int port = -1;
    String path;
    String query;
    String fragment;

    /** Octets of the IPv6 literal counted so far (hex pieces are 2, an IPv4 tail is 4). */
    private int ipv6Bytes;

    private UriParser(String input, boolean requireServer) {
        this.input = input;
        this.requireServer = requireServer;
    }

    static UriParser parse(String input, boolean requireServer) throws URISyntaxException {
        if (input == null) {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"this.input\" is null");
        }
        UriParser p = new UriParser(input, requireServer);
        p.parseUri();
        return p;
    }

    // ---- failures

    private URISyntaxException error(String reason, int index) {
        return new URISyntaxException(reportedInput(input), reason, index);
    }

    /**
     * The input as JDK 25 reports it in a syntax error (its enhanced exception text, which the
     * default security configuration, jdk.includeInExceptions=hostInfoExclSocket, turns on): runs
     * of U+0020 spaces shrink to one and none is left at either end; other white space stays.
     * Indexes still count in the original input.
     */
    static String reportedInput(String input) {
        StringBuilder sb = new StringBuilder(input.length());
        boolean afterSpace = true;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' && afterSpace) {
                continue;
            }
            afterSpace = c == ' ';
            sb.append(c);
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private URISyntaxException expected(String what, int index) {
        return error("Expected " + what, index);
    }

    // ---- scanning primitives

    private boolean at(int p, int end, char c) {
        return p < end && input.charAt(p) == c;
    }

    private boolean at(int p, int end, String s) {
        int n = s.length();
        if (p + n > end) {
            return false;
        }
        return input.startsWith(s, p);
    }

    /** Index of the first char of stops in [start, end), or end; -1 if a char of errs comes first. */
    private int scanTo(int start, int end, String errs, String stops) {
        for (int p = start; p < end; p++) {
            char c = input.charAt(p);
            if (errs.indexOf(c) >= 0) {
                return -1;
            }
            if (stops.indexOf(c) >= 0) {
                return p;
            }
        }
        return end;
    }

    /** start + 1 if the char at start is c, else start. */
    private int skip(int start, int end, char c) {
        return at(start, end, c) ? start + 1 : start;
    }

    /**
     * End of the longest run from start of characters in the class (with escapes and visible
     * non-US-ASCII characters where the class admits them). A '%' not followed by two hex digits
     * in such a class is an error.
     */
    private int scan(int start, int end, UriChars cls) throws URISyntaxException {
        int p = start;
        while (p < end) {
            char c = input.charAt(p);
            if (cls.has(c)) {
                p++;
            } else if (cls.escapes && c == '%') {
                if (p + 3 <= end && UriChars.isHex(input.charAt(p + 1)) && UriChars.isHex(input.charAt(p + 2))) {
                    p += 3;
                } else {
                    throw error("Malformed escape pair", p);
                }
            } else if (cls.escapes && UriChars.isOtherVisible(c)) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private void checkChars(int start, int end, UriChars cls, String what) throws URISyntaxException {
        int p = scan(start, end, cls);
        if (p < end) {
            throw error("Illegal character in " + what, p);
        }
    }

    // ---- URI = [scheme ":"] (hierarchical | opaque) ["#" fragment]

    private void parseUri() throws URISyntaxException {
        int n = input.length();
        int p = scanTo(0, n, "/?#", ":");
        if (p >= 0 && at(p, n, ':')) {
            if (p == 0) {
                throw expected("scheme name", 0);
            }
            checkChars(0, 1, UriChars.ALPHA, "scheme name");
            checkChars(1, p, UriChars.SCHEME, "scheme name");
            scheme = input.substring(0, p);
            p++;
            if (at(p, n, '/')) {
                p = parseHierarchical(p, n);
            } else {
                int q = scanTo(p, n, "", "#");
                if (q <= p) {
                    throw expected("scheme-specific part", p);
                }
                checkChars(p, q, UriChars.URIC, "opaque part");
                schemeSpecificPart = input.substring(p, q);
                p = q;
            }
        } else {
            p = parseHierarchical(0, n);
        }
        if (at(p, n, '#')) {
            checkChars(p + 1, n, UriChars.URIC, "fragment");
            fragment = input.substring(p + 1, n);
            p = n;
        }
        if (p < n) {
            // the hierarchical part stops only at '#' or the end, so this cannot happen
            throw error("end of URI", p);
        }
    }

    /** ["//" authority] path ["?" query]; the path may be empty. */
    private int parseHierarchical(int start, int n) throws URISyntaxException {
        int p = start;
        if (at(p, n, '/') && at(p + 1, n, '/')) {
            p += 2;
            int q = scanTo(p, n, "", "/?#");
            if (q > p) {
                p = parseAuthority(p, q);
            } else if (q >= n) {
                // an empty authority is allowed only before a path, query or fragment
                throw expected("authority", p);
            }
        }
        int q = scanTo(p, n, "", "?#");
        checkChars(p, q, UriChars.PATH, "path");
        path = input.substring(p, q);
        p = q;
        if (at(p, n, '?')) {
            p++;
            q = scanTo(p, n, "", "#");
            checkChars(p, q, UriChars.URIC, "query");
            query = input.substring(p, q);
            p = q;
        }
        return p;
    }

    // ---- authority = server | reg_name

    private int parseAuthority(int start, int n) throws URISyntaxException {
        // Unless the authority starts with ']', a '%' may belong to an IPv6 scope id.
        boolean serverChars;
        if (scanTo(start, n, "", "]") > start) {
            serverChars = scan(start, n, UriChars.SERVER_PERCENT) == n;
        } else {
            serverChars = scan(start, n, UriChars.SERVER) == n;
        }
        int regEnd = scan(start, n, UriChars.REG_NAME);
        boolean regChars = regEnd == n;

        if (regChars && !serverChars) {
            authority = input.substring(start, n);
            return n;
        }

        int q = start;
        URISyntaxException serverError = null;
        if (serverChars) {
            try {
                q = parseServer(start, n);
                if (q < n) {
                    throw expected("end of authority", q);
                }
                authority = input.substring(start, n);
            } catch (URISyntaxException x) {
                userInfo = null;
                host = null;
                port = -1;
                if (requireServer) {
                    throw x;
                }
                serverError = x;
                q = start;
            }
        }
        if (q < n) {
            if (regChars) {
                authority = input.substring(start, n);
            } else if (serverError != null) {
                throw serverError;
            } else {
                throw error("Illegal character in authority", serverChars ? q : regEnd);
            }
        }
        return n;
    }

    /** server = [userinfo "@"] host [":" port] */
    private int parseServer(int start, int n) throws URISyntaxException {
        int p = start;
        int q = scanTo(p, n, "/?#", "@");
        if (q >= p && at(q, n, '@')) {
            checkChars(p, q, UriChars.USERINFO, "user info");
            userInfo = input.substring(p, q);
            p = q + 1;
        }

        if (at(p, n, '[')) {
            p++;
            q = scanTo(p, n, "/?#", "]");
            if (q > p && at(q, n, ']')) {
                int percent = scanTo(p, q, "", "%");
                if (percent > p) {
                    parseIPv6(p, percent);
                    if (percent + 1 == q) {
                        throw new URISyntaxException(reportedInput(input), "scope id expected");
                    }
                    checkChars(percent + 1, q, UriChars.SCOPE_ID, "scope id");
                } else {
                    parseIPv6(p, q);
                }
                host = input.substring(p - 1, q + 1);
                p = q + 1;
            } else {
                throw expected("closing bracket for IPv6 address", q);
            }
        } else {
            q = parseIPv4Host(p, n);
            if (q <= p) {
                q = parseHostname(p, n);
            }
            p = q;
        }

        if (at(p, n, ':')) {
            p++;
            q = scanTo(p, n, "", "/");
            if (q > p) {
                checkChars(p, q, UriChars.DIGIT, "port number");
                port = parsePort(p, q);
                p = q;
            }
        }
        if (p < n) {
            throw expected("port number", p);
        }
        return p;
    }

    private int parsePort(int start, int end) throws URISyntaxException {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (input.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                throw error("Malformed port number", start);
            }
        }
        return (int) value;
    }

    // ---- IPv4

    /**
     * A dotted IPv4 address as the host: its end, or -1 (or start) if there is none. A malformed
     * one is not an error here; the text is then tried as a host name.
     */
    private int parseIPv4Host(int start, int n) {
        int p;
        try {
            p = scanIPv4(start, n, false);
        } catch (URISyntaxException x) {
            return -1;
        }
        if (p > start && p < n && input.charAt(p) != ':') {
            // only a port may follow an address
            p = -1;
        }
        if (p > start) {
            host = input.substring(start, p);
        }
        return p;
    }

    /**
     * Scans four dot-separated decimal octets. Returns -1 if there are no digits or dots at start
     * (or, when strict, if digits and dots do not reach n); fails if they do not form an address.
     */
    private int scanIPv4(int start, int n, boolean strict) throws URISyntaxException {
        int m = scan(start, n, UriChars.DIGIT_DOT);
        if (m <= start || (strict && m != n)) {
            return -1;
        }
        int p = start;
        int q = start;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                q = skip(p, m, '.');
                if (q <= p) {
                    throw error("Malformed IPv4 address", q);
                }
                p = q;
            }
            q = scanOctet(p, m);
            if (q <= p) {
                throw error("Malformed IPv4 address", q);
            }
            p = q;
        }
        if (q < m) {
            throw error("Malformed IPv4 address", q);
        }
        return q;
    }

    /** End of a decimal number no greater than 255 at start, or start if there is none. */
    private int scanOctet(int start, int end) throws URISyntaxException {
        int q = scan(start, end, UriChars.DIGIT);
        if (q <= start) {
            return q;
        }
        int value = 0;
        for (int i = start; i < q; i++) {
            value = value * 10 + (input.charAt(i) - '0');
            if (value > 255) {
                return start;
            }
        }
        return q;
    }

    // ---- IPv6 (RFC 2373 text forms, as RFC 2732 brackets them)

    private void parseIPv6(int start, int n) throws URISyntaxException {
        int p = start;
        boolean compressed = false;
        int q = scanHexPieces(p, n);
        if (q > p) {
            p = q;
            if (at(p, n, "::")) {
                compressed = true;
                p = scanAfterDoubleColon(p + 2, n);
            } else if (at(p, n, ':')) {
                p = takeIPv4(p + 1, n, "IPv4 address");
                ipv6Bytes += 4;
            }
        } else if (at(p, n, "::")) {
            compressed = true;
            p = scanAfterDoubleColon(p + 2, n);
        }
        if (p < n) {
            throw error("Malformed IPv6 address", start);
        }
        if (ipv6Bytes > 16) {
            throw error("IPv6 address too long", start);
        }
        if (!compressed && ipv6Bytes < 16) {
            throw error("IPv6 address too short", start);
        }
        if (compressed && ipv6Bytes == 16) {
            throw error("Malformed IPv6 address", start);
        }
    }

    /** What may follow "::": nothing, hex pieces (optionally ending in an IPv4 address), or an IPv4 address. */
    private int scanAfterDoubleColon(int start, int n) throws URISyntaxException {
        if (start == n) {
            return start;
        }
        int p = start;
        int q = scanHexPieces(p, n);
        if (q > p) {
            p = q;
            if (at(p, n, ':')) {
                p = takeIPv4(p + 1, n, "hex digits or IPv4 address");
                ipv6Bytes += 4;
            }
        } else {
            p = takeIPv4(p, n, "hex digits or IPv4 address");
            ipv6Bytes += 4;
        }
        return p;
    }

    /**
     * hex4 *(":" hex4), stopping before "::" and before a piece that is the start of an IPv4
     * address. Returns -1 if there is no leading piece.
     */
    private int scanHexPieces(int start, int n) throws URISyntaxException {
        int q = scan(start, n, UriChars.HEX);
        if (q <= start || at(q, n, '.')) {
            return -1;
        }
        if (q > start + 4) {
            throw error("IPv6 hexadecimal digit sequence too long", start);
        }
        ipv6Bytes += 2;
        int p = q;
        while (p < n && at(p, n, ':') && !at(p + 1, n, ':')) {
            p++;
            q = scan(p, n, UriChars.HEX);
            if (q <= p) {
                throw expected("digits for an IPv6 address", p);
            }
            if (at(q, n, '.')) {
                // this piece starts the IPv4 tail: leave its ':' for the caller
                p--;
                break;
            }
            if (q > p + 4) {
                throw error("IPv6 hexadecimal digit sequence too long", p);
            }
            ipv6Bytes += 2;
            p = q;
        }
        return p;
    }

    private int takeIPv4(int start, int n, String what) throws URISyntaxException {
        int p = scanIPv4(start, n, true);
        if (p <= start) {
            throw expected(what, start);
        }
        return p;
    }

    // ---- host names: labels of letters, digits and inner dashes; the last starts with a letter

    private int parseHostname(int start, int n) throws URISyntaxException {
        int p = start;
        int lastLabel = -1;
        do {
            int q = scan(p, n, UriChars.ALPHANUM);
            if (q <= p) {
                break;
            }
            lastLabel = p;
            p = q;
            q = scan(p, n, UriChars.ALPHANUM_DASH);
            if (q > p) {
                if (input.charAt(q - 1) == '-') {
                    throw error("Illegal character in hostname", q - 1);
                }
                p = q;
            }
            q = skip(p, n, '.');
            if (q <= p) {
                break;
            }
            p = q;
        } while (p < n);

        if (p < n && !at(p, n, ':')) {
            throw error("Illegal character in hostname", p);
        }
        if (lastLabel < 0) {
            throw expected("hostname", start);
        }
        if (lastLabel > start && !UriChars.ALPHA.has(input.charAt(lastLabel))) {
            throw error("Illegal character in hostname", lastLabel);
        }
        host = input.substring(start, p);
        return p;
    }
}
