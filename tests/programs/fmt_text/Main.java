// %s %S %b %B %h %H %c %C %% %n: null, precision (truncation), width, '-', upper-casing (also the
// one-to-many mappings), code points from Byte/Short/Integer, toString of user objects.
public class Main {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "Point(" + x + "," + y + ")"; }
        @Override public int hashCode() { return 31 * x + y; }
    }

    static class NullName {
        @Override public String toString() { return null; }
    }

    public static void main(String[] args) {
        // toString() returning null: "null" when plain, HotSpot's NullPointerException otherwise.
        for (String f : new String[] {"%s", "%5s", "%-5s", "%.2s", "%S", "%5S", "%.2S", "%b"}) {
            try {
                System.out.println(f + " [" + String.format(f, new NullName()) + "]");
            } catch (NullPointerException e) {
                System.out.println(f + " NPE " + e.getMessage());
            }
        }
        Object[] vals = {"hello", "", null, 42, -3.5, true, false, 'q', new Point(3, -4), "stra\u00dfe", "\u0131i", 7L, Boolean.FALSE};
        String[] fmts = {"%s", "%S", "%10s", "%-10s|", "%.3s", "%8.2s", "%-8.2S|", "%.0s", "%b", "%B", "%7b", "%.1b",
            "%-6B|", "%h", "%H", "%12h", "%-12H|", "%.4h"};
        for (Object v : vals) {
            StringBuilder sb = new StringBuilder();
            for (String f : fmts) {
                sb.append('[').append(String.format(f, v)).append(']');
            }
            System.out.println(sb);
        }
        Object[] chars = {'a', 'Z', '\u00df', '\u00e9', (byte) 65, (short) 0x263A, 0x1F600, 0x10FFFF, 48, null, '%'};
        for (Object c : chars) {
            System.out.println(String.format("[%c][%C][%4c][%-4c][%-3C]", c, c, c, c, c));
        }
        System.out.println(String.format("100%% [%5%] [%-5%]%n[%s]%n", "x"));
        System.out.println(String.format("%s %s %s", "a", "b", "c"));
        System.out.println(String.format("%2$s %1$s %2$s %<s %s %s %<S", "a", "b"));
        System.out.println(String.format("no specifiers at all"));
        System.out.println(String.format("%s", (Object) new String[] {"x"}.length));
        System.out.println(String.format("%s|%10s|%-10s|", "\uD83D\uDE00", "\uD83D\uDE00", "\u00e9"));
        System.out.println("%s and %d and %.2f".formatted("str", 12, 3.14159));
        System.out.println(String.format("%s %s", null, null));
        System.out.println(String.format("%s", (Object[]) null));
        System.out.println(String.format("%s %2$s %<s", (Object[]) null));
        System.out.println(String.format("%b %c %d %x %e %f %g %a %h", null, null, null, null, null, null, null, null, null));
        System.out.println(String.format("[%8d][%-8X][%08e]", null, null, null));
    }
}
