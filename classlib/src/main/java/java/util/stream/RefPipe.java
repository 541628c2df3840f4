package java.util.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Kiln's sequential Stream: a chain of pull-based stages. advance() pulls one element from
 * upstream into cur, so each element travels the whole pipeline before the next one is read
 * (the JDK's order of side effects); short-circuiting operations simply stop pulling. Sources
 * and size-preserving stages report an exact size so count() need not traverse, as in the JDK.
 */
abstract class RefPipe<T> implements Stream<T> {
    /** The element produced by the last successful advance(). */
    T cur;
    private boolean linked;

    /** Pulls the next element into cur; false when exhausted. */
    abstract boolean advance();

    /** Exact element count if known without traversal, else -1. */
    long knownSize() {
        return -1;
    }

    final void link() {
        if (linked) {
            throw new IllegalStateException("stream has already been operated upon or closed");
        }
        linked = true;
    }

    // ---- intermediate operations ----

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            boolean advance() {
                while (up.advance()) {
                    T t = up.cur;
                    if (predicate.test(t)) {
                        cur = t;
                        return true;
                    }
                }
                return false;
            }
        };
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        link();
        RefPipe<T> up = this;
        return new RefPipe<R>() {
            boolean advance() {
                if (!up.advance()) {
                    return false;
                }
                cur = mapper.apply(up.cur);
                return true;
            }

            long knownSize() {
                return up.knownSize();
            }
        };
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this.<Integer>map(Fn.fn(Fn.TO_INT, mapper)));
    }

    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this.<Long>map(Fn.fn(Fn.TO_LONG, mapper)));
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this.<Double>map(Fn.fn(Fn.TO_DOUBLE, mapper)));
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        link();
        RefPipe<T> up = this;
        return new RefPipe<R>() {
            RefPipe<? extends R> inner;

            boolean advance() {
                while (true) {
                    if (inner != null) {
                        if (inner.advance()) {
                            cur = inner.cur;
                            return true;
                        }
                        inner = null;
                    }
                    if (!up.advance()) {
                        return false;
                    }
                    Stream<? extends R> s = mapper.apply(up.cur);
                    if (s != null) {
                        RefPipe<? extends R> p = (RefPipe<? extends R>) s;
                        p.link();
                        inner = p;
                    }
                }
            }
        };
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this.<Integer>flatMap(Fn.fn(Fn.FLAT_INT, mapper)));
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this.<Long>flatMap(Fn.fn(Fn.FLAT_LONG, mapper)));
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this.<Double>flatMap(Fn.fn(Fn.FLAT_DOUBLE, mapper)));
    }

    public Stream<T> distinct() {
        HashSet<T> seen = new HashSet<>();
        return filter(Fn.pred(Fn.SEEN, seen));
    }

    public Stream<T> sorted() {
        return sortedImpl(null);
    }

    public Stream<T> sorted(Comparator<? super T> comparator) {
        return sortedImpl(comparator);
    }

    @SuppressWarnings("unchecked")
    private Stream<T> sortedImpl(Comparator<? super T> comparator) {
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            Iterator<T> it;

            boolean advance() {
                if (it == null) {
                    ArrayList<T> all = new ArrayList<>();
                    while (up.advance()) {
                        all.add(up.cur);
                    }
                    if (comparator == null) {
                        Comparator<Object> natural = new Fn(Fn.NATURAL, null);
                        all.sort(natural);
                    } else {
                        all.sort(comparator);
                    }
                    it = all.iterator();
                }
                if (!it.hasNext()) {
                    return false;
                }
                cur = it.next();
                return true;
            }

            long knownSize() {
                return up.knownSize();
            }
        };
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            boolean advance() {
                if (!up.advance()) {
                    return false;
                }
                T t = up.cur;
                action.accept(t);
                cur = t;
                return true;
            }

            long knownSize() {
                return up.knownSize();
            }
        };
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            long taken;

            boolean advance() {
                if (taken >= maxSize || !up.advance()) {
                    return false;
                }
                taken++;
                cur = up.cur;
                return true;
            }

            long knownSize() {
                long n = up.knownSize();
                return n < 0 ? -1 : Math.min(n, maxSize);
            }
        };
    }

    public Stream<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            boolean skipped;

            boolean advance() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n; i++) {
                        if (!up.advance()) {
                            return false;
                        }
                    }
                }
                if (!up.advance()) {
                    return false;
                }
                cur = up.cur;
                return true;
            }

            long knownSize() {
                long s = up.knownSize();
                return s < 0 ? -1 : Math.max(0, s - n);
            }
        };
    }

    Stream<T> takeWhileImpl(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            boolean done;

            boolean advance() {
                if (done || !up.advance()) {
                    return false;
                }
                T t = up.cur;
                if (!predicate.test(t)) {
                    done = true;
                    return false;
                }
                cur = t;
                return true;
            }
        };
    }

    Stream<T> dropWhileImpl(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        link();
        RefPipe<T> up = this;
        return new RefPipe<T>() {
            boolean dropping = true;

            boolean advance() {
                while (up.advance()) {
                    T t = up.cur;
                    if (dropping && predicate.test(t)) {
                        continue;
                    }
                    dropping = false;
                    cur = t;
                    return true;
                }
                return false;
            }
        };
    }

    // ---- terminal operations ----

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        link();
        while (advance()) {
            action.accept(cur);
        }
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    final ArrayList<T> drain() {
        link();
        ArrayList<T> all = new ArrayList<>();
        while (advance()) {
            all.add(cur);
        }
        return all;
    }

    public Object[] toArray() {
        return drain().toArray();
    }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        long sized = knownSize();
        ArrayList<T> all = drain();
        A[] a = generator.apply(all.size());
        if (sized >= 0 && a.length != all.size()) {
            throw new IllegalStateException("Begin size " + all.size() + " is not equal to fixed size " + a.length);
        }
        Object[] store = a;
        for (int i = 0; i < all.size(); i++) {
            store[i] = all.get(i);
        }
        return a;
    }

    List<T> toListImpl() {
        return Collections.unmodifiableList(drain());
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        link();
        T acc = identity;
        while (advance()) {
            acc = accumulator.apply(acc, cur);
        }
        return acc;
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        link();
        boolean any = false;
        T acc = null;
        while (advance()) {
            if (any) {
                acc = accumulator.apply(acc, cur);
            } else {
                any = true;
                acc = cur;
            }
        }
        return any ? Optional.of(acc) : Optional.empty();
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        link();
        U acc = identity;
        while (advance()) {
            acc = accumulator.apply(acc, cur);
        }
        return acc;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        link();
        R r = supplier.get();
        while (advance()) {
            accumulator.accept(r, cur);
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        link();
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        while (advance()) {
            acc.accept(container, cur);
        }
        if (Coll.isIdentity(collector)) {
            return (R) container;
        }
        return collector.finisher().apply(container);
    }

    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    public long count() {
        link();
        long n = knownSize();
        if (n >= 0) {
            return n;
        }
        n = 0;
        while (advance()) {
            n++;
        }
        return n;
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        link();
        while (advance()) {
            if (predicate.test(cur)) {
                return true;
            }
        }
        return false;
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        link();
        while (advance()) {
            if (!predicate.test(cur)) {
                return false;
            }
        }
        return true;
    }

    public boolean noneMatch(Predicate<? super T> predicate) {
        return !anyMatch(predicate);
    }

    public Optional<T> findFirst() {
        link();
        return advance() ? Optional.of(cur) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    public Iterator<T> iterator() {
        link();
        return new Iterator<T>() {
            boolean ready;
            boolean done;

            public boolean hasNext() {
                if (!ready && !done) {
                    if (advance()) {
                        ready = true;
                    } else {
                        done = true;
                    }
                }
                return ready;
            }

            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return cur;
            }
        };
    }

    public void close() {
        linked = true;
    }

    // ---- sources ----

    /** Stream.of and Arrays.stream: the elements a[from..to). */
    static final class ArraySource<T> extends RefPipe<T> {
        private final Object[] a;
        private int i;
        private final int end;

        ArraySource(Object[] a) {
            this(a, 0, a.length);
        }

        ArraySource(Object[] a, int from, int to) {
            this.a = a;
            this.i = from;
            this.end = to;
        }

        @SuppressWarnings("unchecked")
        boolean advance() {
            if (i >= end) {
                return false;
            }
            cur = (T) a[i++];
            return true;
        }

        long knownSize() {
            return end - i;
        }
    }

    /**
     * Stream.empty(). It doubles as the bridge from java.util (which cannot see this package's
     * private classes): Collection.stream() applies it to the collection to get a CollectionSource.
     */
    static final class Empty<T> extends RefPipe<T> implements Function<Object, Object> {
        boolean advance() {
            return false;
        }

        long knownSize() {
            return 0;
        }

        @SuppressWarnings("unchecked")
        public Object apply(Object collection) {
            return new CollectionSource<Object>((Collection<Object>) collection);
        }
    }

    /** Elements get(0..n-1), read lazily (primitive arrays, String.chars). */
    static final class Indexed<T> extends RefPipe<T> {
        private final Function<Integer, T> get;
        private final int n;
        private int i;

        Indexed(int n, Function<Integer, T> get) {
            this.n = n;
            this.get = get;
        }

        boolean advance() {
            if (i >= n) {
                return false;
            }
            cur = get.apply(i++);
            return true;
        }

        long knownSize() {
            return n - i;
        }
    }

    /** Collection.stream: binds to the collection's iterator at the first pull. */
    static final class CollectionSource<T> extends RefPipe<T> {
        private final Collection<T> c;
        private Iterator<T> it;

        CollectionSource(Collection<T> c) {
            this.c = c;
        }

        boolean advance() {
            if (it == null) {
                it = c.iterator();
            }
            if (!it.hasNext()) {
                return false;
            }
            cur = it.next();
            return true;
        }

        long knownSize() {
            return it == null ? c.size() : -1;
        }
    }

    /** Stream.iterate (both forms). */
    static final class Iterate<T> extends RefPipe<T> {
        private final T seed;
        private final Predicate<? super T> hasNext;
        private final UnaryOperator<T> next;
        private boolean started;
        private boolean finished;
        private T prev;

        Iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        boolean advance() {
            if (finished) {
                return false;
            }
            T t = started ? next.apply(prev) : seed;
            started = true;
            if (!hasNext.test(t)) {
                finished = true;
                prev = null;
                return false;
            }
            prev = t;
            cur = t;
            return true;
        }
    }

    /** Stream.generate. */
    static final class Generate<T> extends RefPipe<T> {
        private final Supplier<? extends T> s;

        Generate(Supplier<? extends T> s) {
            this.s = s;
        }

        boolean advance() {
            cur = s.get();
            return true;
        }
    }

    /** Stream.concat. */
    static final class Concat<T> extends RefPipe<T> {
        private final RefPipe<? extends T> a;
        private final RefPipe<? extends T> b;
        private boolean second;

        Concat(RefPipe<? extends T> a, RefPipe<? extends T> b) {
            a.link();
            b.link();
            this.a = a;
            this.b = b;
        }

        boolean advance() {
            if (!second) {
                if (a.advance()) {
                    cur = a.cur;
                    return true;
                }
                second = true;
            }
            if (b.advance()) {
                cur = b.cur;
                return true;
            }
            return false;
        }

        long knownSize() {
            long x = a.knownSize();
            long y = b.knownSize();
            return x < 0 || y < 0 ? -1 : x + y;
        }
    }
}
