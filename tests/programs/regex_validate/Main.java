import java.util.*;
import java.util.function.Predicate;
import java.util.regex.*;

/** Validation-style patterns (email, URL, IPv4, phone, password rules) via matches, asPredicate, asMatchPredicate. */
public class Main {
    public static void main(String[] args) {
        Pattern email = Pattern.compile("^[\\w.%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}$");
        Pattern url = Pattern.compile("^(?<scheme>https?)://(?<host>[^/:?#]+)(?::(?<port>\\d{1,5}))?(?<path>/[^?#]*)?(?:\\?(?<query>[^#]*))?(?:#(?<frag>.*))?$", Pattern.CASE_INSENSITIVE);
        Pattern ipv4 = Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
        Pattern phone = Pattern.compile("^\\+?1?[-. ]?\\(?(\\d{3})\\)?[-. ]?(\\d{3})[-. ]?(\\d{4})$");
        Pattern strong = Pattern.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{8,}$");
        Pattern hex = Pattern.compile("#?([0-9a-f]{3}|[0-9a-f]{6})", Pattern.CASE_INSENSITIVE);
        String[] emails = {"a@b.co", "john.doe+tag@example.com", "bad@", "@bad.com", "x@y", "first.last@sub.domain.org", "sp ace@x.com", "ü@x.de"};
        for (String e : emails) System.out.println("email " + e + " " + email.matcher(e).matches());
        String[] urls = {"http://example.com", "HTTPS://Example.com:8443/a/b?x=1&y=2#top", "ftp://x.org", "https://host/path only", "http://h:99999/", "https://a.b/c?"};
        for (String u : urls) {
            Matcher m = url.matcher(u);
            if (m.matches()) {
                System.out.println("url " + u + " scheme=" + m.group("scheme") + " host=" + m.group("host") + " port=" + m.group("port")
                        + " path=" + m.group("path") + " query=" + m.group("query") + " frag=" + m.group("frag"));
            } else {
                System.out.println("url " + u + " invalid");
            }
        }
        for (String ip : new String[] {"0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "192.168.1.100", "1.2.3.4.5"}) {
            Matcher m = ipv4.matcher(ip);
            System.out.println("ip " + ip + " " + m.matches() + (m.matches() ? " last=" + m.group(3) + " g1=" + m.group(1) : ""));
        }
        for (String ph : new String[] {"555-123-4567", "(555) 123-4567", "+1 555.123.4567", "5551234567", "555-1234"}) {
            Matcher m = phone.matcher(ph);
            System.out.println("phone " + ph + " " + (m.matches() ? m.replaceAll("$1-$2-$3") : "no"));
        }
        for (String pw : new String[] {"password", "Passw0rd!", "Sh0rt!", "NoDigits!!", "ALLUPPER1!", "Good#Pass123"}) {
            System.out.println("pw " + pw + " " + strong.matcher(pw).matches());
        }
        Predicate<String> hasHex = hex.asPredicate();
        Predicate<String> isHex = hex.asMatchPredicate();
        for (String h : new String[] {"#fff", "#A1B2C3", "123", "#12345", "color: #abc;", "zzz"}) {
            System.out.println("hex " + h + " find=" + hasHex.test(h) + " match=" + isHex.test(h));
        }
        List<String> words = List.of("apple", "Banana", "cherry42", "date", "Elder-berry", "fig");
        System.out.println(words.stream().filter(Pattern.compile("^[a-z]+$").asPredicate()).toList());
        System.out.println(words.stream().filter(Pattern.compile("[A-Z]").asPredicate().negate()).toList());
        System.out.println(Pattern.matches("[a-z]+\\d*", "cherry42") + " " + Pattern.matches("\\d+", "42a"));
        System.out.println(email.pattern() + " flags=" + email.flags() + " / " + url.flags() + " " + hex);
        System.out.println(Pattern.compile("(?<a>x)(?<b>y)").namedGroups().get("b"));
    }
}
