package java.util.function;

/** A source of values (for Objects.requireNonNull(T, Supplier) and friends). */
@FunctionalInterface
public interface Supplier<T> {
    T get();
}
