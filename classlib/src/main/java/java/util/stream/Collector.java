package java.util.stream;

import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A mutable reduction. Not provided: characteristics(), Collector.Characteristics and Collector.of
 * (the classlib cannot declare enums yet: java.lang.Enum has no valueOf), so the only collectors are
 * those of Collectors; whether the finisher is the identity is tracked by Coll.
 */
public interface Collector<T, A, R> {
    Supplier<A> supplier();

    BiConsumer<A, T> accumulator();

    BinaryOperator<A> combiner();

    Function<A, R> finisher();
}
