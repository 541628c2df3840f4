import java.util.*;

/** Overload resolution: widening, boxing, varargs phases, most specific method, null arguments, generics. */
public class Main {
    static String f(short x) { return "short"; }
    static String f(long x) { return "long"; }
    static String f(float x) { return "float"; }
    static String f(Number x) { return "Number"; }
    static String f(Integer x) { return "Integer"; }
    static String f(CharSequence x) { return "CharSequence"; }
    static String f(int... xs) { return "int..." + xs.length; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }
    static String h(CharSequence s) { return "h(CharSequence)"; }

    static String v(String first, Object... rest) { return first + ":" + rest.length + ":" + Arrays.deepToString(rest); }

    static String w(byte b) { return "byte"; }
    static String w(short s) { return "short"; }
    static String w(char c) { return "char"; }
    static String w(float f) { return "float"; }

    static <T> String gen(T t) { return "gen(T) " + t; }
    static String gen(String s) { return "gen(String) " + s; }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static class Animal { String who() { return "animal"; } }
    static class Dog extends Animal { @Override String who() { return "dog"; } }
    static String meet(Animal a) { return "meet(Animal:" + a.who() + ")"; }
    static String meet(Dog d) { return "meet(Dog:" + d.who() + ")"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 4;
        float fl = 5f;
        System.out.println(f(1) + " " + f(b) + " " + f(s) + " " + f(c) + " " + f(l) + " " + f(fl) + " " + f(1.0));
        System.out.println(f(Integer.valueOf(3)) + " " + f((Object) "str" instanceof String str ? str : "") + " " + f() + " " + f(1, 2) + " " + f(new int[] {1, 2, 3}));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)));
        System.out.println(h("s") + " " + h(new StringBuilder("sb")) + " " + h(3) + " " + h((Object) "x") + " " + h(null));
        System.out.println(v("a") + " " + v("b", 1) + " " + v("c", 1, "two", null) + " " + v("d", (Object[]) new String[] {"x", "y"})
                + " " + v("e", (Object) new String[] {"x", "y"}) + " " + v("f", (Object[]) null == null ? new Object[0] : null));
        System.out.println(w(b) + " " + w(s) + " " + w(c) + " " + w((byte) (b + 1)));
        System.out.println(gen("s") + " | " + gen(42) + " | " + Main.<String>gen("t") + " | " + gen((Object) "o"));
        System.out.println(sum() + " " + sum(5) + " " + sum(1, 2, 3, 4));
        Animal a = new Dog();
        System.out.println(meet(a) + " " + meet(new Dog()) + " " + meet((Animal) new Dog()));
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30));
        list.remove(1);
        list.remove(Integer.valueOf(10));
        System.out.println(list);
        StringBuilder sb = new StringBuilder();
        sb.append('a').append((int) 'a').append((char) 98).append(1L).append(1.5f).append((Object) null).append(new char[] {'z'});
        System.out.println(sb);
        System.out.println(String.valueOf(new char[] {'h', 'i'}) + String.valueOf((Object) null) + String.valueOf(3.0f));
        System.out.println(Math.max(1, 2L) + " " + Math.max(1, 2.0f) + " " + (1 + 2L) + " " + ('a' + 1) + " " + (char) ('a' + 1));
    }
}
