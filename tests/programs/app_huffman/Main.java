import java.util.*;

/** Huffman coding: frequency table, PriorityQueue tree building with deterministic ties, canonical codes, bit packing, decoding. */
public class Main {
    sealed interface Node permits Leaf, Inner {
        long weight();
        int order();  // tie-breaker so the tree is the same on every JVM
    }
    record Leaf(char ch, long weight, int order) implements Node {}
    record Inner(Node left, Node right, long weight, int order) implements Node {}

    static Node build(Map<Character, Long> freq) {
        PriorityQueue<Node> pq = new PriorityQueue<>(Comparator.comparingLong(Node::weight).thenComparingInt(Node::order));
        int order = 0;
        for (var e : new TreeMap<>(freq).entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        if (pq.size() == 1) pq.add(new Leaf('\0', 0, order++));
        while (pq.size() > 1) {
            Node a = pq.poll(), b = pq.poll();
            pq.add(new Inner(a, b, a.weight() + b.weight(), order++));
        }
        return pq.poll();
    }

    static void lengths(Node n, int depth, Map<Character, Integer> out) {
        switch (n) {
            case Leaf l -> out.put(l.ch(), Math.max(1, depth));
            case Inner i -> {
                lengths(i.left(), depth + 1, out);
                lengths(i.right(), depth + 1, out);
            }
        }
    }

    /** Canonical codes: sorted by (length, symbol), consecutive integers. */
    static Map<Character, String> canonical(Map<Character, Integer> lens) {
        List<Map.Entry<Character, Integer>> es = new ArrayList<>(lens.entrySet());
        es.sort(Map.Entry.<Character, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        Map<Character, String> codes = new TreeMap<>();
        int code = 0, prevLen = 0;
        for (var e : es) {
            code <<= e.getValue() - prevLen;
            prevLen = e.getValue();
            String bits = Integer.toBinaryString(code);
            codes.put(e.getKey(), "0".repeat(prevLen - bits.length()) + bits);
            code++;
        }
        return codes;
    }

    public static void main(String[] args) {
        String text = """
            It was the best of times, it was the worst of times, it was the age of wisdom, \
            it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.""";
        Map<Character, Long> freq = new HashMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1L, Long::sum);
        Node root = build(freq);
        Map<Character, Integer> lens = new HashMap<>();
        lengths(root, 0, lens);
        Map<Character, String> codes = canonical(lens);
        codes.forEach((c, code) -> System.out.printf("'%s' %3d %s%n", c == ' ' ? "␣" : String.valueOf(c), freq.get(c), code));
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(codes.get(c));
        byte[] packed = new byte[(bits.length() + 7) / 8];
        for (int i = 0; i < bits.length(); i++) if (bits.charAt(i) == '1') packed[i / 8] |= (byte) (0x80 >>> (i % 8));
        System.out.printf("%d chars -> %d bits (%d bytes), %.3f bits/char, root weight %d%n", text.length(), bits.length(), packed.length,
                (double) bits.length() / text.length(), root.weight());
        System.out.println("first bytes " + HexFormat.of().formatHex(packed, 0, 12));
        Map<String, Character> decode = new HashMap<>();
        codes.forEach((c, code) -> decode.put(code, c));
        StringBuilder out = new StringBuilder(), cur = new StringBuilder();
        for (int i = 0; i < bits.length(); i++) {
            cur.append((packed[i / 8] >>> (7 - i % 8) & 1) == 1 ? '1' : '0');
            Character c = decode.get(cur.toString());
            if (c != null) {
                out.append(c);
                cur.setLength(0);
            }
        }
        System.out.println("round trip " + out.toString().equals(text) + " leftover=" + cur.length());
        double entropy = 0;
        for (long f : freq.values()) {
            double p = (double) f / text.length();
            entropy -= p * StrictMath.log(p) / StrictMath.log(2);
        }
        System.out.printf("entropy %.4f bits/char%n", entropy);
        Map<Character, Integer> single = new HashMap<>();
        lengths(build(Map.of('z', 5L)), 0, single);
        System.out.println("single-symbol code lengths " + single);
    }
}
