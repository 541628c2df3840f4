/** String.hashCode (s[0]*31^(n-1) + ... ) for many strings, including collisions, empty and long strings. */
public class Main {
    public static void main(String[] args) {
        String[] ss = {"", "a", "A", "ab", "Aa", "BB", "AaAa", "BBBB", "AaBB", "hello", "Hello", "kiln unikernel",
                       "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES", "\u0000", "\u0000\u0000", " ", "0123456789"};
        for (String s : ss) System.out.println("[" + s.replace('\u0000', '0') + "] " + s.hashCode());
        StringBuilder sb = new StringBuilder();
        long sum = 0;
        for (int i = 0; i < 3000; i++) {
            sb.append((char) ('a' + (i * 7) % 26));
            sum += sb.toString().hashCode();
        }
        System.out.println("growing sum " + sum);
        String s = sb.toString();
        System.out.println("cached hash stable " + (s.hashCode() == s.hashCode()) + " " + s.hashCode());
        String copy = new String(s.toCharArray());
        System.out.println("equal strings, equal hashes " + (copy.hashCode() == s.hashCode()) + " distinct objects " + (copy != s));
        // A string whose hash is 0 must still compute correctly every time.
        String zero = "";
        System.out.println("zero hash " + zero.hashCode() + " " + "f5a5a608".hashCode());
        int collisions = 0;
        int[] buckets = new int[64];
        for (int i = 0; i < 10000; i++) buckets[("key" + i).hashCode() & 63]++;
        for (int b : buckets) if (b > 200) collisions++;
        System.out.println("bucket spread " + java.util.Arrays.toString(java.util.Arrays.copyOf(buckets, 8)) + " heavy " + collisions);
    }
}
