import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;

/**
 * Parsing with new URI(String): every component (raw and decoded) of valid URIs, and the exact
 * message, reason and index of URISyntaxException for malformed ones, over fixed cases and a
 * seeded sweep of strings assembled from URI-ish pieces (hostile ones included).
 */
public class Main {
    static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void parse(String s) {
        StringBuilder out = new StringBuilder("[").append(show(s)).append("] ");
        try {
            URI u = new URI(s);
            out.append("scheme=").append(show(u.getScheme()))
               .append(" ssp=").append(show(u.getRawSchemeSpecificPart())).append('/').append(show(u.getSchemeSpecificPart()))
               .append(" auth=").append(show(u.getRawAuthority())).append('/').append(show(u.getAuthority()))
               .append(" user=").append(show(u.getRawUserInfo())).append('/').append(show(u.getUserInfo()))
               .append(" host=").append(show(u.getHost())).append(" port=").append(u.getPort())
               .append(" path=").append(show(u.getRawPath())).append('/').append(show(u.getPath()))
               .append(" query=").append(show(u.getRawQuery())).append('/').append(show(u.getQuery()))
               .append(" frag=").append(show(u.getRawFragment())).append('/').append(show(u.getFragment()))
               .append(" abs=").append(u.isAbsolute()).append(" opaque=").append(u.isOpaque())
               .append(" hash=").append(u.hashCode())
               .append(" str=").append(show(u.toString()));
        } catch (URISyntaxException e) {
            out.append("! ").append(show(e.getMessage())).append(" | reason=").append(e.getReason())
               .append(" index=").append(e.getIndex()).append(" input=").append(show(e.getInput()));
        }
        System.out.println(out);
    }

    static final String[] CASES = {
        "", "#", "?", "?#", "/", "//", "///", "////a", ":", ":x", "1:x", "s:", "s:#f", "s:/", "a b", " a", "a ",
        "  two  spaces  ", "a\tb",
        // request targets as an HTTP server sees them
        "/path?a=b%20c#frag", "/", "/index.html", "/a/b?x=1&y=2", "/%7Euser/", "*", "/search?q=a+b&lang=en",
        "/p%2Fq", "/caf%C3%A9", "/bad%zz", "/bad%2", "/sp ace", "/a?b c", "/a#b#c", "/a?b?c",
        // absolute and opaque
        "http://example.com", "http://example.com/", "HTTP://EXAMPLE.COM:8080/A?B#C", "http://u:p@h:1/p?q#f",
        "mailto:a@b.c", "news:comp.lang.java", "urn:isbn:096139210x", "file:///tmp/x", "file:/tmp", "file://h/p",
        "a:b:c", "s:a b", "s:%zz", "s:%41", "s:?[%41]#[%41]", "h+t-t.p://x", "1http://x", "ht%tp://h", "ht_tp://h",
        // authorities: server or registry
        "http://h:80", "http://h:", "http://h:/p", "http://:80/", "http://@h/", "http://u@/", "http://u@h@x/",
        "http://h:8a/", "http://h:-1/", "http://h:99999999999/", "http://h:2147483647/", "http://h:2147483648/",
        "http://h:80:80/", "http://a_b/", "http://-a/", "http://a-/", "http://a.b-c.d/", "http://a..b/", "http://a./",
        "http://.a/", "http://a.1b/", "http://1b.a/", "http://host.com.1/", "http://ho%41st/", "http://a%b/",
        "//a%zz/", "http://a b/", "http://ab c/", "http://é.com/", "http://a&b/", "http://a{/", "http://{/",
        "http://a[ /", "http://h]/", "http://]a[%zz/", "http://a[%zz/",
        // IPv4
        "http://1.2.3.4/", "http://1.2.3.4:8/", "http://1.2.3/", "http://1.2.3.4.5/", "http://256.1.1.1/",
        "http://1.2.3.4x/", "http://01.1.1.1:8/", "http://0001.1.1.1/", "http://1.2.3.4.x/",
        // IPv6
        "http://[::1]/", "http://[::1]:80/", "http://[::1]", "http://[::1", "http://[]/", "http://[:]/",
        "http://[::]/", "http://[1:]/", "http://[::1:]/", "http://[1:2:3:4:5:6:7:8]/", "http://[1:2:3:4:5:6:7]/",
        "http://[1:2:3:4:5:6:7:8:9]/", "http://[1:2:3:4:5:6:7::]/", "http://[1:2:3:4:5:6:7:8::]/",
        "http://[1::2::3]/", "http://[12345::]/", "http://[::1.2.3]/", "http://[::1.2.3.4]/",
        "http://[::ffff:1.2.3.4]/", "http://[1::1.2.3.4]/", "http://[1.2.3.4]/", "http://[::1.2.3.4:5]/",
        "http://[::1.99999999999.1.1]/", "http://[::199999999999.]/", "http://[::0001.1.1.1]/",
        "http://[::1]x/", "http://[::1]:/", "http://[::1]:a/", "http://[::1]]/", "http://[/", "http://x@[::1]@/",
        "http://[v1.fe]/", "http://::1/", "//[::1]", "[::1]",
        "http://[::1%eth0]/x", "http://[::1%]/x", "http://[%1]/", "http://[::1%25eth0]/", "http://[::1%eth0%x]/",
        "http://[::1%e[th]/", "http://[::1%eth-0]/", "http://[::1%a_b.c]/", "http://[::1%é]/", "http://[::1]%zz/",
        "//[%41]x", "http://u%41[%41]@h/",
        // escapes and non-ASCII
        "http://h/%41%e2%82%ac%ff%c3", "http://h/%C3%28", "http://h/%F0%9F%98", "http://h/%ED%A0%80",
        "http://h/é", "http://h/\u00a0", "http://h/\u2028", "http://h/\u0080", "http://h/\u00ff", "http://h/\u0085",
        "http://h/\uD83D\uDE00", "http://h/\uD800", "http://h/\uDC00x", "http://h#é", "x%", "/a%", "%",
        "http://h/?[%41]#[%41]", "http://h?a[b]#c[d]", "http://h/a[b", "/a:b", "a/b:c", "../a?b#c", "\u0000",
    };

    static final String[] PIECES = {"http", "s", ":", "://", "//", "/", "/", "?", "#", "[", "]", "::", "%",
        "%4", "%41", "%2f", "%zz", "%e2%82%ac", "@", ".", "..", "1", "255", "256", "a", "Z", "-", "_", "~", " ",
        "é", "\u00a0", "\u0301", "80", "99999999999", "1.2.3.4", "::1", "%eth0", ";", "=", "&", "+", "$", ",",
        "!", "'", "(", "*", "\"", "<", "\\", "^", "`", "{", "|", "\t", "ffff", "1:2:3:4:5:6:7:8"};

    public static void main(String[] args) {
        for (String s : CASES) {
            parse(s);
        }
        parse("http://h/" + "a".repeat(5000) + " x");
        parse("http://" + "a.".repeat(2000) + "com/");
        parse("http://[" + "1:".repeat(1000) + "]/");

        Random r = new Random(20261128);
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(3) == 0) {
                sb.append(r.nextBoolean() ? "http://" : "s:");
            }
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            parse(sb.toString());
        }
        try {
            new URI(null);
        } catch (NullPointerException | URISyntaxException e) {
            System.out.println("null: " + e);
        }
        try {
            URI.create("a b");
        } catch (IllegalArgumentException e) {
            System.out.println("create: " + e.getMessage() + " cause=" + e.getCause().getClass().getName());
        }
        System.out.println("create: " + URI.create("http://ok/"));
    }
}
