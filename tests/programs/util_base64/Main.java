import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    interface Call {
        Object call() throws Exception;
    }

    static void t(String l, Call c) {
        try {
            Object o = c.call();
            System.out.println(l + " = " + (o instanceof byte[] b ? Arrays.toString(b) : o));
        } catch (Exception e) {
            System.out.println(l + " ! " + e);
        }
    }

    public static void main(String[] args) {
        Base64.Encoder[] encs = {
            Base64.getEncoder(), Base64.getUrlEncoder(), Base64.getMimeEncoder(), Base64.getEncoder().withoutPadding(),
            Base64.getUrlEncoder().withoutPadding(), Base64.getMimeEncoder().withoutPadding(),
            Base64.getMimeEncoder(10, new byte[] {'\n'}), Base64.getMimeEncoder(17, new byte[] {'!', '*', '\r'}),
            Base64.getMimeEncoder(3, new byte[] {'\n'}), Base64.getMimeEncoder(-8, new byte[0]),
        };
        Base64.Decoder[] decs = {
            Base64.getDecoder(), Base64.getUrlDecoder(), Base64.getMimeDecoder(), Base64.getDecoder(),
            Base64.getUrlDecoder(), Base64.getMimeDecoder(), Base64.getMimeDecoder(), Base64.getMimeDecoder(),
            Base64.getDecoder(), Base64.getDecoder(),
        };
        String[] texts = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "\u00ff\u00fe\u00fd>>>???"};
        for (int e = 0; e < encs.length; e++) {
            System.out.println("encoder " + e);
            for (String s : texts) {
                byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
                String enc = encs[e].encodeToString(in);
                byte[] back = decs[e].decode(enc);
                System.out.println("  [" + enc + "] " + Arrays.equals(in, back));
            }
            Random r = new Random(e);
            long h = 7;
            boolean ok = true;
            for (int len = 0; len < 200; len += 1 + len / 10) {
                byte[] in = new byte[len];
                r.nextBytes(in);
                byte[] enc = encs[e].encode(in);
                for (byte b : enc) h = h * 31 + b;
                byte[] dst = new byte[enc.length + 5];
                int n = encs[e].encode(in, dst);
                ok &= n == enc.length && Arrays.equals(enc, Arrays.copyOf(dst, n));
                ok &= Arrays.equals(in, decs[e].decode(enc));
                byte[] out = new byte[len + 3];
                int m = decs[e].decode(enc, out);
                ok &= m == len && Arrays.equals(in, Arrays.copyOf(out, len));
            }
            System.out.println("  bulk " + h + " " + ok);
            byte[] big = new byte[100];
            for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 7);
            System.out.println("  " + encs[e].encodeToString(big).replace("\r", "\\r").replace("\n", "\\n"));
        }
        Base64.Decoder d = Base64.getDecoder(), m = Base64.getMimeDecoder(), u = Base64.getUrlDecoder();
        String[] bad = {"ab\u00ffc", "ab\u0100c", "abcd=", "abc=d", "abcdab", "a", "!", "ab=c", "ab==c", "ab==!!", "ab==!c", "a===",
            "abc", "ab", "ab+/", "ab-_", "ab\r\ncd\u00e9ef", "ab\ncd", "", "abc==", "a==", "ab=", "====", "=", "ab==", "abc=",
            "YWJj\r\nZGVm", "YW Jj", "YWJjZA==YQ", "YWJjZA=\nYQ", "Zm9v\r\n"};
        for (String s : bad) {
            String shown = s.replace("\r", "\\r").replace("\n", "\\n");
            t("basic " + shown, () -> d.decode(s));
            t("mime " + shown, () -> m.decode(s));
            t("url " + shown, () -> u.decode(s));
        }
        t("neg byte", () -> d.decode(new byte[] {'a', 'b', (byte) 0xc3, 'c'}));
        t("dst small", () -> d.decode(new byte[] {'a', 'b', 'c', 'd'}, new byte[2]));
        t("dst ok", () -> d.decode(new byte[] {'a', 'b', 'c', 'd'}, new byte[3]));
        t("enc dst small", () -> Base64.getEncoder().encode(new byte[4], new byte[7]));
        t("sep =", () -> Base64.getMimeEncoder(10, new byte[] {'='}));
        t("sep a", () -> Base64.getMimeEncoder(10, new byte[] {'a'}));
        t("sep +", () -> Base64.getMimeEncoder(10, new byte[] {'\n', '+'}));
        t("sep -", () -> Base64.getMimeEncoder(10, new byte[] {'-'}).encodeToString(new byte[20]));
        t("sep 80", () -> Arrays.toString(Base64.getMimeEncoder(8, new byte[] {(byte) 0x80}).encode(new byte[12])));
        t("same", () -> (Base64.getEncoder() == Base64.getEncoder()) + " " + (Base64.getMimeEncoder(2, new byte[0]) == Base64.getEncoder()));
    }
}
