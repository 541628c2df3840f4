/** Integer and Long: valueOf caches (== on -128..127), conversions to strings in several radixes, compare, unsigned. */
public class Main {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println("cache: " + (a == b) + " " + (c == d) + " " + (e == f) + " " + (g == h) + " equals " + c.equals(d) + " " + g.equals(h));
        Long la = 127L, lb = 127L, lc = 128L, ld = 128L;
        System.out.println("long cache: " + (la == lb) + " " + (lc == ld) + " " + lc.equals(ld) + " " + la.equals(127) + " " + la.equals(127L));
        System.out.println("valueOf cache: " + (Integer.valueOf(5) == Integer.valueOf(5)) + " " + (Integer.valueOf(500) == Integer.valueOf(500)));
        int[] vs = {0, 1, -1, 255, -255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : vs) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v)
                    + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7) + " unsigned " + Integer.toUnsignedString(v)
                    + " hash " + Integer.valueOf(v).hashCode());
        }
        long[] lvs = {0L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L};
        for (long v : lvs) {
            System.out.println(v + ": hex " + Long.toHexString(v) + " bin-len " + Long.toBinaryString(v).length() + " r36 " + Long.toString(v, 36)
                    + " unsigned " + Long.toUnsignedString(v) + " hash " + Long.hashCode(v));
        }
        System.out.println("compare " + Integer.compare(3, 7) + " " + Integer.compare(7, 3) + " " + Integer.compare(5, 5) + " " + Long.compare(-1, 1)
                + " unsigned " + Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3)
                + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Integer.toUnsignedLong(-2));
        System.out.println("min/max/sum " + Integer.min(3, -3) + " " + Integer.max(3, -3) + " " + Integer.sum(3, 4) + " " + Long.max(1L, 2L));
        System.out.println("constants " + Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE
                + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        Integer boxed = 41;
        boxed++;
        int unboxed = boxed + 8;
        Integer sum = 0;
        for (int i = 0; i < 1000; i++) sum += i;   // boxing in a loop
        System.out.println("autobox " + boxed + " " + unboxed + " " + sum + " intValue " + sum.intValue() + " longValue " + sum.longValue()
                + " doubleValue " + sum.doubleValue() + " byteValue " + sum.byteValue());
        Integer big1 = 1000, big2 = 1000;
        System.out.println("numeric compare of boxes: " + (big1 <= big2 && big1 >= big2) + " identity: " + (big1 == big2) + " compareTo " + big1.compareTo(999));
        Object o = 5;
        Object ol = 5L;
        System.out.println("boxed types " + o.getClass().getName() + " " + ol.getClass().getName() + " equals " + o.equals(ol) + " " + o.equals(5));
        System.out.println("toString " + Integer.toString(-77) + " " + Long.toString(88L) + " " + Integer.valueOf(3).toString() + " " + Integer.valueOf("123") + " " + Long.valueOf("-9"));
        Short s1 = 100, s2 = 100;
        Byte b1 = 100, b2 = 100;
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println("other caches " + (s1 == s2) + " " + (b1 == b2) + " " + (c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4));
    }
}
