package java.util.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The JDK's standard collectors: toList/toSet/toUnmodifiableList, toCollection, toMap (2/3/4 args),
 * joining, counting, summing*, averaging*, minBy/maxBy, reducing, mapping, filtering,
 * collectingAndThen, flatMapping, teeing, groupingBy (1/2/3 args), partitioningBy (1/2 args). Each is a small Coll
 * subclass. Not provided: Collector.Characteristics, concurrent collectors,
 * summarizing*, toUnmodifiableSet/Map.
 */
@SuppressWarnings("unchecked")
public final class Collectors {
    private Collectors() {
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        Objects.requireNonNull(collectionFactory);
        return new Coll<T, C, C>(true) {
            public C get() {
                return collectionFactory.get();
            }

            public void accept(C c, T t) {
                c.add(t);
            }

            C combine(C a, C b) {
                a.addAll(b);
                return a;
            }
        };
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return toCollection(Fn.<List<T>>sup(Fn.NEW_LIST, null));
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return toCollection(Fn.<Set<T>>sup(Fn.NEW_SET, null));
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new Coll<T, List<T>, List<T>>(false) {
            public List<T> get() {
                return new ArrayList<T>();
            }

            public void accept(List<T> c, T t) {
                c.add(t);
            }

            public List<T> apply(List<T> c) {
                return List.copyOf(c);
            }
        };
    }

    public static Collector<CharSequence, ?, String> joining() {
        return new Coll<CharSequence, StringBuilder, String>(false) {
            public StringBuilder get() {
                return new StringBuilder();
            }

            public void accept(StringBuilder sb, CharSequence s) {
                sb.append(s);
            }

            public String apply(StringBuilder sb) {
                return sb.toString();
            }
        };
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
            CharSequence suffix) {
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        return new Coll<CharSequence, StringJoiner, String>(false) {
            public StringJoiner get() {
                return new StringJoiner(delimiter, prefix, suffix);
            }

            public void accept(StringJoiner j, CharSequence s) {
                j.add(s);
            }

            public String apply(StringJoiner j) {
                return j.toString();
            }
        };
    }

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        Supplier<A> s = downstream.supplier();
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        Function<A, R> f = downstream.finisher();
        return new Coll<T, A, R>(Coll.isIdentity(downstream)) {
            public A get() {
                return s.get();
            }

            public void accept(A a, T t) {
                acc.accept(a, mapper.apply(t));
            }

            public R apply(A a) {
                return f.apply(a);
            }
        };
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<A> s = downstream.supplier();
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        Function<A, R> f = downstream.finisher();
        return new Coll<T, A, R>(Coll.isIdentity(downstream)) {
            public A get() {
                return s.get();
            }

            public void accept(A a, T t) {
                if (predicate.test(t)) {
                    acc.accept(a, t);
                }
            }

            public R apply(A a) {
                return f.apply(a);
            }
        };
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            Function<? super T, ? extends Stream<? extends U>> mapper, Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        Supplier<A> s = downstream.supplier();
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        Function<A, R> f = downstream.finisher();
        return new Coll<T, A, R>(Coll.isIdentity(downstream)) {
            public A get() {
                return s.get();
            }

            public void accept(A a, T t) {
                Stream<? extends U> st = mapper.apply(t);
                if (st != null) {
                    st.forEach(new Consumer<U>() {
                        public void accept(U u) {
                            acc.accept(a, u);
                        }
                    });
                }
            }

            public R apply(A a) {
                return f.apply(a);
            }
        };
    }

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(merger);
        Collector<T, Object, R1> c1 = (Collector<T, Object, R1>) Objects.requireNonNull(downstream1);
        Collector<T, Object, R2> c2 = (Collector<T, Object, R2>) Objects.requireNonNull(downstream2);
        Supplier<Object> s1 = c1.supplier();
        Supplier<Object> s2 = c2.supplier();
        BiConsumer<Object, T> a1 = c1.accumulator();
        BiConsumer<Object, T> a2 = c2.accumulator();
        Function<Object, R1> f1 = c1.finisher();
        Function<Object, R2> f2 = c2.finisher();
        return new Box<T, R>() {
            public Object[] get() {
                return new Object[] {s1.get(), s2.get()};
            }

            public void accept(Object[] a, T t) {
                a1.accept(a[0], t);
                a2.accept(a[1], t);
            }

            public R apply(Object[] a) {
                return merger.apply(f1.apply(a[0]), f2.apply(a[1]));
            }
        };
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Objects.requireNonNull(finisher);
        Supplier<A> s = downstream.supplier();
        BiConsumer<A, T> acc = downstream.accumulator();
        Function<A, R> f = downstream.finisher();
        boolean id = Coll.isIdentity(downstream);
        return new Coll<T, A, RR>(false) {
            public A get() {
                return s.get();
            }

            public void accept(A a, T t) {
                acc.accept(a, t);
            }

            public RR apply(A a) {
                return finisher.apply(id ? (R) a : f.apply(a));
            }
        };
    }

    /** A single-slot accumulation: reducing, summing, counting. */
    private abstract static class Box<T, R> extends Coll<T, Object[], R> {
        Box() {
            super(false);
        }
    }

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(new ToLongFunction<T>() {
            public long applyAsLong(T t) {
                return 1L;
            }
        });
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Coll<T, int[], Integer>(false) {
            public int[] get() {
                return new int[1];
            }

            public void accept(int[] a, T t) {
                a[0] += mapper.applyAsInt(t);
            }

            public Integer apply(int[] a) {
                return a[0];
            }
        };
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Coll<T, long[], Long>(false) {
            public long[] get() {
                return new long[1];
            }

            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
            }

            public Long apply(long[] a) {
                return a[0];
            }
        };
    }

    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Coll<T, DoubleSum, Double>(false) {
            public DoubleSum get() {
                return new DoubleSum();
            }

            public void accept(DoubleSum a, T t) {
                a.add(mapper.applyAsDouble(t));
            }

            public Double apply(DoubleSum a) {
                return a.result();
            }
        };
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Coll<T, long[], Double>(false) {
            public long[] get() {
                return new long[2];
            }

            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsInt(t);
                a[1]++;
            }

            public Double apply(long[] a) {
                return a[1] == 0 ? 0.0d : (double) a[0] / a[1];
            }
        };
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Coll<T, long[], Double>(false) {
            public long[] get() {
                return new long[2];
            }

            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
                a[1]++;
            }

            public Double apply(long[] a) {
                return a[1] == 0 ? 0.0d : (double) a[0] / a[1];
            }
        };
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Coll<T, DoubleSum, Double>(false) {
            public DoubleSum get() {
                return new DoubleSum();
            }

            public void accept(DoubleSum a, T t) {
                a.add(mapper.applyAsDouble(t));
            }

            public Double apply(DoubleSum a) {
                return a.count == 0 ? 0.0d : a.result() / a.count;
            }
        };
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return new Box<T, T>() {
            public Object[] get() {
                return new Object[] {identity};
            }

            public void accept(Object[] a, T t) {
                a[0] = op.apply((T) a[0], t);
            }

            public T apply(Object[] a) {
                return (T) a[0];
            }
        };
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return new Box<T, Optional<T>>() {
            public Object[] get() {
                return new Object[2];
            }

            public void accept(Object[] a, T t) {
                if (a[1] == null) {
                    a[0] = t;
                    a[1] = Boolean.TRUE;
                } else {
                    a[0] = op.apply((T) a[0], t);
                }
            }

            public Optional<T> apply(Object[] a) {
                return Optional.ofNullable((T) a[0]);
            }
        };
    }

    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
            BinaryOperator<U> op) {
        Objects.requireNonNull(mapper);
        Objects.requireNonNull(op);
        return new Box<T, U>() {
            public Object[] get() {
                return new Object[] {identity};
            }

            public void accept(Object[] a, T t) {
                a[0] = op.apply((U) a[0], mapper.apply(t));
            }

            public U apply(Object[] a) {
                return (U) a[0];
            }
        };
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, Fn.<Map<K, D>>sup(Fn.NEW_MAP, null), downstream);
    }

    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Supplier<A> s = downstream.supplier();
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        Function<A, D> f = downstream.finisher();
        boolean id = Coll.isIdentity(downstream);
        return new Coll<T, Map<K, A>, M>(id) {
            public Map<K, A> get() {
                return (Map<K, A>) mapFactory.get();
            }

            public void accept(Map<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                A container = m.computeIfAbsent(key, new Function<K, A>() {
                    public A apply(K k) {
                        return s.get();
                    }
                });
                acc.accept(container, t);
            }

            public M apply(Map<K, A> m) {
                if (!id) {
                    m.replaceAll(new BiFunction<K, A, A>() {
                        public A apply(K k, A v) {
                            return (A) f.apply(v);
                        }
                    });
                }
                return (M) m;
            }
        };
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, Collectors.<T>toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<A> s = downstream.supplier();
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        Function<A, D> f = downstream.finisher();
        boolean id = Coll.isIdentity(downstream);
        return new Box<T, Map<Boolean, D>>() {
            public Object[] get() {
                return new Object[] {s.get(), s.get()};
            }

            public void accept(Object[] a, T t) {
                acc.accept((A) a[predicate.test(t) ? 1 : 0], t);
            }

            public Map<Boolean, D> apply(Object[] a) {
                D no = id ? (D) a[0] : f.apply((A) a[0]);
                D yes = id ? (D) a[1] : f.apply((A) a[1]);
                return new Partition<D>(no, yes);
            }
        };
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return new Coll<T, Map<K, U>, Map<K, U>>(true) {
            public Map<K, U> get() {
                return new HashMap<K, U>();
            }

            public void accept(Map<K, U> m, T t) {
                K k = keyMapper.apply(t);
                U v = Objects.requireNonNull(valueMapper.apply(t));
                U old = m.putIfAbsent(k, v);
                if (old != null) {
                    throw new IllegalStateException("Duplicate key " + k + " (attempted merging values " + old
                            + " and " + v + ")");
                }
            }
        };
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, Fn.<Map<K, U>>sup(Fn.NEW_MAP, null));
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return new Coll<T, M, M>(true) {
            public M get() {
                return mapFactory.get();
            }

            public void accept(M m, T t) {
                m.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction);
            }
        };
    }
}
