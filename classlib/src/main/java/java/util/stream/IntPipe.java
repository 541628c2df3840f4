package java.util.stream;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** IntStream over a Stream of Integer boxes (the boxing is not observable). */
final class IntPipe implements IntStream {
    final Stream<Integer> s;

    private static OptionalInt opt(Optional<Integer> r) {
        return r.isPresent() ? OptionalInt.of(r.get()) : OptionalInt.empty();
    }

    IntPipe(Stream<Integer> s) {
        this.s = s;
    }

    /** The ints from..to (inclusive; to is a long so an empty range is from > to). */
    static final class Range extends RefPipe<Integer> {
        private long next;
        private final long last;

        Range(long from, long last) {
            this.next = from;
            this.last = last;
        }

        boolean advance() {
            if (next > last) {
                return false;
            }
            cur = (int) next++;
            return true;
        }

        long knownSize() {
            return next > last ? 0 : last - next + 1;
        }
    }

    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipe(s.filter(Fn.pred(Fn.INT_PRED, predicate)));
    }

    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(s.<Integer>map(Fn.fn(Fn.INT_UNARY, mapper)));
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return s.<U>map(Fn.fn(Fn.INT_FN, mapper));
    }

    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(s.<Integer>flatMap(Fn.fn(Fn.INT_FLAT, mapper)));
    }

    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(s.<Long>map(Fn.fn(Fn.INT_TO_LONG, mapper)));
    }

    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(s.<Double>map(Fn.fn(Fn.INT_TO_DOUBLE, mapper)));
    }

    public IntStream distinct() {
        return new IntPipe(s.distinct());
    }

    public IntStream sorted() {
        return new IntPipe(s.sorted());
    }

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipe(s.peek(Fn.cons(Fn.INT_CONS, action)));
    }

    public IntStream limit(long maxSize) {
        return new IntPipe(s.limit(maxSize));
    }

    public IntStream skip(long n) {
        return new IntPipe(s.skip(n));
    }

    IntStream takeWhileImpl(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipe(s.takeWhile(Fn.pred(Fn.INT_PRED, predicate)));
    }

    IntStream dropWhileImpl(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipe(s.dropWhile(Fn.pred(Fn.INT_PRED, predicate)));
    }

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        s.forEach(Fn.cons(Fn.INT_CONS, action));
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        Object[] all = s.toArray();
        int[] r = new int[all.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (Integer) all[i];
        }
        return r;
    }

    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        return s.reduce(identity, Fn.Fn2.bin(Fn.Fn2.INT_BIN, op));
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        Optional<Integer> r = s.reduce(Fn.Fn2.bin(Fn.Fn2.INT_BIN, op));
        return r.isPresent() ? OptionalInt.of(r.get()) : OptionalInt.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(accumulator);
        return s.collect(supplier, Fn.Fn2.bicons(Fn.Fn2.OBJ_INT, accumulator), combiner);
    }

    public int sum() {
        return s.reduce(0, Fn.Fn2.<Integer>bin(Fn.Fn2.SUM_I, null));
    }

    public OptionalInt min() {
        return opt(s.reduce(Fn.Fn2.<Integer>bin(Fn.Fn2.MIN_I, null)));
    }

    public OptionalInt max() {
        return opt(s.reduce(Fn.Fn2.<Integer>bin(Fn.Fn2.MAX_I, null)));
    }

    public long count() {
        return s.count();
    }

    public OptionalDouble average() {
        long[] a = s.collect(Fn.sup(Fn.NEW_LONGS, null), Fn.Fn2.bicons(Fn.Fn2.AVG, null), Fn.Fn2.bicons(Fn.Fn2.NOOP, null));
        return a[0] > 0 ? OptionalDouble.of((double) a[1] / a[0]) : OptionalDouble.empty();
    }

    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.anyMatch(Fn.pred(Fn.INT_PRED, predicate));
    }

    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.allMatch(Fn.pred(Fn.INT_PRED, predicate));
    }

    public boolean noneMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.noneMatch(Fn.pred(Fn.INT_PRED, predicate));
    }

    public OptionalInt findFirst() {
        Optional<Integer> r = s.findFirst();
        return r.isPresent() ? OptionalInt.of(r.get()) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    public LongStream asLongStream() {
        return new LongPipe(s.<Long>map(Fn.fn(Fn.I2L, null)));
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipe(s.<Double>map(Fn.fn(Fn.I2D, null)));
    }

    public Stream<Integer> boxed() {
        return s.map(Fn.fn(Fn.IDENTITY, null));
    }

    public Iterator<Integer> iterator() {
        return s.iterator();
    }

    public void close() {
        s.close();
    }
}
