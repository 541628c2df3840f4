/** Lambdas (invokedynamic + LambdaMetafactory): non-capturing, capturing locals of every width, this, nested lambdas. */
public class Main {
    interface IntOp { int apply(int x); }
    interface LongFn { long apply(long a, long b); }
    interface DoubleSupplier { double get(); }
    interface Fn<A, B> { B apply(A a); }
    interface Action { void run(); }

    int field = 5;

    IntOp addField() { return x -> x + field; }          // captures this

    static IntOp compose(IntOp f, IntOp g) { return x -> f.apply(g.apply(x)); }

    static <A, B, C> Fn<A, C> then(Fn<A, B> f, Fn<B, C> g) { return a -> g.apply(f.apply(a)); }

    public static void main(String[] args) {
        IntOp twice = x -> x * 2;
        IntOp square = x -> x * x;
        System.out.println("twice(21)=" + twice.apply(21) + " square(12)=" + square.apply(12) + " compose=" + compose(twice, square).apply(5));
        long big = 1L << 40;
        double scale = 0.5;
        char tag = 'T';
        LongFn f = (a, b) -> a * b + big;
        DoubleSupplier ds = () -> scale * 3 + tag;
        System.out.println("captures: " + f.apply(3, 4) + " " + ds.get());
        Main m = new Main();
        IntOp af = m.addField();
        m.field = 100;                                     // the lambda reads the field at call time
        System.out.println("captured this: " + af.apply(1));
        Fn<String, Integer> len = s -> s.length();
        Fn<Integer, String> stars = n -> "*".repeat(n);
        System.out.println("then: " + then(len, stars).apply("kiln"));
        int[] counter = {0};
        Action inc = () -> counter[0]++;
        for (int i = 0; i < 10; i++) inc.run();
        System.out.println("counter " + counter[0]);
        IntOp[] ops = new IntOp[5];
        for (int i = 0; i < ops.length; i++) {
            final int k = i;
            ops[i] = x -> x * 10 + k;
        }
        StringBuilder sb = new StringBuilder();
        for (IntOp op : ops) sb.append(op.apply(7)).append(' ');
        System.out.println("closures in loop: " + sb);
        Fn<Integer, Fn<Integer, Integer>> adder = a -> b -> a + b;
        System.out.println("curried: " + adder.apply(3).apply(4));
        Runnable r = () -> System.out.println("java.lang.Runnable lambda ran");
        r.run();
        long sum = 0;
        IntOp mix = x -> (x * 31) ^ (x >>> 3);
        for (int i = 0; i < 100000; i++) sum += mix.apply(i);
        System.out.println("sum " + sum);
    }
}
