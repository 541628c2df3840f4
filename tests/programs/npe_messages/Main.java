/** HotSpot's helpful NullPointerException messages (JEP 358): the action and where the null came from. */
public class Main {
    static String sf; String f; int[] arr; Main next;
    static String get() { return null; }
    public static void main(String[] args) {
        String s = null; Main m = new Main(); Main n = null; Object[] oa = new Object[2]; Integer boxed = null;
        Runnable[] tests = {
            () -> s.length(), () -> System.out.println(n.f), () -> { n.f = "x"; }, () -> System.out.println(m.arr.length),
            () -> System.out.println(m.arr[0]), () -> { m.arr[0] = 1; }, () -> sf.length(), () -> get().length(),
            () -> m.next.f.length(), () -> oa[1].hashCode(), () -> { int x = boxed; }, () -> { synchronized (n) {} },
            () -> { throw null; }, () -> m.f.length(), () -> ((String) null).length(),
        };
        for (Runnable r : tests) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
        try { String t = null; t.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { m.f.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { args = null; System.out.println(args.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
