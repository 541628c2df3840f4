/** Method references: static, bound instance, unbound instance, constructor, array constructor, super::method. */
public class Main {
    interface Fn<A, B> { B apply(A a); }
    interface BiFn<A, B, C> { C apply(A a, B b); }
    interface Sup<T> { T get(); }
    interface IntArrayMaker { int[] make(int n); }

    static class Greeter {
        final String greeting;
        Greeter(String g) { greeting = g; }
        String greet(String who) { return greeting + ", " + who; }
        String describe() { return "Greeter(" + greeting + ")"; }
    }
    static class Loud extends Greeter {
        Loud() { super("HEY"); }
        @Override String greet(String who) { return super.greet(who).toUpperCase(); }
        Fn<String, String> parentGreet() { return super::greet; }
    }

    static int twice(int x) { return 2 * x; }

    public static void main(String[] args) {
        Fn<Integer, Integer> st = Main::twice;
        Fn<String, Integer> parse = Integer::parseInt;
        Greeter g = new Greeter("Hello");
        Fn<String, String> bound = g::greet;
        Fn<Greeter, String> unbound = Greeter::describe;
        BiFn<Greeter, String, String> unbound2 = Greeter::greet;
        Fn<String, Greeter> ctor = Greeter::new;
        Sup<StringBuilder> sbNew = StringBuilder::new;
        IntArrayMaker arr = int[]::new;
        Fn<String, Integer> length = String::length;
        BiFn<String, String, Boolean> startsWith = String::startsWith;
        System.out.println(st.apply(21) + " " + parse.apply("-17") + " " + bound.apply("world") + " " + unbound.apply(g));
        System.out.println(unbound2.apply(new Loud(), "you") + " " + ctor.apply("Hi").greet("there") + " " + sbNew.get().append("sb").length());
        System.out.println(arr.make(4).length + " " + length.apply("kiln") + " " + startsWith.apply("kiln", "ki") + " " + new Loud().parentGreet().apply("parent"));
        Sup<String> nullSafe = String::new;
        System.out.println("[" + nullSafe.get() + "]");
    }
}
