/** String concatenation with every type: primitives, char, null, double/float formatting, objects, nested. */
public class Main {
    static class P { public String toString() { return "P!"; } }
    static class NullToString { public String toString() { return null; } }

    public static void main(String[] args) {
        boolean z = true; byte b = -8; char c = 'c'; short s = 300; int i = -42; long l = 1L << 40;
        float f = 1.25f; double d = -0.1; String str = "str"; String nul = null; Object o = new P(); Object none = null;
        char[] chars = {'x', 'y'};
        System.out.println("all: " + z + b + c + s + i + l + f + d + str + nul + o + none);
        System.out.println(1 + 2 + "=" + 1 + 2);
        System.out.println(c + 1 + "|" + (char) (c + 1) + "|" + c + c + "|" + (c + c));
        System.out.println("" + 'a' + 'b' + " vs " + ('a' + 'b'));
        System.out.println("doubles: " + 1.0 + " " + 100.0 + " " + 1e7 + " " + 1e-3 + " " + 0.001 + " " + 1.0E-4 + " " + (1 / 3.0) + " " + Double.NaN + " " + (-1 / 0.0));
        System.out.println("floats: " + 1.0f + " " + 0.1f + " " + 1e10f + " " + (1 / 3f) + " " + -0.0f + " " + Float.MIN_VALUE);
        System.out.println("longs: " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " ints: " + Integer.MIN_VALUE);
        System.out.println("char array via valueOf: " + String.valueOf(chars) + " via new: " + new String(chars, 1, 1));
        System.out.println("null toString: " + new NullToString());
        String acc = "";
        for (int k = 0; k < 20; k++) acc += k % 10;
        acc += 'Z';
        acc += 3.5;
        acc += nul;
        System.out.println("compound: " + acc + " len " + acc.length());
        String x = "a";
        x = x + x;
        x = x + x + x;
        System.out.println(x);
        String concatMethod = "left".concat("-").concat("right");
        System.out.println(concatMethod + " " + String.valueOf(3.0f) + String.valueOf(true) + String.valueOf('q') + String.valueOf(7L) + String.valueOf((Object) null));
        int[] arr = {1};
        System.out.println("array elem " + arr[0] + arr.length + " ternary " + (i < 0 ? "neg" : 5) + " expr " + (i * 2));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder: " + sb + " " + sb.append('!'));
        String emoji = "snow\u2603man";   // non-ASCII: print only lengths and code points
        System.out.println("non-ascii length " + emoji.length() + " code " + (int) emoji.charAt(4));
    }
}
