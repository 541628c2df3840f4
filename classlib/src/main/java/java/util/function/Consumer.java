package java.util.function;

/** An operation on one value (for Iterable.forEach). andThen is not provided yet. */
@FunctionalInterface
public interface Consumer<T> {
    void accept(T t);
}
