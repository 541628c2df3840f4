/** Varargs: zero/one/many arguments, explicit arrays, null, primitive varargs and overload resolution. */
public class Main {
    static String count(Object... xs) { return xs == null ? "null array" : xs.length + ":" + java.util.Arrays.toString(xs); }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String pick(int a) { return "fixed(int)"; }
    static String pick(int... a) { return "varargs(int...)"; }
    static String pick(long a, long b) { return "fixed(long,long)"; }
    static String fmt(String sep, Object first, Object... rest) {
        StringBuilder sb = new StringBuilder().append(first);
        for (Object o : rest) sb.append(sep).append(o);
        return sb.toString();
    }
    static double avg(double... ds) { double s = 0; for (double d : ds) s += d; return ds.length == 0 ? 0 : s / ds.length; }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count(1));
        System.out.println(count(1, "two", 3.0, 'c', null));
        System.out.println(count((Object[]) new String[]{"x", "y"}));
        System.out.println(count((Object) new String[]{"x", "y"}).startsWith("1:"));
        System.out.println(count((Object[]) null));
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3, 4, 5) + " " + sum(new int[]{10, 20}));
        System.out.println(pick(1) + " " + pick() + " " + pick(1, 2) + " " + pick(1, 2, 3));
        System.out.println(fmt("-", "a") + " " + fmt(", ", 1, 2, 3) + " " + fmt("", 'x', 'y'));
        System.out.println(avg() + " " + avg(1.5) + " " + avg(1, 2, 3, 4));
        System.out.println(String.join("/", "a", "b") + " " + java.util.Objects.hash(1, 2, 3) + " " + java.util.Objects.hash());
    }
}
