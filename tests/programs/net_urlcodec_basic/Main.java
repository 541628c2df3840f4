import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * URLEncoder/URLDecoder with each supported charset, by Charset and by name, the deprecated
 * one-argument forms, every error (bad and incomplete escapes, unknown or illegal charset names,
 * nulls), and seeded round trips of random text.
 */
public class Main {
    static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    interface Call {
        String run() throws Exception;
    }

    static void t(String label, Call c) {
        try {
            System.out.println(label + " -> " + show(c.run()));
        } catch (Exception e) {
            System.out.println(label + " ! " + e.getClass().getName() + ": " + show(e.getMessage()));
        }
    }

    static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};

    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        String[] encodeInputs = {"", "abc", "a b+c*d-e_f.g~h!i'j(k)l", "é€😀", "\ud800x", "x\udc00", "\ud800",
            "\udc00\ud800", "a/b?c=d&e#f", "\u0000\u007f", "  ", "100%", "\u00ff\u0100", "tab\there", "ü ü"};
        for (String s : encodeInputs) {
            for (Charset cs : CHARSETS) {
                t("encode " + show(s) + " " + cs, () -> URLEncoder.encode(s, cs));
            }
            t("encode " + show(s) + " latin1", () -> URLEncoder.encode(s, "latin1"));
            t("encode " + show(s) + " default", () -> URLEncoder.encode(s));
        }
        String[] decodeInputs = {"", "abc", "%-1", "%+1", "%zz", "%1", "%", "a%2", "%%41", "%41%", "%4g", "%g4",
            "+%20+", "%e2%82%ac", "%E2%82%AC", "%ff", "%C3", "%C3%A9", "%0x1", "% 1", "%1 ", "a+b%2Bc", "%F0%9F%98%80",
            "%ED%A0%80", "%F0%9F%98", "é+%C3%A9", "%41%42%43%"};
        for (String s : decodeInputs) {
            for (Charset cs : CHARSETS) {
                t("decode " + show(s) + " " + cs, () -> URLDecoder.decode(s, cs));
            }
            t("decode " + show(s) + " ascii-name", () -> URLDecoder.decode(s, "us-ascii"));
            t("decode " + show(s) + " default", () -> URLDecoder.decode(s));
        }
        t("decode empty enc", () -> URLDecoder.decode("a", ""));
        t("decode unknown enc", () -> URLDecoder.decode("a", "nope"));
        t("decode illegal enc", () -> URLDecoder.decode("a", "bad name!"));
        t("decode null enc", () -> URLDecoder.decode("a", (String) null));
        t("decode null charset", () -> URLDecoder.decode("a", (Charset) null));
        t("decode null string", () -> URLDecoder.decode(null, StandardCharsets.UTF_8));
        t("decode bad enc first", () -> URLDecoder.decode("%zz", "nope"));
        t("encode empty enc", () -> URLEncoder.encode("a", ""));
        t("encode unknown enc", () -> URLEncoder.encode("a", "nope"));
        t("encode null enc", () -> URLEncoder.encode("a", (String) null));
        t("encode null charset", () -> URLEncoder.encode("a", (Charset) null));
        t("encode null string", () -> URLEncoder.encode(null, StandardCharsets.UTF_8));
        t("same instance", () -> String.valueOf(URLEncoder.encode("abc", StandardCharsets.UTF_8) == "abc"));

        Random r = new Random(99);
        int ok = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                int kind = r.nextInt(5);
                sb.appendCodePoint(kind == 0 ? r.nextInt(0x80) : kind == 1 ? 0x80 + r.nextInt(0x780)
                        : kind == 2 ? 0x800 + r.nextInt(0xD000) : kind == 3 ? 0x10000 + r.nextInt(0x1000) : " +%*.-_~".charAt(r.nextInt(8)));
            }
            String s = sb.toString();
            Charset cs = CHARSETS[r.nextInt(3)];
            String enc = URLEncoder.encode(s, cs);
            String dec = URLDecoder.decode(enc, cs);
            if (cs == StandardCharsets.UTF_8 && dec.equals(s)) {
                ok++;
            }
            if (i % 10 == 0) {
                System.out.println(cs + " " + show(s) + " -> " + enc + " -> " + show(dec));
            }
        }
        System.out.println("utf-8 round trips: " + ok);
    }
}
