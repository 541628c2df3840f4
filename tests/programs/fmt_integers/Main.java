// %d %o %x %X on Byte, Short, Integer and Long: two's complement of the argument's own width for
// negative %o/%x, '#' prefixes, zero padding, grouping, signs, parentheses, widths.
public class Main {
    public static void main(String[] args) {
        Object[] vals = {0, 1, -1, 7, -8, 42, -42, 255, 1000, -1000, 123456, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE,
            0L, -1L, 1234567890123L, -1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE,
            (byte) 0, (byte) 127, (byte) -128, (byte) -1, (short) 32767, (short) -32768, (short) -2, (short) 1234};
        String[] fmts = {"%d", "%5d", "%-8d|", "%08d", "%+d", "% d", "%(d", "%,d", "%,(15d", "%+,015d", "%(08d",
            "%o", "%#o", "%012o", "%#12o", "%x", "%#x", "%X", "%#X", "%#018x", "%-#12X|", "%3x"};
        for (Object v : vals) {
            StringBuilder sb = new StringBuilder(v.getClass().getSimpleName() + " " + v + ":");
            for (String f : fmts) {
                sb.append(' ').append(String.format(f, v));
            }
            System.out.println(sb);
        }
        long seed = 99;
        for (int i = 0; i < 200; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long l = seed >> (i % 64);
            int n = (int) (seed >>> 20);
            System.out.println(String.format("%d %,d %x %o | %d %,(d %X %#o %s", l, l, l, l, n, n, n, n, (short) n));
        }
        // primitives autobox; char is not integral
        byte b = -5;
        short s = -300;
        System.out.println(String.format("%d %x %d %x %o", b, b, s, s, s));
        try {
            String.format("%d", 'x');
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println(e.getMessage() + " " + e.getConversion() + " " + e.getArgumentClass().getName());
        }
        System.out.println(String.format("%d%%, %5d%%", 50, 7));
    }
}
