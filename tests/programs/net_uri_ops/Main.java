import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * URI operations: normalize (and whether it returns the same object), resolve and relativize
 * (RFC 2396 section 5 examples and a seeded sweep), equals/hashCode/compareTo (case rules,
 * escaped octets), parseServerAuthority, and the NullPointerExceptions of null arguments.
 */
public class Main {
    static String show(Object o) {
        if (o == null) {
            return "null";
        }
        String s = o.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    /** A computed URI's components: resolve and normalize build them without a string. */
    static String parts(URI u) {
        return show(u) + " {" + show(u.getScheme()) + "|" + show(u.getRawSchemeSpecificPart()) + "|"
                + show(u.getRawAuthority()) + "|" + show(u.getHost()) + "|" + u.getPort() + "|" + show(u.getRawPath())
                + "|" + show(u.getPath()) + "|" + show(u.getRawQuery()) + "|" + show(u.getRawFragment()) + "|"
                + u.hashCode() + "}";
    }

    static final String[] SEGS = {".", "..", "a", "b", "", "a:b", "%41", "%2e", "%2E%2E", "c;p", "...", "é"};
    static final String[] HOSTS = {"h", "H", "h.example", "1.2.3.4", "[::1]", "[::1%eth0]", "reg_name", "a.1b", ""};

    static String structured(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? "http:" : "S+c-.1:");
        }
        if (r.nextInt(3) > 0) {
            sb.append("//");
            if (r.nextInt(4) == 0) {
                sb.append(r.nextBoolean() ? "u:p@" : "%41@");
            }
            sb.append(HOSTS[r.nextInt(HOSTS.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(':').append(r.nextInt(5) == 0 ? "" : String.valueOf(r.nextInt(70000)));
            }
        }
        int segs = r.nextInt(6);
        boolean abs = r.nextBoolean();
        for (int i = 0; i < segs; i++) {
            if (i > 0 || abs) {
                sb.append(r.nextInt(8) == 0 ? "//" : "/");
            }
            sb.append(SEGS[r.nextInt(SEGS.length)]);
        }
        if (r.nextInt(4) == 0) {
            sb.append('/');
        }
        if (r.nextInt(3) == 0) {
            sb.append('?').append(r.nextBoolean() ? "q=1&r=%20" : "[%41]");
        }
        if (r.nextInt(3) == 0) {
            sb.append('#').append(r.nextBoolean() ? "f" : "F%2f");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        System.out.println("-- normalize");
        for (String p : new String[]{"/..", "../a", "/a/../..", "a/..", "./a:b", "a:b/../c:d", "a//b", "/a/./b/",
                "a/b/../../../c", ".", "", "/", "/a/b/c/./../../g", "mid/content=5/../6", "a/./b/../c/", "/../x",
                "./", "../", "a/b/..", "a/b/.", "%2e/a", "...", "/a/.../b"}) {
            URI u = new URI(null, null, p, null);
            URI n = u.normalize();
            System.out.println("[" + p + "] -> " + parts(n) + " same=" + (n == u));
        }
        for (String s : new String[]{"http://h/a/./b/../c?q#f", "http://h", "mailto:x@y", "HTTP://H/a/../b", "//h/./"}) {
            URI u = new URI(s);
            URI n = u.normalize();
            System.out.println("[" + s + "] -> " + parts(n) + " same=" + (n == u));
        }

        System.out.println("-- resolve (RFC 2396 appendix C)");
        URI base = new URI("http://a/b/c/d;p?q");
        String[] refs = {"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "", "../../../g",
            "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h",
            "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "a:b", "./a:b",
            "%41", "#", "?"};
        for (String ref : refs) {
            System.out.println("[" + ref + "] -> " + parts(base.resolve(ref)));
        }
        URI withFragment = new URI("http://a/b#f");
        System.out.println("same fragment: " + (withFragment.resolve("#f") == withFragment));
        for (String b : new String[]{"a/b", "", "http://h", "http://h?q", "s:opaque", "/"}) {
            URI bu = new URI(b);
            for (String ref : new String[]{"../../../g", "../x", "c", "", "#f", "?q", "mailto:z"}) {
                System.out.println("[" + b + "] + [" + ref + "] -> " + parts(bu.resolve(ref)));
            }
        }

        System.out.println("-- relativize");
        URI rb = new URI("http://h/a/b");
        for (String c : new String[]{"http://H/a/b/c?x#y", "HTTP://h/a/b", "http://h/a/bc", "http://h/a/b/", "http://h/a/b/c/../d",
                "http://h/x", "ftp://h/a/b/c", "http://h/a/b?q", "mailto:x", "http://h:80/a/b/c", "/a/b/c"}) {
            System.out.println("[" + c + "] -> " + parts(rb.relativize(new URI(c))));
        }
        System.out.println(parts(new URI("http://h/a/").relativize(new URI("http://h/a/b/./c"))));
        System.out.println(parts(new URI("http://h/a/%2f").relativize(new URI("http://h/a/%2F/x"))));

        System.out.println("-- equals, hashCode, compareTo");
        String[] cs = {"http://a/b", "HTTP://A/b", "http://a/%2f", "http://a/%2F", "http://a/%2fx", "s:x", "S:X",
            "s:%2a", "s:%2A", "http://a:80/", "http://a/", "http://u@a/", "//reg_x/", "//REG_x/", "http://h/p?q#f",
            "http://h/p?q#F", "/a/b", "a/b", "", "#f", "http://a/%41", "http://a/A", "http://a/%41b", "http://a/%42",
            "http://[::1]/", "http://[::1%eth0]/", "http://[::1%ETH0]/", "//[::1%e]/"};
        for (String x : cs) {
            URI ux = new URI(x);
            StringBuilder sb = new StringBuilder(show(x)).append(" hash=").append(ux.hashCode()).append(':');
            for (String y : cs) {
                URI uy = new URI(y);
                sb.append(' ').append(ux.compareTo(uy)).append(ux.equals(uy) ? "=" : "");
            }
            System.out.println(sb);
        }
        System.out.println("equals(null)=" + rb.equals(null) + " equals(string)=" + rb.equals("http://h/a/b"));

        System.out.println("-- parseServerAuthority");
        for (String s : new String[]{"http://x/a", "http://x_y/a", "//a:b:c/", "//h:99999999999/", "mailto:x", "/p",
                "//1.2.3.4.5/", "//u@h:1/", "//%41:1/", "//a..b:9/"}) {
            URI u = new URI(s);
            try {
                URI p = u.parseServerAuthority();
                System.out.println("[" + s + "] -> " + parts(p) + " same=" + (p == u));
            } catch (URISyntaxException e) {
                System.out.println("[" + s + "] ! " + show(e.getMessage()) + " index=" + e.getIndex());
            }
        }

        System.out.println("-- nulls");
        try {
            rb.resolve((URI) null);
        } catch (NullPointerException e) {
            System.out.println("resolve: " + e.getMessage());
        }
        try {
            rb.resolve((String) null);
        } catch (NullPointerException e) {
            System.out.println("resolve(String): " + e.getMessage());
        }
        try {
            rb.relativize(null);
        } catch (NullPointerException e) {
            System.out.println("relativize: " + e.getMessage());
        }
        try {
            rb.compareTo(null);
        } catch (NullPointerException e) {
            System.out.println("compareTo: " + e.getMessage());
        }

        System.out.println("-- sweep");
        Random r = new Random(5);
        List<URI> us = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String s = structured(r);
            try {
                URI u = new URI(s);
                us.add(u);
                URI n = u.normalize();
                System.out.println("N [" + show(s) + "] " + parts(n) + (n == u ? " same" : ""));
            } catch (URISyntaxException e) {
                System.out.println("X [" + show(s) + "] " + show(e.getMessage()));
            }
        }
        for (int i = 0; i < 1200; i++) {
            URI a = us.get(r.nextInt(us.size()));
            URI b = us.get(r.nextInt(us.size()));
            URI res = a.resolve(b);
            URI rel = a.relativize(b);
            System.out.println("R [" + show(a) + "] [" + show(b) + "] " + parts(res) + " " + parts(res.normalize())
                    + " rel=" + parts(rel) + " eq=" + a.equals(b) + " cmp=" + a.compareTo(b) + " " + res.compareTo(a));
        }
    }
}
