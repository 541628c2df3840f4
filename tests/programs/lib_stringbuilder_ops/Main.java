import java.util.*;

/** StringBuilder editing: insert, delete, replace, reverse with surrogates, setLength, indexOf, appendCodePoint. */
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("Hello, World");
        sb.insert(0, '[').append(']').insert(7, "big ").replace(1, 6, "Goodbye");
        System.out.println(sb + " len=" + sb.length());
        sb.deleteCharAt(0).delete(sb.length() - 1, sb.length() + 10);
        System.out.println(sb + " idx(o)=" + sb.indexOf("o") + " last(o)=" + sb.lastIndexOf("o") + " idx(o,5)=" + sb.indexOf("o", 5));
        sb.setCharAt(0, 'g');
        sb.setLength(7);
        System.out.println("[" + sb + "]");
        sb.setLength(10);
        System.out.println("[" + sb.toString().replace('\0', '0') + "] " + sb.length());
        StringBuilder s2 = new StringBuilder();
        s2.append(1).append('c').append(2.5f).append(3.25).append(true).append((Object) null).append((String) null)
                .append(new char[] {'x', 'y'}).append(new char[] {'a', 'b', 'c', 'd'}, 1, 2).append("abcdef", 2, 4).append(-7L);
        System.out.println(s2);
        StringBuilder emoji = new StringBuilder("ab😀c\uD83D\uDE80");
        System.out.println(emoji.reverse() + " " + emoji.length() + " cp=" + emoji.codePointCount(0, emoji.length()));
        emoji.appendCodePoint(0x1F601).appendCodePoint('Z');
        System.out.println(emoji + " " + Integer.toHexString(emoji.codePointAt(emoji.length() - 3)));
        StringBuilder pal = new StringBuilder();
        for (int i = 0; i < 26; i++) pal.append((char) ('a' + i));
        pal.append(new StringBuilder(pal).reverse());
        System.out.println(pal + " " + pal.toString().contentEquals(new StringBuilder(pal).reverse()));
        StringBuilder num = new StringBuilder("1234567890123");
        for (int i = num.length() - 3; i > 0; i -= 3) num.insert(i, ',');
        System.out.println(num + " " + num.charAt(1) + " " + num.subSequence(2, 5) + " " + num.substring(10));
        StringBuilder a = new StringBuilder("abc"), b = new StringBuilder("abd");
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new StringBuilder("abc")) + " " + a.equals(new StringBuilder("abc")));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10000; i++) big.append(i % 10);
        big.replace(100, 9900, "...");
        System.out.println(big.length() + " " + big.substring(95, 110));
        StringBuffer buf = new StringBuffer("sync");
        buf.append('-').append(42).insert(0, ">").reverse();
        System.out.println(buf + " " + buf.length());
        String chain = new StringBuilder().append("x".repeat(3)).insert(1, 12).insert(0, 'c').insert(2, true).insert(3, 1.5).toString();
        System.out.println(chain);
        try {
            new StringBuilder("abc").insert(5, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            new StringBuilder("abc").delete(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            new StringBuilder("abc").charAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + " " + e.getMessage());
        }
        StringJoiner sj = new StringJoiner("|", "<", ">").setEmptyValue("EMPTY");
        System.out.println(sj + " " + sj.add("a").add("").add("c") + " " + sj.length());
        System.out.println(String.join("/", List.of("p", "q")) + " " + "ab".repeat(0).isEmpty() + " " + "  pad ".strip() + "|" + "  pad ".stripLeading() + "|" + " x ".stripTrailing() + "|");
    }
}
