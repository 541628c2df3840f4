package java.util.stream;

import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Base of every Collector made by Collectors: one object is its own supplier (get), accumulator
 * (accept) and finisher (apply); identityFinish stands for the IDENTITY_FINISH characteristic.
 */
abstract class Coll<T, A, R> implements Collector<T, A, R>, Supplier<A>, BiConsumer<A, T>, Function<A, R> {
    final boolean identityFinish;

    Coll(boolean identityFinish) {
        this.identityFinish = identityFinish;
    }

    static boolean isIdentity(Collector<?, ?, ?> c) {
        return c instanceof Coll<?, ?, ?> k && k.identityFinish;
    }

    public abstract A get();

    public abstract void accept(A container, T t);

    @SuppressWarnings("unchecked")
    public R apply(A container) {
        return (R) container;
    }

    /** Merges two partial results (only for combiner(); sequential streams never call it). */
    A combine(A a, A b) {
        throw new UnsupportedOperationException();
    }

    public Supplier<A> supplier() {
        return this;
    }

    public BiConsumer<A, T> accumulator() {
        return this;
    }

    public BinaryOperator<A> combiner() {
        Coll<T, A, R> me = this;
        return new BinaryOperator<A>() {
            public A apply(A a, A b) {
                return me.combine(a, b);
            }
        };
    }

    public Function<A, R> finisher() {
        return this;
    }
}
