package java.util.stream;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.HashSet;

/**
 * Adapters between the primitive functional interfaces and the boxed pipeline, chosen by an
 * operation code (the class library's checker does not accept lambdas yet, so this replaces them).
 * One object serves as Function, Predicate, Consumer, Supplier or Comparator; Fn2 as BinaryOperator
 * or BiConsumer.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class Fn implements UnaryOperator<Object>, Predicate<Object>, Consumer<Object>, Supplier<Object>,
        Comparator<Object> {
    static final int TO_INT = 0, TO_LONG = 1, TO_DOUBLE = 2, INT_UNARY = 3, INT_FN = 4, INT_TO_LONG = 5,
            INT_TO_DOUBLE = 6, I2L = 7, I2D = 8, L2D = 9, IDENTITY = 10, LONG_FN = 11, DOUBLE_FN = 12,
            INT_SUP = 13, INT_PRED = 14, LONG_PRED = 15, DOUBLE_PRED = 16, SEEN = 17, TRUE = 18,
            INT_CONS = 19, LONG_CONS = 20, DOUBLE_CONS = 21, NATURAL = 22, INT_ARRAY = 23, LONG_ARRAY = 24,
            DOUBLE_ARRAY = 25, ADD = 26, NEW_LIST = 27, NEW_SET = 28, NEW_LONGS = 29, NEW_DSUM = 30, NEW_MAP = 31,
            FLAT_INT = 32, FLAT_LONG = 33, FLAT_DOUBLE = 34, INT_FLAT = 35;

    private final int op;
    private final Object f;

    Fn(int op, Object f) {
        this.op = op;
        this.f = f;
    }

    static <A, B> Function<A, B> fn(int op, Object f) {
        return (Function<A, B>) (Function) new Fn(op, f);
    }

    static <A> Predicate<A> pred(int op, Object f) {
        return (Predicate<A>) (Predicate) new Fn(op, f);
    }

    static <A> Consumer<A> cons(int op, Object f) {
        return (Consumer<A>) (Consumer) new Fn(op, f);
    }

    static <A> Supplier<A> sup(int op, Object f) {
        return (Supplier<A>) (Supplier) new Fn(op, f);
    }

    public Object apply(Object x) {
        switch (op) {
            case TO_INT: return ((ToIntFunction) f).applyAsInt(x);
            case TO_LONG: return ((ToLongFunction) f).applyAsLong(x);
            case TO_DOUBLE: return ((ToDoubleFunction) f).applyAsDouble(x);
            case INT_UNARY: return ((IntUnaryOperator) f).applyAsInt((Integer) x);
            case INT_FN: return ((IntFunction) f).apply((Integer) x);
            case INT_TO_LONG: return ((IntToLongFunction) f).applyAsLong((Integer) x);
            case INT_TO_DOUBLE: return ((IntToDoubleFunction) f).applyAsDouble((Integer) x);
            case I2L: return (long) (Integer) x;
            case I2D: return (double) (Integer) x;
            case L2D: return (double) (Long) x;
            case LONG_FN: return ((LongFunction) f).apply((Long) x);
            case DOUBLE_FN: return ((DoubleFunction) f).apply((Double) x);
            case INT_ARRAY: return ((int[]) f)[(Integer) x];
            case LONG_ARRAY: return ((long[]) f)[(Integer) x];
            case DOUBLE_ARRAY: return ((double[]) f)[(Integer) x];
            // flatMapTo*: the inner primitive stream's boxed pipeline (null stays null = no elements)
            case FLAT_INT: return unwrap(((Function) f).apply(x));
            case FLAT_LONG: return unwrap(((Function) f).apply(x));
            case FLAT_DOUBLE: return unwrap(((Function) f).apply(x));
            case INT_FLAT: return unwrap(((IntFunction) f).apply((Integer) x));
            default: return x;
        }
    }

    /** The boxed stream under a primitive stream (every Int/Long/DoubleStream here is a *Pipe). */
    private static Stream<?> unwrap(Object stream) {
        if (stream == null) {
            return null;
        }
        if (stream instanceof IntPipe p) {
            return p.s;
        }
        if (stream instanceof LongPipe p) {
            return p.s;
        }
        return ((DoublePipe) stream).s;
    }

    public boolean test(Object x) {
        switch (op) {
            case INT_PRED: return ((IntPredicate) f).test((Integer) x);
            case LONG_PRED: return ((LongPredicate) f).test((Long) x);
            case DOUBLE_PRED: return ((DoublePredicate) f).test((Double) x);
            case SEEN: return ((HashSet) f).add(x);
            default: return true;
        }
    }

    public void accept(Object x) {
        switch (op) {
            case INT_CONS: ((IntConsumer) f).accept((Integer) x); break;
            case LONG_CONS: ((LongConsumer) f).accept((Long) x); break;
            case DOUBLE_CONS: ((DoubleConsumer) f).accept((Double) x); break;
            default: break;
        }
    }

    public Object get() {
        switch (op) {
            case INT_SUP: return ((IntSupplier) f).getAsInt();
            case NEW_LIST: return new java.util.ArrayList<Object>();
            case NEW_SET: return new HashSet<Object>();
            case NEW_MAP: return new java.util.HashMap<Object, Object>();
            case NEW_LONGS: return new long[2];
            case NEW_DSUM: return new DoubleSum();
            default: return ((Supplier) f).get();
        }
    }

    public int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** Two-argument adapters. */
    static final class Fn2 implements BinaryOperator<Object>, BiConsumer<Object, Object> {
        static final int INT_BIN = 0, LONG_BIN = 1, DOUBLE_BIN = 2, OBJ_INT = 3, AVG = 4, DSUM = 5, NOOP = 6,
                MIN_I = 7, MAX_I = 8, MIN_L = 9, MAX_L = 10, MIN_D = 11, MAX_D = 12, SUM_I = 13, SUM_L = 14,
                ADD_ALL = 15, ADD = 16;

        private final int op;
        private final Object f;

        Fn2(int op, Object f) {
            this.op = op;
            this.f = f;
        }

        static <A> BinaryOperator<A> bin(int op, Object f) {
            return (BinaryOperator<A>) (BinaryOperator) new Fn2(op, f);
        }

        static <A, B> BiConsumer<A, B> bicons(int op, Object f) {
            return (BiConsumer<A, B>) (BiConsumer) new Fn2(op, f);
        }

        public Object apply(Object a, Object b) {
            switch (op) {
                case INT_BIN: return ((IntBinaryOperator) f).applyAsInt((Integer) a, (Integer) b);
                case LONG_BIN: return ((LongBinaryOperator) f).applyAsLong((Long) a, (Long) b);
                case DOUBLE_BIN: return ((DoubleBinaryOperator) f).applyAsDouble((Double) a, (Double) b);
                case MIN_I: return Math.min((Integer) a, (Integer) b);
                case MAX_I: return Math.max((Integer) a, (Integer) b);
                case MIN_L: return Math.min((Long) a, (Long) b);
                case MAX_L: return Math.max((Long) a, (Long) b);
                case MIN_D: return Math.min((Double) a, (Double) b);
                case MAX_D: return Math.max((Double) a, (Double) b);
                case SUM_I: return (Integer) a + (Integer) b;
                case SUM_L: return (Long) a + (Long) b;
                case ADD_ALL: ((Collection) a).addAll((Collection) b); return a;
                default: return a;
            }
        }

        public void accept(Object a, Object b) {
            switch (op) {
                case OBJ_INT: ((ObjIntConsumer) f).accept(a, (Integer) b); break;
                case AVG: ((long[]) a)[0]++; ((long[]) a)[1] += ((Number) b).longValue(); break;
                case DSUM: ((DoubleSum) a).add((Double) b); break;
                case ADD: ((Collection) a).add(b); break;
                default: break;
            }
        }
    }
}
