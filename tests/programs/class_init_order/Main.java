/**
 * Class initialisation (JVMS 5.5): superclass first, lazily on first new/getstatic/putstatic/invokestatic,
 * not on compile-time constants, array creation, class literals or subclass-only static access of a superclass field.
 */
public class Main {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append(' '); }

    static class Base {
        static int baseValue = init("Base.baseValue", 10);
        static { log("Base.<clinit>"); }
        static int init(String what, int v) { log(what); return v; }
    }
    static class Sub extends Base {
        static final int CONSTANT = 99;                    // compile-time constant: no initialisation
        static final String STR_CONSTANT = "constant";
        static int subValue = init("Sub.subValue", 20);
        static { log("Sub.<clinit>"); }
        static void touch() { log("Sub.touch"); }
    }
    static class Lazy {
        static { log("Lazy.<clinit>"); }
        static int value = 5;
    }
    static class ByNew {
        static { log("ByNew.<clinit>"); }
        ByNew() { log("ByNew()"); }
    }
    static class ByPut { static int v; static { log("ByPut.<clinit>"); } }
    static class ViaArray { static { log("ViaArray.<clinit>"); } }
    interface Iface {
        int ICONST = 3;                                           // constant: no init
        int IVALUE = Base.init("Iface.IVALUE", 7);              // non-constant: initialised on access
        default void m() {}
    }
    interface Plain { int PVALUE = Base.init("Plain.PVALUE", 8); }   // no default methods
    // JVMS 5.5: initialising Impl first initialises superinterfaces that declare default methods (Iface), not Plain.
    static class Impl implements Iface, Plain { static { log("Impl.<clinit>"); } }
    static class Parent { static int shared = Base.init("Parent.shared", 1); }
    static class Child extends Parent { static { log("Child.<clinit>"); } }

    public static void main(String[] args) {
        log("main");
        System.out.println("1: " + log); log.setLength(0);
        int c = Sub.CONSTANT;
        String sc = Sub.STR_CONSTANT;
        System.out.println("2 (constants " + c + " " + sc + "): [" + log + "]"); log.setLength(0);
        ViaArray[] arr = new ViaArray[3];
        Class<?> k = ViaArray.class;
        System.out.println("3 (array " + arr.length + ", class literal " + k.getSimpleName() + "): [" + log + "]"); log.setLength(0);
        Sub.touch();
        System.out.println("4: " + log); log.setLength(0);
        Sub.touch();
        System.out.println("5 (second use, no init): " + log); log.setLength(0);
        int v = Lazy.value;
        System.out.println("6: " + log + "value=" + v); log.setLength(0);
        new ByNew(); new ByNew();
        System.out.println("7: " + log); log.setLength(0);
        ByPut.v = 4;
        System.out.println("8: " + log); log.setLength(0);
        new Impl();
        System.out.println("9 (only the interface with a default method): [" + log + "] ICONST=" + Iface.ICONST); log.setLength(0);
        int iv = Iface.IVALUE + Plain.PVALUE;
        System.out.println("10: " + log + "IVALUE+PVALUE=" + iv); log.setLength(0);
        int sh = Child.shared;    // a static field of Parent accessed through Child initialises only Parent
        System.out.println("11: " + log + "shared=" + sh); log.setLength(0);
        System.out.println("values: " + Base.baseValue + " " + Sub.subValue);
    }
}
