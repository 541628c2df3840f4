package java.lang;

/**
 * A readable sequence of UTF-16 chars. chars() and codePoints() copy the sequence when called (the
 * JDK reads it when the stream's terminal operation starts; the two differ only for a sequence
 * changed in between).
 */
public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return this.length() == 0;
    }

    CharSequence subSequence(int start, int end);

    /** The chars as an IntStream (zero-extended). */
    default java.util.stream.IntStream chars() {
        int[] cs = new int[length()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = charAt(i);
        }
        return java.util.stream.IntStream.of(cs);
    }

    /** The code points as an IntStream; an unpaired surrogate is its own code point. */
    default java.util.stream.IntStream codePoints() {
        int n = length();
        int[] cps = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(charAt(i + 1))) {
                cps[count++] = Character.toCodePoint(c, charAt(++i));
            } else {
                cps[count++] = c;
            }
        }
        return java.util.stream.IntStream.of(cps).limit(count);
    }

    public String toString();

    /** Lexicographic comparison of two sequences, char by char. */
    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) cs1;
            return c.compareTo(cs2);
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
