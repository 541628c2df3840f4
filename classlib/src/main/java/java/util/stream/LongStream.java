package java.util.stream;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * A sequential stream of longs (LongPipe): the essentials only. Not provided: map, mapToInt,
 * mapToDouble, iterate, generate, collect, iterator, summaryStatistics, parallel execution.
 */
public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    DoubleStream asDoubleStream();

    Stream<Long> boxed();

    static LongStream empty() {
        return new LongPipe(Stream.<Long>empty());
    }

    static LongStream of(long t) {
        return new LongPipe(Stream.of(t));
    }

    static LongStream of(long... values) {
        return new LongPipe(new RefPipe.Indexed<Long>(values.length, Fn.fn(Fn.LONG_ARRAY, values)));
    }

    static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return new LongPipe(new LongPipe.Range(startInclusive, endExclusive - 1));
    }

    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return new LongPipe(new LongPipe.Range(startInclusive, endInclusive));
    }
}
