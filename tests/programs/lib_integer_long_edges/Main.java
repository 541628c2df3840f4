import java.util.*;

/** Integer and Long edge cases: overflow, unsigned arithmetic, radix conversions, bit queries, parsing errors. */
public class Main {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 7, -8, 255, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x55555555, 0xCAFEBABE};
        for (int v : is) {
            System.out.println(v + ": hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " bin="
                    + Integer.toBinaryString(v) + " u=" + Integer.toUnsignedString(v) + " r36=" + Integer.toString(v, 36)
                    + " r7u=" + Integer.toUnsignedString(v, 7));
            System.out.println("  bc=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz="
                    + Integer.numberOfTrailingZeros(v) + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v)
                    + " rev=" + Integer.reverse(v) + " revb=" + Integer.reverseBytes(v) + " rotl5=" + Integer.rotateLeft(v, 5)
                    + " rotr33=" + Integer.rotateRight(v, 33) + " sig=" + Integer.signum(v) + " abs=" + Math.abs(v)
                    + " neg=" + (-v) + " hash=" + Integer.hashCode(v));
        }
        long[] ls = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, 0x123456789ABCDEFL, -1234567890123L};
        for (long v : ls) {
            System.out.println(v + ": hex=" + Long.toHexString(v) + " u=" + Long.toUnsignedString(v) + " r2="
                    + Long.toString(v, 2).length() + " r36=" + Long.toString(v, 36) + " bc=" + Long.bitCount(v) + " nlz="
                    + Long.numberOfLeadingZeros(v) + " rev=" + Long.reverse(v) + " hash=" + Long.hashCode(v)
                    + " u/7=" + Long.divideUnsigned(v, 7) + " u%7=" + Long.remainderUnsigned(v, 7));
        }
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println(Long.MIN_VALUE / -1L);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.absExact(5) + " " + Math.negateExact(-3));
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " "
                + Integer.compareUnsigned(-1, 1) + " " + Integer.toUnsignedLong(-1));
        System.out.println(Long.compareUnsigned(Long.MIN_VALUE, Long.MAX_VALUE) + " " + Long.compare(Long.MIN_VALUE, Long.MAX_VALUE));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println(Integer.parseInt("-zz", 36) + " " + Integer.parseInt("+0777", 8) + " " + Long.parseLong("7fffffffffffffff", 16));
        System.out.println(Integer.valueOf("123") + Integer.decode("0x1F") + Integer.decode("-010") + Integer.decode("#ff"));
        System.out.println(Long.decode("-0X7FFFFFFFFFFFFFFF") + " " + Integer.min(3, -4) + " " + Long.max(3, 9) + " " + Integer.sum(2, 2));
        String[] bad = {"", "-", "+", "2147483648", "-2147483649", "12a", " 1", "0x10", "99999999999999999999", null};
        for (String s : bad) {
            try {
                System.out.println("parsed " + Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
        for (String s : new String[] {"9223372036854775808", "-9223372036854775809", "1L"}) {
            try {
                System.out.println("parsed " + Long.parseLong(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
        try {
            Integer.parseInt("1", 37);
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Math.multiplyExact(Long.MAX_VALUE, 2L);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 31);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " "
                + Math.floorMod(7, -3) + " " + Math.floorDiv(Long.MIN_VALUE, -1));
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + Integer.valueOf(-128).equals(-128));
        System.out.println(Integer.compare(3, 7) + " " + Long.signum(-99) + " " + Short.toUnsignedInt((short) -1)
                + " " + Byte.toUnsignedInt((byte) 0x80) + " " + (byte) 200 + " " + (short) 70000 + " " + (char) 65601);
        System.out.println((int) 3.99e10 + " " + (long) -1e30 + " " + (int) Double.NaN + " " + (long) Float.POSITIVE_INFINITY);
        System.out.println(Integer.MAX_VALUE * 2 + " " + Long.MAX_VALUE * 3 + " " + (-Integer.MIN_VALUE == Integer.MIN_VALUE));
        System.out.println((5 >> 1) + " " + (-5 >> 1) + " " + (-5 >>> 28) + " " + (1 << 33) + " " + (1L << 65) + " " + (-1L >>> 63));
        List<Long> sorted = new ArrayList<>(List.of(-1L, 5L, Long.MIN_VALUE, 0L, Long.MAX_VALUE));
        sorted.sort(Long::compareUnsigned);
        System.out.println(sorted);
    }
}
