package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections behind List.of/copyOf, Set.of/copyOf, Map.of/ofEntries/copyOf
 * and Map.entry: nulls rejected (also as query arguments), every mutator throws
 * UnsupportedOperationException. Set.of/Map.of iterate in insertion order (HotSpot's order is
 * unspecified and randomized per run, so programs cannot depend on it).
 */
final class ImmutableCollections {
    private ImmutableCollections() {}

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- lists ----

    static <E> List<E> listOf(Object... es) {
        Object[] a = new Object[es.length];
        for (int i = 0; i < es.length; i++) {
            a[i] = Objects.requireNonNull(es[i]);
        }
        return new ListN<E>(a);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof ListN) {
            return (List<E>) coll;
        }
        return listOf(coll.toArray());
    }

    abstract static class ImmCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    /** An immutable list; positional errors as HotSpot's List12 (sizes 1, 2) or ListN. */
    static class ListN<E> extends ImmCollection<E> implements List<E>, RandomAccess {
        final Object[] elements;

        ListN(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            int n = elements.length;
            if ((n == 1 || n == 2) && (index < 0 || index >= n)) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + n);
            }
            return (E) elements[index];
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = elements.length;
            T[] r = a.length >= size ? a : (T[]) kiln.rt.Heap.newArray(a.getClass(), size);
            System.arraycopy(elements, 0, r, 0, size);
            if (r.length > size) {
                r[size] = null;
            }
            return r;
        }

        public Iterator<E> iterator() {
            return new ListItr<E>(this, 0);
        }

        public ListIterator<E> listIterator() {
            return new ListItr<E>(this, 0);
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size()) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
            }
            return new ListItr<E>(this, index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size());
            return new SubList<E>(this, fromIndex, toIndex);
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + get(i).hashCode();
            }
            return hash;
        }
    }

    static final class SubList<E> extends ListN<E> {
        SubList(ListN<E> root, int from, int to) {
            super(Arrays.copyOfRange(root.elements, from, to));
        }

        public E get(int index) {
            Objects.checkIndex(index, elements.length);
            return super.get(index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size());
            return new SubList<E>(this, fromIndex, toIndex);
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private int cursor;

        ListItr(List<E> list, int cursor) {
            this.list = list;
            this.cursor = cursor;
        }

        public boolean hasNext() {
            return cursor != list.size();
        }

        public E next() {
            int i = cursor;
            if (i >= list.size()) {
                throw new NoSuchElementException();
            }
            E e = list.get(i);
            cursor = i + 1;
            return e;
        }

        public void remove() {
            throw uoe();
        }

        public boolean hasPrevious() {
            return cursor != 0;
        }

        public E previous() {
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            E e = list.get(i);
            cursor = i;
            return e;
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    // ---- sets ----

    static <E> Set<E> setOf(Object... es) {
        return new SetN<E>(es);
    }

    static final class SetN<E> extends ImmCollection<E> implements Set<E> {
        private final Object[] elements;
        private final HashMap<Object, Boolean> index = new HashMap<Object, Boolean>();

        SetN(Object[] es) {
            elements = new Object[es.length];
            for (int i = 0; i < es.length; i++) {
                Object e = Objects.requireNonNull(es[i]);
                if (index.put(e, Boolean.TRUE) != null) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                elements[i] = e;
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return index.containsKey(o);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public int hashCode() {
            int h = 0;
            for (Object e : elements) {
                h += e.hashCode();
            }
            return h;
        }
    }

    // ---- maps ----

    static <K, V> Map<K, V> mapOf(Object[] kv) {
        return new MapN<K, V>(kv);
    }

    static final class MapN<K, V> extends AbstractMap<K, V> {
        private final HashMap<K, V> map = new HashMap<K, V>();
        private final Object[] keys;

        @SuppressWarnings("unchecked")
        MapN(Object[] kv) {
            keys = new Object[kv.length / 2];
            for (int i = 0; i < keys.length; i++) {
                K k = (K) Objects.requireNonNull(kv[2 * i]);
                V v = (V) Objects.requireNonNull(kv[2 * i + 1]);
                if (map.put(k, v) != null) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
                keys[i] = k;
            }
        }

        public int size() {
            return keys.length;
        }

        public boolean isEmpty() {
            return keys.length == 0;
        }

        public V get(Object o) {
            Objects.requireNonNull(o);
            return map.get(o);
        }

        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return map.containsKey(o);
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            return map.containsValue(o);
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i;

                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            K k = (K) keys[i++];
                            return new KeyValueHolder<K, V>(k, map.get(k));
                        }
                    };
                }

                public boolean add(Map.Entry<K, V> e) {
                    throw uoe();
                }

                public boolean remove(Object o) {
                    throw uoe();
                }

                public void clear() {
                    throw uoe();
                }

                public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
                    throw uoe();
                }

                public boolean removeAll(Collection<?> c) {
                    throw uoe();
                }

                public boolean retainAll(Collection<?> c) {
                    throw uoe();
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }

    /** The immutable entry of Map.entry and Map.of's entrySet. */
    static final class KeyValueHolder<K, V> implements Map.Entry<K, V> {
        final K key;
        final V value;

        KeyValueHolder(K k, V v) {
            this.key = Objects.requireNonNull(k);
            this.value = Objects.requireNonNull(v);
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException("not supported");
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && value.equals(e.getValue());
        }

        public int hashCode() {
            return key.hashCode() ^ value.hashCode();
        }

        public String toString() {
            return key + "=" + value;
        }
    }
}
