import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;

/**
 * The multi-argument constructors (quoting of illegal characters per component, IPv6 hosts,
 * "Relative path in absolute URI", server authority required by the 7-argument form) and the
 * string forms toString/toASCIIString (UTF-8 escapes after NFC normalization).
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

    interface Make {
        URI make() throws URISyntaxException;
    }

    static void print(String label, Make m) {
        try {
            URI u = m.make();
            System.out.println(label + " -> " + show(u) + " {" + show(u.getScheme()) + "|" + show(u.getRawSchemeSpecificPart())
                    + "|" + show(u.getRawAuthority()) + "|" + show(u.getRawUserInfo()) + "|" + show(u.getHost()) + "|"
                    + u.getPort() + "|" + show(u.getRawPath()) + "|" + show(u.getPath()) + "|" + show(u.getRawQuery())
                    + "|" + show(u.getQuery()) + "|" + show(u.getRawFragment()) + "|" + show(u.getFragment()) + "} ascii="
                    + ascii(u));
        } catch (URISyntaxException e) {
            System.out.println(label + " ! " + show(e.getMessage()) + " index=" + e.getIndex());
        }
    }

    static String ascii(URI u) {
        try {
            return u.toASCIIString();
        } catch (NullPointerException e) {
            return "NPE " + e.getMessage();
        }
    }

    static final String[] PARTS = {null, "", "a", "a b", "/p q", "/a%41", "100%", "x?y#z", "ü", "é\u0301", "e\u0301",
        "\u00a0", "\u2028", "\u0085", "\u3000", "[::1]", "::1", "/[x]", "u:p", "@", "h.example", "1.2.3.4", "x_y",
        "/%zz", "\u001f", "\u007f", "\ud83d\ude00", "/a/../b", "*", "\\", "{}", "|^`", "\"<>"};

    public static void main(String[] args) throws Exception {
        print("7 basic", () -> new URI("http", "u s", "h", 80, "/p q%", "q r", "f g"));
        print("7 ipv6", () -> new URI("http", null, "::1", 80, "/a", null, null));
        print("7 ipv6 bracketed", () -> new URI("http", null, "[::1]", -1, "/a", null, null));
        print("7 registry", () -> new URI("http", null, "x_y", 80, "/a", null, null));
        print("7 relative path", () -> new URI("http", null, "h", -1, "a", null, null));
        print("7 nothing", () -> new URI(null, null, null, -1, null, null, null));
        print("7 port only", () -> new URI(null, null, null, 8080, null, null, null));
        print("7 userinfo no host", () -> new URI("s", "u", null, -1, "/p", null, null));
        print("5 basic", () -> new URI("http", "u@h:80", "/a b", "q", "f"));
        print("5 registry", () -> new URI("http", "x_y", "/a", null, null));
        print("5 ipv6 auth", () -> new URI("http", "[::1]x", "/a", null, null));
        print("5 ipv6 auth ok", () -> new URI("http", "[::1]:8 0", "/a", null, null));
        print("5 bracket no colon", () -> new URI("http", "[abc", "/a", null, null));
        print("5 nothing", () -> new URI(null, null, null, null, null));
        print("5 percent", () -> new URI(null, "h", "/%41", "%41", "%41"));
        print("4 basic", () -> new URI("http", "h", "/a b", "f"));
        print("4 relative", () -> new URI("http", "h", "a", null));
        print("3 opaque", () -> new URI("mailto", "a b@c", "f"));
        print("3 ssp path", () -> new URI("s", "a/b", null));
        print("3 no scheme", () -> new URI(null, "a:b", null));
        print("3 abs path", () -> new URI(null, "/a:b", "f"));
        print("3 ipv6 ssp", () -> new URI("s", "//[::1]x y", "f"));
        print("3 ipv6 ssp quirk", () -> new URI("s", "//[abc", "f"));
        print("3 nothing", () -> new URI(null, null, null));
        print("3 empty", () -> new URI("s", "", null));

        System.out.println("-- toASCIIString");
        for (String s : new String[]{"http://h/ä€\ud83d\ude00", "http://h/a\u0301", "http://h/\u212b", "http://h/%41é",
                "http://h/\u1100\u1161\u11a8", "http://h/e\u0301\u0323", "http://h/\uff21", "http://h/\ufb01",
                "http://h/\u0958", "http://é.com/ü?ü#ü", "plain", "http://h/\ud800x", "http://h/x\udc00"}) {
            URI u = URI.create(s);
            System.out.println(show(s) + " -> " + ascii(u));
        }

        System.out.println("-- sweep");
        Random r = new Random(42);
        for (int i = 0; i < 800; i++) {
            String scheme = r.nextInt(3) == 0 ? null : (r.nextBoolean() ? "http" : "s");
            String ui = PARTS[r.nextInt(PARTS.length)];
            String host = PARTS[r.nextInt(PARTS.length)];
            String auth = PARTS[r.nextInt(PARTS.length)];
            String path = PARTS[r.nextInt(PARTS.length)];
            if (path != null && r.nextBoolean()) {
                path = "/" + path;
            }
            String query = PARTS[r.nextInt(PARTS.length)];
            String frag = PARTS[r.nextInt(PARTS.length)];
            int port = r.nextInt(3) == 0 ? -1 : r.nextInt(70000);
            String p = path;
            String label = show(scheme) + "," + show(ui) + "," + show(host) + "," + port + "," + show(p) + ","
                    + show(query) + "," + show(frag);
            switch (r.nextInt(4)) {
                case 0 -> print("7(" + label + ")", () -> new URI(scheme, ui, host, port, p, query, frag));
                case 1 -> print("5(" + show(auth) + ")", () -> new URI(scheme, auth, p, query, frag));
                case 2 -> print("4(" + label + ")", () -> new URI(scheme, host, p, frag));
                default -> print("3(" + show(auth) + show(p) + ")", () -> new URI(scheme, auth == null ? p : auth + p, frag));
            }
        }
    }
}
