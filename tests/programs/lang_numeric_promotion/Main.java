/** Numeric promotion and narrowing: compound assignments, char arithmetic, ternary typing, shifts, casts. */
public class Main {
    public static void main(String[] args) {
        byte b = 120;
        b += 10;              // implicit narrowing
        short s = Short.MAX_VALUE;
        s++;
        char c = 'y';
        c += 3;               // wraps past 'z'
        int i = 'A' + 'B';
        System.out.println(b + " " + s + " " + (int) c + " " + c + " " + i);
        b = (byte) 0x80;
        System.out.println((b >> 1) + " " + (b >>> 1) + " " + ((b & 0xFF) >>> 1) + " " + (byte) (b >>> 1));
        s = -1;
        s >>>= 10;            // promoted to int, shifted, narrowed back
        System.out.println(s);
        char ch = 'a';
        ch *= 2;
        System.out.println((int) ch + " " + ch);
        int x = 7;
        x *= 2.5;             // double multiply then narrow
        System.out.println(x);
        long big = Integer.MAX_VALUE;
        big += 1.0f;
        System.out.println(big);
        float f = 16777216f;
        f += 1;
        System.out.println(f + " " + (f == 16777217f) + " " + (int) (f + 1));
        Object o1 = true ? 1 : 2.0;        // binary numeric promotion: Double 1.0
        Object o2 = true ? (Integer) 1 : "s";
        Object o3 = false ? 'a' : 98;      // char and int constant representable in char: char
        Object o4 = true ? (short) 1 : 'b';
        System.out.println(o1 + " " + o1.getClass().getSimpleName() + " " + o2.getClass().getSimpleName() + " " + o3 + " "
                + o3.getClass().getSimpleName() + " " + o4.getClass().getSimpleName());
        Integer nullInt = null;
        try {
            int bad = true ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE unboxing in ternary");
        }
        long shift = 1L << 40;
        int ishift = 1 << 40;  // shift distance masked to 8
        System.out.println(shift + " " + ishift + " " + (-1 >> 40) + " " + (-1L >>> 70));
        System.out.println((int) 3.7 + " " + (int) -3.7 + " " + Math.round(-3.5) + " " + Math.round(3.5) + " " + Math.round(-2.5f)
                + " " + (long) 1e19 + " " + (int) -1e10 + " " + (char) -1 + 0 + " " + (short) 40000 + " " + (byte) 300);
        double d = 0.1 + 0.2;
        float ff = 0.1f + 0.2f;
        System.out.println(d + " " + ff + " " + (d == 0.3) + " " + (ff == 0.3f) + " " + (float) d + " " + (double) ff);
        System.out.println(1 / 3 + " " + 1 / 3.0 + " " + 1 % 3 + " " + -7 / 2 + " " + -7 % 3 + " " + 7.5 % 2 + " " + -7.5 % 2);
        int ov = Integer.MAX_VALUE;
        ov++;
        long lv = Long.MIN_VALUE;
        lv--;
        System.out.println(ov + " " + lv + " " + (Integer.MAX_VALUE + Integer.MAX_VALUE) + " " + (short) (Short.MIN_VALUE - 1));
        char[] word = {'k', 'i', 'l', 'n'};
        int hash = 0;
        for (char w : word) hash = 31 * hash + w;
        System.out.println(hash + " " + "kiln".hashCode() + " " + (char) (word[0] - 32) + " " + (word[1] + word[2]) + " " + word[1] + word[2]);
        System.out.println(0.0 == -0.0 ? "zero equal" : "differ");
        System.out.println(Double.compare(0.0, -0.0) + " " + Float.compare(Float.NaN, 1f) + " " + (Double.NaN != Double.NaN));
        var inferred = 10L * 3;
        var ch2 = 'q';
        System.out.println(((Object) inferred).getClass().getSimpleName() + " " + ((Object) ch2).getClass().getSimpleName());
    }
}
