package java.util.stream;

import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;

/**
 * A sequential stream of doubles (DoublePipe): the essentials only; sum and average use
 * compensated summation as the JDK does. Not provided: map, mapToInt, mapToLong, iterate,
 * generate, collect, iterator, summaryStatistics, parallel execution.
 */
public interface DoubleStream extends BaseStream<Double, DoubleStream> {
    DoubleStream filter(DoublePredicate predicate);

    <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);

    DoubleStream distinct();

    DoubleStream sorted();

    DoubleStream peek(DoubleConsumer action);

    DoubleStream limit(long maxSize);

    DoubleStream skip(long n);

    void forEach(DoubleConsumer action);

    void forEachOrdered(DoubleConsumer action);

    double[] toArray();

    double reduce(double identity, DoubleBinaryOperator op);

    OptionalDouble reduce(DoubleBinaryOperator op);

    double sum();

    OptionalDouble min();

    OptionalDouble max();

    long count();

    OptionalDouble average();

    boolean anyMatch(DoublePredicate predicate);

    boolean allMatch(DoublePredicate predicate);

    boolean noneMatch(DoublePredicate predicate);

    OptionalDouble findFirst();

    OptionalDouble findAny();

    Stream<Double> boxed();

    static DoubleStream empty() {
        return new DoublePipe(Stream.<Double>empty());
    }

    static DoubleStream of(double t) {
        return new DoublePipe(Stream.of(t));
    }

    static DoubleStream of(double... values) {
        return new DoublePipe(new RefPipe.Indexed<Double>(values.length, Fn.fn(Fn.DOUBLE_ARRAY, values)));
    }
}
