/** A library class: nothing here has a public static void main(String[]). */
public class Util {
    static int twice(int x) { return 2 * x; }
    public void main() { }            // not a Java entry point: not static, no String[] parameter
}
