package java.net;

import java.io.Serializable;

/**
 * A URI reference as RFC 2396 (with RFC 2732's IPv6 literals) defines it, behaving as the JDK's
 * class does: the same parse results, error messages, quoting, normalization, resolution,
 * equality, hash codes and ordering. Parsing is in {@link UriParser}, character classes and
 * escaping in {@link UriChars}, path algorithms in {@link UriPaths}.
 *
 * A URI is opaque when it has a scheme and its scheme-specific part does not start with '/'
 * (then path is null); otherwise it is hierarchical, with an optional authority that is either
 * server-based (host, optional user info and port) or registry-based (just the authority text).
 *
 * Not provided: toURL (java.net.URL is not in Kiln's library) and Java serialization.
 */
public final class URI implements Comparable<URI>, Serializable {
    // Components as they appear in the URI string (still escaped); null when absent.
    String scheme;
    String fragment;
    String authority;
    String userInfo;
    String host;
    int port = -1;
    String path;
    String query;

    // Computed on demand.
    private String schemeSpecificPart;
    private String string;
    private int hash;
    /** Decoded components, cached as the JDK caches them; indexed by the D_ constants. */
    private String[] decoded;
    private static final int D_SSP = 0;
    private static final int D_AUTHORITY = 1;
    private static final int D_USER_INFO = 2;
    private static final int D_PATH = 3;
    private static final int D_QUERY = 4;
    private static final int D_FRAGMENT = 5;

    /** A URI with no components yet; normalize/resolve/relativize fill one in. */
    private URI() {
    }

    public URI(String str) throws URISyntaxException {
        adopt(UriParser.parse(str, false), str);
    }

    public URI(String scheme, String userInfo, String host, int port, String path, String query, String fragment)
            throws URISyntaxException {
        String s = UriBuilder.build(scheme, null, null, userInfo, host, port, path, query, fragment);
        checkPath(s, scheme, path);
        adopt(UriParser.parse(s, true), s);
    }

    public URI(String scheme, String authority, String path, String query, String fragment) throws URISyntaxException {
        String s = UriBuilder.build(scheme, null, authority, null, null, -1, path, query, fragment);
        checkPath(s, scheme, path);
        adopt(UriParser.parse(s, false), s);
    }

    public URI(String scheme, String host, String path, String fragment) throws URISyntaxException {
        this(scheme, null, host, -1, path, null, fragment);
    }

    public URI(String scheme, String ssp, String fragment) throws URISyntaxException {
        String s = UriBuilder.build(scheme, ssp, null, null, null, -1, null, null, fragment);
        adopt(UriParser.parse(s, false), s);
    }

    /** Like new URI(str), but a syntax error is an IllegalArgumentException with the same message. */
    public static URI create(String str) {
        try {
            return new URI(str);
        } catch (URISyntaxException x) {
            throw new IllegalArgumentException(x.getMessage(), x);
        }
    }

    private static void checkPath(String s, String scheme, String path) throws URISyntaxException {
        if (scheme != null && path != null && !path.isEmpty() && path.charAt(0) != '/') {
            throw new URISyntaxException(UriParser.reportedInput(s), "Relative path in absolute URI");
        }
    }

    private void adopt(UriParser p, String s) {
        string = s;
        scheme = p.scheme;
        schemeSpecificPart = p.schemeSpecificPart;
        authority = p.authority;
        userInfo = p.userInfo;
        host = p.host;
        port = p.port;
        path = p.path;
        query = p.query;
        fragment = p.fragment;
    }

    /**
     * Re-parses a registry-based authority as server-based, failing with the reason it is not.
     * Does nothing when the authority is already server-based or absent.
     */
    public URI parseServerAuthority() throws URISyntaxException {
        if (host != null || authority == null) {
            return this;
        }
        String s = toString();
        adopt(UriParser.parse(s, true), s);
        return this;
    }

    // ---- normalization, resolution, relativization (RFC 2396 section 5.2)

    public URI normalize() {
        if (path == null || path.isEmpty()) {
            return this;
        }
        String np = UriPaths.normalize(path);
        if (np == path) {
            return this;
        }
        URI v = new URI();
        v.scheme = scheme;
        v.fragment = fragment;
        copyAuthority(this, v);
        v.path = np;
        v.query = query;
        return v;
    }

    public URI resolve(URI uri) {
        URI base = this;
        URI child = uri;
        if (child == null) {
            throw new NullPointerException("Cannot invoke \"java.net.URI.isOpaque()\" because \"child\" is null");
        }
        if (child.isOpaque() || base.isOpaque()) {
            return child;
        }
        // A lone fragment refers to the base document itself.
        if (child.scheme == null && child.authority == null && child.path.isEmpty()
                && child.fragment != null && child.query == null) {
            if (base.fragment != null && child.fragment.equals(base.fragment)) {
                return base;
            }
            URI ru = new URI();
            ru.scheme = base.scheme;
            copyAuthority(base, ru);
            ru.path = base.path;
            ru.query = base.query;
            ru.fragment = child.fragment;
            return ru;
        }
        if (child.scheme != null) {
            return child;
        }
        URI ru = new URI();
        ru.scheme = base.scheme;
        ru.query = child.query;
        ru.fragment = child.fragment;
        if (child.authority == null) {
            copyAuthority(base, ru);
            String cp = child.path;
            if (!cp.isEmpty() && cp.charAt(0) == '/') {
                ru.path = cp;
            } else {
                ru.path = UriPaths.resolve(base.path, cp, base.isAbsolute());
            }
        } else {
            copyAuthority(child, ru);
            ru.path = child.path;
        }
        return ru;
    }

    public URI resolve(String str) {
        return resolve(create(str));
    }

    public URI relativize(URI uri) {
        URI base = this;
        URI child = uri;
        if (child == null) {
            throw new NullPointerException("Cannot invoke \"java.net.URI.isOpaque()\" because \"child\" is null");
        }
        if (child.isOpaque() || base.isOpaque()) {
            return child;
        }
        if (!UriCompare.equalIgnoringCase(base.scheme, child.scheme)
                || !UriCompare.equal(base.authority, child.authority)) {
            return child;
        }
        String bp = UriPaths.normalize(base.path);
        String cp = UriPaths.normalize(child.path);
        if (!bp.equals(cp)) {
            if (!bp.endsWith("/")) {
                bp = bp + "/";
            }
            if (!cp.startsWith(bp)) {
                return child;
            }
        }
        URI v = new URI();
        v.path = cp.substring(bp.length());
        v.query = child.query;
        v.fragment = child.fragment;
        return v;
    }

    private static void copyAuthority(URI from, URI to) {
        to.authority = from.authority;
        to.userInfo = from.userInfo;
        to.host = from.host;
        to.port = from.port;
    }

    // ---- components

    public boolean isAbsolute() {
        return scheme != null;
    }

    public boolean isOpaque() {
        return path == null;
    }

    public String getScheme() {
        return scheme;
    }

    public String getRawSchemeSpecificPart() {
        String part = schemeSpecificPart;
        if (part != null) {
            return part;
        }
        String s = string;
        if (s != null) {
            // the string was parsed: the part lies between "scheme:" and "#fragment"
            int start = scheme == null ? 0 : scheme.length() + 1;
            int end = fragment == null ? s.length() : s.length() - fragment.length() - 1;
            part = path != null && path.length() == end - start ? path : s.substring(start, end);
        } else {
            StringBuilder sb = new StringBuilder();
            UriBuilder.appendSchemeSpecificPart(sb, null, getAuthority(), getUserInfo(), host, port, getPath(),
                    getQuery());
            part = sb.toString();
        }
        schemeSpecificPart = part;
        return part;
    }

    public String getSchemeSpecificPart() {
        return decoded(D_SSP, getRawSchemeSpecificPart(), true);
    }

    /**
     * A component with its escaped octets decoded. The scheme-specific part and the authority
     * keep a '%' inside brackets (an IPv6 scope id) as it is; the JDK decodes query and fragment
     * without that exception.
     */
    private String decoded(int slot, String raw, boolean keepScopeIds) {
        if (raw == null) {
            return null;
        }
        String[] d = decoded;
        if (d == null) {
            d = new String[6];
            decoded = d;
        }
        String value = d[slot];
        if (value == null) {
            value = UriChars.decode(raw, keepScopeIds);
            d[slot] = value;
        }
        return value;
    }

    public String getRawAuthority() {
        return authority;
    }

    public String getAuthority() {
        return decoded(D_AUTHORITY, authority, true);
    }

    public String getRawUserInfo() {
        return userInfo;
    }

    public String getUserInfo() {
        return decoded(D_USER_INFO, userInfo, false);
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getRawPath() {
        return path;
    }

    public String getPath() {
        return decoded(D_PATH, path, false);
    }

    public String getRawQuery() {
        return query;
    }

    public String getQuery() {
        return decoded(D_QUERY, query, false);
    }

    public String getRawFragment() {
        return fragment;
    }

    public String getFragment() {
        return decoded(D_FRAGMENT, fragment, false);
    }

    // ---- equality and order: escaped octets compare without regard to case, as do scheme and host

    @Override
    public boolean equals(Object ob) {
        if (ob == this) {
            return true;
        }
        if (!(ob instanceof URI that)) {
            return false;
        }
        if (isOpaque() != that.isOpaque()
                || !UriCompare.equalIgnoringCase(scheme, that.scheme)
                || !UriCompare.equal(fragment, that.fragment)) {
            return false;
        }
        if (isOpaque()) {
            return UriCompare.equal(schemeSpecificPart, that.schemeSpecificPart);
        }
        if (!UriCompare.equal(path, that.path) || !UriCompare.equal(query, that.query)) {
            return false;
        }
        if (authority == that.authority) {
            return true;
        }
        if (host != null) {
            return UriCompare.equal(userInfo, that.userInfo)
                    && UriCompare.equalIgnoringCase(host, that.host)
                    && port == that.port;
        }
        if (authority != null) {
            return UriCompare.equal(authority, that.authority);
        }
        return false;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = UriCompare.hashIgnoringCase(0, scheme);
            h = UriCompare.hash(h, fragment);
            if (isOpaque()) {
                h = UriCompare.hash(h, schemeSpecificPart);
            } else {
                h = UriCompare.hash(h, path);
                h = UriCompare.hash(h, query);
                if (host != null) {
                    h = UriCompare.hash(h, userInfo);
                    h = UriCompare.hashIgnoringCase(h, host);
                    h += 1949 * port;
                } else {
                    h = UriCompare.hash(h, authority);
                }
            }
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(URI that) {
        if (that == null) {
            throw new NullPointerException("Cannot read field \"scheme\" because \"that\" is null");
        }
        int c = UriCompare.compareIgnoringCase(scheme, that.scheme);
        if (c != 0) {
            return c;
        }
        if (isOpaque()) {
            if (!that.isOpaque()) {
                return 1;
            }
            c = UriCompare.compare(schemeSpecificPart, that.schemeSpecificPart);
            return c != 0 ? c : UriCompare.compare(fragment, that.fragment);
        }
        if (that.isOpaque()) {
            return -1;
        }
        if (host != null && that.host != null) {
            if ((c = UriCompare.compare(userInfo, that.userInfo)) != 0) {
                return c;
            }
            if ((c = UriCompare.compareIgnoringCase(host, that.host)) != 0) {
                return c;
            }
            if ((c = port - that.port) != 0) {
                return c;
            }
        } else if ((c = UriCompare.compare(authority, that.authority)) != 0) {
            // a registry-based and a server-based authority never compare equal as strings
            return c;
        }
        if ((c = UriCompare.compare(path, that.path)) != 0) {
            return c;
        }
        if ((c = UriCompare.compare(query, that.query)) != 0) {
            return c;
        }
        return UriCompare.compare(fragment, that.fragment);
    }

    // ---- string forms

    @Override
    public String toString() {
        String s = string;
        if (s == null) {
            s = UriBuilder.fromComponents(this);
            string = s;
        }
        return s;
    }

    /** toString with every non-US-ASCII character as the escaped octets of its NFC form in UTF-8. */
    public String toASCIIString() {
        return UriBuilder.encodeNonAscii(toString());
    }
}
