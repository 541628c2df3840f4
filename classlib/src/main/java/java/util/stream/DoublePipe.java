package java.util.stream;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;

/** DoubleStream over a Stream of Double boxes. */
final class DoublePipe implements DoubleStream {
    final Stream<Double> s;

    private static OptionalDouble opt(Optional<Double> r) {
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }

    DoublePipe(Stream<Double> s) {
        this.s = s;
    }

    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipe(s.filter(Fn.pred(Fn.DOUBLE_PRED, predicate)));
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return s.<U>map(Fn.fn(Fn.DOUBLE_FN, mapper));
    }

    public DoubleStream distinct() {
        return new DoublePipe(s.distinct());
    }

    public DoubleStream sorted() {
        return new DoublePipe(s.sorted());
    }

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipe(s.peek(Fn.cons(Fn.DOUBLE_CONS, action)));
    }

    public DoubleStream limit(long maxSize) {
        return new DoublePipe(s.limit(maxSize));
    }

    public DoubleStream skip(long n) {
        return new DoublePipe(s.skip(n));
    }

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        s.forEach(Fn.cons(Fn.DOUBLE_CONS, action));
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        Object[] all = s.toArray();
        double[] r = new double[all.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (Double) all[i];
        }
        return r;
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        return s.reduce(identity, Fn.Fn2.bin(Fn.Fn2.DOUBLE_BIN, op));
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        Optional<Double> r = s.reduce(Fn.Fn2.bin(Fn.Fn2.DOUBLE_BIN, op));
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }

    private DoubleSum summed() {
        return s.collect(Fn.sup(Fn.NEW_DSUM, null), Fn.Fn2.bicons(Fn.Fn2.DSUM, null), Fn.Fn2.bicons(Fn.Fn2.NOOP, null));
    }

    public double sum() {
        return summed().result();
    }

    public OptionalDouble min() {
        return opt(s.reduce(Fn.Fn2.<Double>bin(Fn.Fn2.MIN_D, null)));
    }

    public OptionalDouble max() {
        return opt(s.reduce(Fn.Fn2.<Double>bin(Fn.Fn2.MAX_D, null)));
    }

    public long count() {
        return s.count();
    }

    public OptionalDouble average() {
        DoubleSum d = summed();
        return d.count > 0 ? OptionalDouble.of(d.result() / d.count) : OptionalDouble.empty();
    }

    public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.anyMatch(Fn.pred(Fn.DOUBLE_PRED, predicate));
    }

    public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.allMatch(Fn.pred(Fn.DOUBLE_PRED, predicate));
    }

    public boolean noneMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return s.noneMatch(Fn.pred(Fn.DOUBLE_PRED, predicate));
    }

    public OptionalDouble findFirst() {
        Optional<Double> r = s.findFirst();
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    public Stream<Double> boxed() {
        return s.map(Fn.fn(Fn.IDENTITY, null));
    }

    public Iterator<Double> iterator() {
        return s.iterator();
    }

    public void close() {
        s.close();
    }
}
