import java.util.*;

/** String.format widths, precision, flags and argument indexes over strings, integers and floats. */
public class Main {
    public static void main(String[] args) {
        String[] names = {"", "a", "Kiln", "ahead-of-time", "ünïcödé"};
        for (String n : names) {
            System.out.println(String.format("[%s][%8s][%-8s][%.3s][%8.2s][%-6.1s]", n, n, n, n, n, n));
        }
        long[] nums = {0, 1, -1, 42, -42, 1234567, -9876543210L, Integer.MAX_VALUE, Long.MIN_VALUE};
        for (long v : nums) {
            System.out.println(String.format("[%d][%8d][%-8d][%08d][%+d][%,d][%(d][% d][%+,15d]", v, v, v, v, v, v, v, v, v));
            System.out.println(String.format("  [%x][%X][%#x][%o][%#o][%016x]", v, v, v, v, v, v));
        }
        int[] ints = {0, 255, -255, 65535, Integer.MIN_VALUE};
        for (int v : ints) {
            System.out.println(String.format("[%x][%#X][%o][%08X][%s]", v, v, v, v, Integer.toHexString(v)));
        }
        byte b = -1;
        short sh = -300;
        System.out.println(String.format("byte %x %d short %x %d", b, b, sh, sh));
        double[] ds = {0, -0.0, 1, -1.5, 3.14159265358979, 1234567.891, 0.000123456, 1e20, -2.5e-10, 99.995, 0.5, 1.5, 2.5};
        for (double d : ds) {
            System.out.println(String.format("[%f][%.0f][%.2f][%10.3f][%-10.1f][%+.4f][%,.2f][%010.2f][%(.1f]", d, d, d, d, d, d, d, d, d));
            System.out.println(String.format("  [%e][%.2e][%12.4E][%g][%.3g][%G]", d, d, d, d, d, d));
        }
        System.out.println(String.format("%f %e %g", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%8.2f|%-8f|%+f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%c%c%c %5c|%-5c|", 'a', 'Z', 0x1F600, 'x', 'y'));
        System.out.println(String.format("%b %B %b %b %5b", true, false, null, "x", true));
        System.out.println(String.format("%2$s %1$s %2$s %<s %s %s", "one", "two"));
        System.out.println(String.format("100%% %n%s", "next line"));
        System.out.println(String.format("%h %H %h", "hi", "hi", 42));
        System.out.println(String.format("%s %S %10S", List.of(1, 2), "mixed Case", "up"));
        System.out.println(String.format("%-4s|%4s|", null, null));
        StringBuilder table = new StringBuilder();
        String[][] rows = {{"item", "qty", "price"}, {"apple", "3", "0.5"}, {"watermelon", "12", "3.25"}, {"fig", "100", "12.125"}};
        for (String[] r : rows) {
            boolean header = r[0].equals("item");
            table.append(header ? String.format("%-12s%5s%10s%n", (Object[]) r)
                    : String.format("%-12s%5d%10.2f%n", r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2])));
        }
        System.out.print(table);
        System.out.println("x".formatted() + "%05d|%-5d|".formatted(42, -7));
        for (String bad : new String[] {"%q", "%5", "%-d", "%0s", "%,s", "%.2d", "%#s", "%3$s"}) {
            try {
                System.out.println(String.format(bad, 1, 2));
            } catch (IllegalFormatException e) {
                System.out.println(bad + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            String.format("%d", "str");
        } catch (IllegalFormatConversionException e) {
            System.out.println("conv: " + e.getMessage());
        }
    }
}
