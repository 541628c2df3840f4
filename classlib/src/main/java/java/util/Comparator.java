package java.util;

/**
 * A total order. Provided: compare, reversed, thenComparing(Comparator), naturalOrder,
 * reverseOrder, nullsFirst, nullsLast (as named classes: the class library has no lambdas).
 * Not provided yet: the key-extractor forms (comparing, comparingInt, thenComparing(Function) ...).
 */
@FunctionalInterface
public interface Comparator<T> {
    int compare(T o1, T o2);

    boolean equals(Object obj);

    default Comparator<T> reversed() {
        return new Comparators.Reversed<T>(this);
    }

    default Comparator<T> thenComparing(Comparator<? super T> other) {
        Objects.requireNonNull(other);
        return new Comparators.Then<T>(this, other);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (Comparator<T>) Comparators.REVERSE_ORDER;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (Comparator<T>) Comparators.NATURAL_ORDER;
    }

    public static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) {
        return new Comparators.Nulls<T>(true, comparator);
    }

    public static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) {
        return new Comparators.Nulls<T>(false, comparator);
    }
}
