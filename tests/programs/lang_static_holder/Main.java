import java.util.*;

/** Lazy class initialisation: holder idiom, constants that do not trigger init, init of interfaces and arrays. */
public class Main {
    static final List<String> log = new ArrayList<>();

    static class Holder {
        static { log.add("Holder init"); }
        static final Holder INSTANCE = new Holder();
        static final int CONST = 42;            // compile-time constant: reading it does not initialise
        static final Integer BOXED = 7;          // not a constant: reading it initialises
        Holder() { log.add("Holder()"); }
    }

    static class Counter {
        static int count;
        static { log.add("Counter init count=" + count); count = 10; }
        static int next() { return ++count; }
    }

    interface WithField {
        int X = compute("WithField.X");
        static int compute(String what) { log.add(what); return 5; }
        default void nothing() {}
    }

    static class Impl implements WithField {
        static { log.add("Impl init"); }
    }

    static class Sub extends Counter {
        static { log.add("Sub init"); }
        static int subValue = 3;
    }

    enum Mode {
        A, B;
        static { log.add("Mode init"); }
    }

    static class Selfish {
        static final Selfish FIRST = new Selfish();
        static int value = 99;
        final int seen;
        Selfish() { seen = value; }  // runs before value is assigned
    }

    public static void main(String[] args) {
        log.add("main start");
        int c = Holder.CONST;
        log.add("read CONST " + c);
        Holder[] array = new Holder[3];
        log.add("made array of " + array.length);
        Object h = Holder.INSTANCE;
        log.add("got instance " + (h != null));
        log.add("boxed " + Holder.BOXED);
        log.add("next " + Counter.next());
        new Impl();
        log.add("after Impl");
        log.add("X " + WithField.X);
        log.add("Sub.count via subclass " + Sub.count);
        log.add("subValue " + Sub.subValue);
        Mode[] ms = new Mode[0];
        log.add("mode array " + ms.length);
        log.add("mode " + Mode.B.ordinal());
        log.add("selfish " + Selfish.FIRST.seen + " then " + Selfish.value);
        log.forEach(System.out::println);
    }
}
