import java.text.Normalizer;
import java.util.Random;

/**
 * java.text.Normalizer's four forms on composed and decomposed Latin, Greek, Hangul, Indic
 * two-part vowels, compatibility characters, reordering of combining marks and composition
 * exclusions, plus a seeded sweep over the characters that take part in normalization.
 */
public class Main {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(i == 0 ? "" : " ").append(Integer.toHexString(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static void all(String s) {
        StringBuilder sb = new StringBuilder(hex(s)).append(" :");
        for (Normalizer.Form f : Normalizer.Form.values()) {
            String n = Normalizer.normalize(s, f);
            sb.append(' ').append(f).append('[').append(hex(n)).append(']').append(Normalizer.isNormalized(s, f) ? "*" : "");
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String[] cases = {"", "abc", "é", "e\u0301", "\u00c5", "A\u030a", "\u212b", "\u1e69", "s\u0323\u0307", "s\u0307\u0323",
            "\u1e0b\u0323", "d\u0323\u0307", "q\u0307\u0323", "\ufb01", "\uff21", "\u2460", "x\u00b2", "\u1100\u1161",
            "\u1100\u1161\u11a8", "\uac00\u11a8", "\uac01", "\ud55c\uad6d\uc5b4", "\u0958", "\u0915\u093c", "\u09cb",
            "\u09c7\u09be", "\u0b48", "\u0cca\u0cd5", "\u0f73", "\u0344", "\u0340", "a\u0345\u0301", "\u1fb7", "\u03d3",
            "\u00bd", "\u33ad", "\u2126", "\u00a0", "\u0301\u0301", "\u0301a", "a\u0334\u0301\u0316", "\ud834\udd5e",
            "\ud800", "\udc00e\u0301", "\u3099\u304b", "\u304b\u3099", "\u30ab\u3099\u309a"};
        for (String s : cases) {
            all(s);
        }
        int[] pool = {'a', 'e', 'A', 'o', 0x3b1, 0x1100, 0x1161, 0x11a8, 0xac00, 0x0301, 0x0300, 0x0327, 0x0323,
            0x0308, 0x0345, 0x0334, 0x05b0, 0x0f71, 0x0f72, 0x0f80, 0x09c7, 0x09be, 0x0b47, 0x0b3e, 0x0cc6, 0x0cc2,
            0x0cd5, 0x3099, 0x304b, 0x1e0b, 0x1e63, 0x0307, 0x00c5, 0x212b, 0xfb01, 0x2460, 0x00bd, 0x1d15e, 0x0344};
        Random r = new Random(3);
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                sb.appendCodePoint(pool[r.nextInt(pool.length)]);
            }
            all(sb.toString());
        }
    }
}
