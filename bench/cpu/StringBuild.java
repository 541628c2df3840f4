/**
 * String building: StringBuilder appends of ints, longs, chars and strings, string concatenation
 * with + (invokedynamic on HotSpot), and String.format with %d, %s, %x and %.3f. A unit builds
 * 20 000 short records and folds their lengths and hashes.
 */
public class StringBuild {
    static long unit() {
        long h = 0;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            line.setLength(0);
            line.append("item").append(i).append(',').append(i * 7919L).append(',');
            for (int k = 0; k < 4; k++) {
                line.append((char) ('a' + (i + k) % 26));
            }
            String concat = "id=" + i + " name=" + line + " ok=" + (i % 3 == 0);
            h = h * 31 + concat.hashCode();
            if (i % 8 == 0) {
                String f = String.format("%d|%s|%x|%.3f", i, "w" + i, i * 31, i / 7.0);
                h = h * 31 + f.hashCode() + f.length();
            }
        }
        return h;
    }

    public static void main(String[] args) {
        Harness.main(args, 10, StringBuild::unit);
    }
}
