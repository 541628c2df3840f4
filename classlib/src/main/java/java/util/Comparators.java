package java.util;

/** The comparators behind Comparator's default and static methods (package-private). */
final class Comparators {
    private Comparators() {}

    static final Comparator<Comparable<Object>> NATURAL_ORDER = new Natural();
    static final Comparator<Comparable<Object>> REVERSE_ORDER = new Reversed<Comparable<Object>>(NATURAL_ORDER);

    static final class Natural implements Comparator<Comparable<Object>> {
        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        public Comparator<Comparable<Object>> reversed() {
            return REVERSE_ORDER;
        }
    }

    static final class Reversed<T> implements Comparator<T> {
        private final Comparator<T> cmp;

        Reversed(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        public int compare(T t1, T t2) {
            return cmp.compare(t2, t1);
        }

        public Comparator<T> reversed() {
            return cmp;
        }

        public boolean equals(Object o) {
            return o == this || (o instanceof Reversed && cmp.equals(((Reversed<?>) o).cmp));
        }

        public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }
    }

    static final class Then<T> implements Comparator<T> {
        private final Comparator<T> first;
        private final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        public int compare(T c1, T c2) {
            int res = first.compare(c1, c2);
            return (res != 0) ? res : second.compare(c1, c2);
        }
    }

    static final class Nulls<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        Nulls(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return (real == null) ? 0 : real.compare(a, b);
            }
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new Nulls<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new Nulls<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }
}
