/** java.lang.String methods: comparison, searching, slicing, case, whitespace, join, repeat, chars. */
public class Main {
    public static void main(String[] args) {
        String s = "Hello, Kiln World";
        System.out.println(s.length() + " " + s.charAt(7) + " " + s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.lastIndexOf('o')
                + " " + s.indexOf("Kiln") + " " + s.indexOf("kiln") + " " + s.lastIndexOf("l") + " " + s.indexOf("") + " " + s.indexOf('z'));
        System.out.println(s.substring(7) + "|" + s.substring(7, 11) + "|" + s.substring(0, 0) + "|" + s.substring(s.length()));
        System.out.println(s.toUpperCase() + "|" + s.toLowerCase() + "|" + "MiXeD123!".toLowerCase());
        System.out.println(s.replace('l', 'L') + "|" + s.replace("Kiln", "Java") + "|" + "aaa".replace("a", "bb") + "|" + "abc".replace("", "-"));
        System.out.println("[" + "  padded \t\n".trim() + "][" + "  strip  ".strip() + "][" + "  lead".stripLeading() + "][" + "trail  ".stripTrailing() + "]");
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + "".repeat(5) + "|");
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("Kiln", 7) + " " + s.endsWith("World") + " " + s.contains("n W") + " " + s.contains("nw"));
        System.out.println("".isEmpty() + " " + " ".isEmpty() + " " + " \t".isBlank() + " " + "a".isBlank());
        String[] words = {"pear", "Apple", "apple", "banana", "", "apple pie", "Banana"};
        StringBuilder cmp = new StringBuilder();
        for (String a : words) for (String b : words) cmp.append(Integer.signum(a.compareTo(b)) + 1);
        System.out.println("compareTo matrix " + cmp);
        System.out.println("compareTo values " + "apple".compareTo("apple pie") + " " + "b".compareTo("a") + " " + "A".compareTo("a") + " " + "abc".compareToIgnoreCase("ABD"));
        System.out.println("equals " + "abc".equals("abc") + " " + "abc".equals("ABC") + " " + "abc".equalsIgnoreCase("ABC") + " " + "abc".equals(null) + " " + "abc".equals(new StringBuilder("abc")));
        System.out.println("contentEquals " + "abc".contentEquals(new StringBuilder("abc")));
        System.out.println("join " + String.join("-", "a", "b", "c") + " " + String.join(", ", words));
        char[] cs = "chars".toCharArray();
        cs[0] = 'C';
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 3) + " " + String.copyValueOf(cs));
        String a1 = "interned";
        String a2 = new String("interned");
        System.out.println("identity " + (a1 == a2) + " " + (a1 == a2.intern()) + " " + (a1 == "intern" + "ed"));
        System.out.println("chars sum " + sumChars("The quick brown fox jumps over the lazy dog"));
        System.out.println("charAt loop " + countVowels("Supercalifragilisticexpialidocious"));
        System.out.println("toString " + s.toString() + " " + "x".concat("") + " " + "".concat("y"));
        System.out.println("lastIndexOf from " + s.lastIndexOf('o', 10) + " " + s.lastIndexOf("l", 3) + " regionMatches " + s.regionMatches(true, 7, "KILN", 0, 4));
        System.out.println("codePointAt " + s.codePointAt(0) + " hash " + s.hashCode() + " " + "".hashCode());
    }

    static int sumChars(String s) {
        int sum = 0;
        for (char c : s.toCharArray()) sum += c;
        return sum;
    }

    static int countVowels(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if ("aeiou".indexOf(s.charAt(i)) >= 0) n++;
        return n;
    }
}
