/** Every conditional branch family: if_icmpXX, ifXX, lcmp, if_acmpXX, ifnull/ifnonnull, && and || short-circuit. */
public class Main {
    static int calls = 0;

    static boolean side(boolean v) { calls++; return v; }

    public static void main(String[] args) {
        int[] vs = {Integer.MIN_VALUE, -5, -1, 0, 1, 5, Integer.MAX_VALUE};
        int mask = 0, total = 0;
        for (int a : vs) {
            for (int b : vs) {
                mask = 0;
                if (a == b) mask |= 1;
                if (a != b) mask |= 2;
                if (a < b) mask |= 4;
                if (a <= b) mask |= 8;
                if (a > b) mask |= 16;
                if (a >= b) mask |= 32;
                total = total * 7 + mask;
            }
            int z = 0;
            if (a == 0) z |= 1;
            if (a != 0) z |= 2;
            if (a < 0) z |= 4;
            if (a <= 0) z |= 8;
            if (a > 0) z |= 16;
            if (a >= 0) z |= 32;
            System.out.println("a=" + a + " zero-compare mask=" + z);
        }
        System.out.println("int compare total = " + total);
        long[] ls = {Long.MIN_VALUE, -1L, 0L, 1L << 32, Long.MAX_VALUE};
        StringBuilder sb = new StringBuilder();
        for (long a : ls) for (long b : ls) sb.append(a < b ? '<' : a > b ? '>' : '=');
        System.out.println("long compare: " + sb);
        String s1 = "kiln", s2 = "kiln", s3 = new String("kiln"), sn = null;
        System.out.println("acmp: " + (s1 == s2) + " " + (s1 == s3) + " " + (s1 != s3) + " null? " + (sn == null) + " " + (s1 != null));
        Object o = s1;
        System.out.println("object identity: " + (o == s1));
        calls = 0;
        boolean r1 = side(false) && side(true);
        boolean r2 = side(true) || side(false);
        boolean r3 = side(true) & side(false);
        boolean r4 = side(false) | side(false);
        System.out.println("short circuit: " + r1 + r2 + r3 + r4 + " calls=" + calls);
        int count = 0;
        for (int i = 0; i < 1000; i++) {
            if ((i % 3 == 0 || i % 5 == 0) && !(i % 15 == 0)) count++;
        }
        System.out.println("fizz-xor-buzz count = " + count);
        int w = 0;
        while (w < 100) { w += 7; if (w > 50) break; }
        do { w--; } while (w > 40);
        System.out.println("w = " + w);
    }
}
