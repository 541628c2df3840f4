package java.util.stream;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/** LongStream over a Stream of Long boxes. */
final class LongPipe implements LongStream {
    final Stream<Long> s;

    private static OptionalLong opt(Optional<Long> r) {
        return r.isPresent() ? OptionalLong.of(r.get()) : OptionalLong.empty();
    }

    LongPipe(Stream<Long> s) {
        this.s = s;
    }

    /** The longs from..last inclusive (from <= last). */
    static final class Range extends RefPipe<Long> {
        private long next;
        private final long last;
        private boolean done;

        Range(long from, long last) {
            this.next = from;
            this.last = last;
        }

        boolean advance() {
            if (done) {
                return false;
            }
            cur = next;
            if (next == last) {
                done = true;
            } else {
                next++;
            }
            return true;
        }

        long knownSize() {
            long n = last - next + 1;
            return done ? 0 : n > 0 ? n : -1;
        }
    }

    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipe(s.filter(Fn.pred(Fn.LONG_PRED, predicate)));
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return s.<U>map(Fn.fn(Fn.LONG_FN, mapper));
    }

    public LongStream distinct() {
        return new LongPipe(s.distinct());
    }

    public LongStream sorted() {
        return new LongPipe(s.sorted());
    }

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipe(s.peek(Fn.cons(Fn.LONG_CONS, action)));
    }

    public LongStream limit(long maxSize) {
        return new LongPipe(s.limit(maxSize));
    }

    public LongStream skip(long n) {
        return new LongPipe(s.skip(n));
    }

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        s.forEach(Fn.cons(Fn.LONG_CONS, action));
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        Object[] all = s.toArray();
        long[] r = new long[all.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (Long) all[i];
        }
        return r;
    }

    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        return s.reduce(identity, Fn.Fn2.bin(Fn.Fn2.LONG_BIN, op));
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        Optional<Long> r = s.reduce(Fn.Fn2.bin(Fn.Fn2.LONG_BIN, op));
        return r.isPresent() ? OptionalLong.of(r.get()) : OptionalLong.empty();
    }

    public long sum() {
        return s.reduce(0L, Fn.Fn2.<Long>bin(Fn.Fn2.SUM_L, null));
    }

    public OptionalLong min() {
        return opt(s.reduce(Fn.Fn2.<Long>bin(Fn.Fn2.MIN_L, null)));
    }

    public OptionalLong max() {
        return opt(s.reduce(Fn.Fn2.<Long>bin(Fn.Fn2.MAX_L, null)));
    }

    public long count() {
        return s.count();
    }

    public OptionalDouble average() {
        long[] a = s.collect(Fn.sup(Fn.NEW_LONGS, null), Fn.Fn2.bicons(Fn.Fn2.AVG, null), Fn.Fn2.bicons(Fn.Fn2.NOOP, null));
        return a[0] > 0 ? OptionalDouble.of((double) a[1] / a[0]) : OptionalDouble.empty();
    }

    public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.anyMatch(Fn.pred(Fn.LONG_PRED, predicate));
    }

    public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.allMatch(Fn.pred(Fn.LONG_PRED, predicate));
    }

    public boolean noneMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.noneMatch(Fn.pred(Fn.LONG_PRED, predicate));
    }

    public OptionalLong findFirst() {
        Optional<Long> r = s.findFirst();
        return r.isPresent() ? OptionalLong.of(r.get()) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipe(s.<Double>map(Fn.fn(Fn.L2D, null)));
    }

    public Stream<Long> boxed() {
        return s.map(Fn.fn(Fn.IDENTITY, null));
    }

    public Iterator<Long> iterator() {
        return s.iterator();
    }

    public void close() {
        s.close();
    }
}
