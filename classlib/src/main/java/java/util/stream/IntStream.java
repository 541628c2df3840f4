package java.util.stream;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A sequential stream of ints (IntPipe). Not provided: iterator (PrimitiveIterator), spliterator,
 * summaryStatistics, mapMulti, parallel execution, builder.
 */
public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    default IntStream takeWhile(IntPredicate predicate) {
        return ((IntPipe) this).takeWhileImpl(predicate);
    }

    default IntStream dropWhile(IntPredicate predicate) {
        return ((IntPipe) this).dropWhileImpl(predicate);
    }

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    Stream<Integer> boxed();

    static IntStream empty() {
        return new IntPipe(Stream.<Integer>empty());
    }

    static IntStream of(int t) {
        return new IntPipe(Stream.of(t));
    }

    static IntStream of(int... values) {
        return new IntPipe(new RefPipe.Indexed<Integer>(values.length, Fn.fn(Fn.INT_ARRAY, values)));
    }

    static IntStream iterate(int seed, IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipe(Stream.<Integer>iterate(seed, (UnaryOperator<Integer>) (UnaryOperator<?>) new Fn(Fn.INT_UNARY, f)));
    }

    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new IntPipe(Stream.<Integer>iterate(seed, Fn.pred(Fn.INT_PRED, hasNext),
                (UnaryOperator<Integer>) (UnaryOperator<?>) new Fn(Fn.INT_UNARY, next)));
    }

    static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipe(Stream.<Integer>generate(Fn.sup(Fn.INT_SUP, s)));
    }

    static IntStream range(int startInclusive, int endExclusive) {
        return new IntPipe(new IntPipe.Range(startInclusive, (long) endExclusive - 1));
    }

    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        return new IntPipe(new IntPipe.Range(startInclusive, endInclusive));
    }

    static IntStream concat(IntStream a, IntStream b) {
        return new IntPipe(Stream.concat(((IntPipe) a).s, ((IntPipe) b).s));
    }
}
